package org.rbm.core.results;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a framework among the frameworks an application knows, such as {@code PB-2008-09}. Immutable
 * and thread-safe; see {@link Identifier} for the form.
 */
public final class FrameworkId extends Identifier {
  private FrameworkId(String code) {
    super("framework id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code PB-2008-09}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static FrameworkId of(String code) {
    return new FrameworkId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static FrameworkId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("framework id", text, e);
    }
  }
}
