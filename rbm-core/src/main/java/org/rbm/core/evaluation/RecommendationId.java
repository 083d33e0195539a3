package org.rbm.core.evaluation;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a recommendation within its evaluation, such as {@code R1}. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class RecommendationId extends Identifier {
  private RecommendationId(String code) {
    super("recommendation id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code R1}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static RecommendationId of(String code) {
    return new RecommendationId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static RecommendationId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("recommendation id", text, e);
    }
  }
}
