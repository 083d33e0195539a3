package org.rbm.core.evaluation;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a lesson learned, such as {@code L-2007-03}. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class LessonId extends Identifier {
  private LessonId(String code) {
    super("lesson id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code L-2007-03}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static LessonId of(String code) {
    return new LessonId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static LessonId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("lesson id", text, e);
    }
  }
}
