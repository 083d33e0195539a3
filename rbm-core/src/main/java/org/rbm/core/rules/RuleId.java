package org.rbm.core.rules;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * The stable identifier of a rule, such as {@code RBM-IND-003}. The standard rules' ids never
 * change meaning; a user's own rules take ids with their own prefix, such as {@code ACME-001}.
 * Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class RuleId extends Identifier {
  private RuleId(String code) {
    super("rule id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code RBM-IND-003}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static RuleId of(String code) {
    return new RuleId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static RuleId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("rule id", text, e);
    }
  }
}
