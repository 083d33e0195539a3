package org.rbm.core.evaluation;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies an evaluation, such as {@code IEE-2007-01}. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class EvaluationId extends Identifier {
  private EvaluationId(String code) {
    super("evaluation id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code IEE-2007-01}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static EvaluationId of(String code) {
    return new EvaluationId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static EvaluationId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("evaluation id", text, e);
    }
  }
}
