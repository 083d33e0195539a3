package org.rbm.core.results;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a result within a results framework, such as {@code OC2.1}. Immutable
 * and thread-safe; see {@link Identifier} for the form.
 */
public final class ResultId extends Identifier {
  private ResultId(String code) {
    super("result id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code OC2.1}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static ResultId of(String code) {
    return new ResultId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static ResultId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("result id", text, e);
    }
  }
}
