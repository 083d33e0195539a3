package org.rbm.core.strategies;

import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Thrown by {@link LinkageMatrix#parseCsv} when the CSV text is not a linkage matrix: the message
 * and {@link #line()} and {@link #field()} say where, such as {@code linkage matrix CSV, line 3,
 * field 2: cannot parse "Update IT skills", expected an empty cell: ...}.
 */
public final class LinkageMatrixParseException extends RbmParseException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int field;

  LinkageMatrixParseException(int line, int field, String input, String expected) {
    super(where(line, field), input, expected);
    this.line = line;
    this.field = field;
  }

  LinkageMatrixParseException(int line, int field, String input, InvalidValueException cause) {
    super(where(line, field), input, cause);
    this.line = line;
    this.field = field;
  }

  private static String where(int line, int field) {
    return "linkage matrix CSV, line " + line + ", field " + field;
  }

  /**
   * Returns the line on which the faulty field starts.
   *
   * @return the line, counting from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the faulty field within its record.
   *
   * @return the field, counting from 1
   */
  public int field() {
    return field;
  }
}
