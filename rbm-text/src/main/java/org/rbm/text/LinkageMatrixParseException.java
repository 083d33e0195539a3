package org.rbm.text;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Thrown by {@link LinkageMatrices#parseCsv} when the CSV text is not a linkage matrix, or is larger
 * than its {@link CsvLimits}: the message and {@link #line()} and {@link #field()} say where, such
 * as {@code linkage matrix CSV, line 3, field 2: cannot parse "Update IT skills", expected an empty
 * cell: ...}, and {@link #limit()} names the limit that was exceeded, if one was.
 */
public final class LinkageMatrixParseException extends RbmParseException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int field;
  private final @Nullable String limit;

  /**
   * Creates an exception for a field of the wrong form.
   *
   * @param line the line on which the field starts, from 1
   * @param field the field's place in its record, from 1
   * @param input the field's text
   * @param expected what was expected there
   */
  public LinkageMatrixParseException(int line, int field, CharSequence input, String expected) {
    super(where(line, field), input, expected);
    this.line = line;
    this.field = field;
    this.limit = null;
  }

  /**
   * Creates an exception for a field whose value breaks an invariant of the model.
   *
   * @param line the line on which the field starts, from 1
   * @param field the field's place in its record, from 1
   * @param input the field's text
   * @param cause the invariant the value would have broken
   */
  public LinkageMatrixParseException(
      int line, int field, CharSequence input, InvalidValueException cause) {
    super(where(line, field), input, cause);
    this.line = line;
    this.field = field;
    this.limit = null;
  }

  /**
   * Creates an exception for input beyond a limit, such as {@code linkage matrix CSV, line 1,
   * field 52: cannot parse "52 fields in a record", expected at most 51 fields in a record (the
   * limit CsvLimits.maxFieldsPerRecord)}.
   *
   * @param line the line where the limit was exceeded, from 1
   * @param field the field where it was exceeded, from 1
   * @param got what was found, such as {@code 52 fields in a record}
   * @param limit the limit's name, such as {@code CsvLimits.maxFieldsPerRecord}
   * @param allowed what the limit allows, such as {@code at most 51 fields in a record}
   */
  public LinkageMatrixParseException(
      int line, int field, String got, String limit, String allowed) {
    super(where(line, field), got, allowed + " (the limit " + limit + ")");
    this.line = line;
    this.field = field;
    this.limit = limit;
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

  /**
   * Returns the limit the input exceeded, such as {@code CsvLimits.maxRecords} or {@code
   * LinkageMatrix.MAX_CORE_STRATEGIES}.
   *
   * @return the limit's name, or empty when the input has the wrong form rather than the wrong size
   */
  public Optional<String> limit() {
    return Optional.ofNullable(limit);
  }
}
