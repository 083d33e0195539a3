package org.rbm.core.indicators;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies an indicator within a results framework, such as {@code IND-7} or {@code 1.2.3}.
 * Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class IndicatorId extends Identifier {
  private IndicatorId(String code) {
    super("indicator id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code IND-7}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static IndicatorId of(String code) {
    return new IndicatorId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static IndicatorId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("indicator id", text, e);
    }
  }
}
