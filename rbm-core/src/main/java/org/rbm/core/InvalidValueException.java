package org.rbm.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value would break an invariant of the model, such as a period whose end is before
 * its start, an identifier used twice in one framework, or a result whose parent sits on the wrong
 * level. No partially built object is ever returned: the value is rejected whole.
 *
 * <p>The message has the form {@code <field>: got <value>, expected <what was expected>}, for
 * example {@code end: got 2007-12-31, expected a date on or after the start 2008-01-01}.
 */
public class InvalidValueException extends RbmException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String field;

  /**
   * Creates an exception for one field.
   *
   * @param field the field, as a path from the value being built, such as {@code
   *     results[2].parent}
   * @param value the rejected value; {@code null} when the field was missing
   * @param expected what was expected, in plain English
   */
  public InvalidValueException(String field, @Nullable Object value, String expected) {
    super(field + ": got " + describe(value) + ", expected " + expected);
    this.field = field;
  }

  /**
   * Creates an exception with a message already formed. Used by the generated builders when
   * required attributes are missing; the message names them.
   *
   * @param message the message, naming the fields
   */
  public InvalidValueException(String message) {
    super(message);
    this.field = null;
  }

  /**
   * Returns the field at fault, as a path from the value being built, when one field is at fault.
   *
   * @return the field, or empty when the message names several
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof CharSequence text) {
      return quote(text);
    }
    return abbreviated(String.valueOf(value));
  }
}
