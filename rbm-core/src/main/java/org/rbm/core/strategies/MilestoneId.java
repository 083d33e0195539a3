package org.rbm.core.strategies;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a milestone that a linkage statement refers to, such as {@code IMS-4} for the ILO
 * roadmap's milestone "all strategies revised to the common approach and terminology". Immutable
 * and thread-safe; see {@link Identifier} for the form.
 */
public final class MilestoneId extends Identifier {
  private MilestoneId(String code) {
    super("milestone id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code IMS-4}
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
