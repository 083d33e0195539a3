package org.rbm.core.milestones;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a milestone within a roadmap, such as {@code 6} (the number in the ILO's roadmap
 * tables) or {@code M-HR-1}. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class MilestoneId extends Identifier {
  private MilestoneId(String code) {
    super("milestone id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code 6}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static MilestoneId of(String code) {
    return new MilestoneId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static MilestoneId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("milestone id", text, e);
    }
  }
}
