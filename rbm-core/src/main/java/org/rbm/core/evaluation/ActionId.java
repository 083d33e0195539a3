package org.rbm.core.evaluation;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a follow-up action within its evaluation, such as {@code R1.1}. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class ActionId extends Identifier {
  private ActionId(String code) {
    super("action id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code R1.1}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static ActionId of(String code) {
    return new ActionId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static ActionId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("action id", text, e);
    }
  }
}
