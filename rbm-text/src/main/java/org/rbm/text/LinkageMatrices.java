package org.rbm.text;

import java.io.Reader;
import java.io.UncheckedIOException;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.text.internal.MatrixRendering;

/**
 * Renders a {@link LinkageMatrix} in the paper's layout (GB.300/PFA/9/1, paragraph 22) and reads
 * it back from CSV.
 *
 * <pre>{@code
 * String text = LinkageMatrices.render(matrix, TableFormat.PLAIN_TEXT);
 * String md = LinkageMatrices.render(matrix, TableFormat.MARKDOWN,
 *     RenderOptions.defaults().withLocale(Locale.FRENCH));          // | Stratégie | ...
 * LinkageMatrix back = LinkageMatrices.parseCsv(LinkageMatrices.render(matrix, TableFormat.CSV));
 * }</pre>
 *
 * <p>The three formats:
 *
 * <ul>
 *   <li>{@link TableFormat#PLAIN_TEXT}: a grid whose columns are {@link
 *       RenderOptions#columnWidth()} characters wide; a cell's statements are bullets that wrap at
 *       spaces (a word longer than a column is cut). Lines end with {@code \n}.
 *   <li>{@link TableFormat#MARKDOWN}: a row's name, then one cell per core management strategy, a
 *       cell's statements joined by {@code ; }, a {@code |} in a text escaped. Lines end with
 *       {@code \n}.
 *   <li>{@link TableFormat#CSV}: RFC 4180, records ending with CRLF: a header {@code
 *       Strategy,Human resources [HR],...}, then one record per row, its first field the row's name
 *       and id, a cell's statements one per line within the field. {@link #parseCsv} reads it back
 *       into an equal matrix.
 * </ul>
 *
 * <p>Cells the matrix does not allow (on or below the diagonal) and gaps are both left empty, as
 * in the paper. The {@linkplain RenderOptions#locale() locale} chooses the heading of the rows
 * ({@code Strategy}, {@code Stratégie}, {@code Estrategia}); strategy names and statements are
 * printed as given. A rendering costs time and memory proportional to its length: rows times
 * columns times the column width for plain text, plus the statements. Thread-safe.
 */
public final class LinkageMatrices {
  private LinkageMatrices() {}

  /**
   * Renders a matrix in a format, with options.
   *
   * @param matrix the matrix
   * @param format the format
   * @param options the column width (plain text only) and the locale of the rows' heading
   * @return the rendering
   */
  public static String render(LinkageMatrix matrix, TableFormat format, RenderOptions options) {
    return MatrixRendering.render(matrix, format, options);
  }

  /**
   * Renders a matrix in a format with the {@linkplain RenderOptions#defaults() default options}:
   * columns of 24 characters, English.
   *
   * @param matrix the matrix
   * @param format the format
   * @return the rendering
   */
  public static String render(LinkageMatrix matrix, TableFormat format) {
    return render(matrix, format, RenderOptions.defaults());
  }

  /**
   * Reads a matrix from its CSV form, within the {@linkplain CsvLimits#defaults() default limits}.
   *
   * @param csv the CSV text (RFC 4180; records end with CRLF or LF, and a lone CR outside double
   *     quotes is refused; one byte-order mark U+FEFF at the start, as Excel's "CSV UTF-8" writes,
   *     and empty lines at the end are ignored; the header's first field is {@code Strategy},
   *     {@code Stratégie} or {@code Estrategia})
   * @return the matrix
   * @throws LinkageMatrixParseException if the text is not such a CSV form or exceeds a limit; the
   *     exception names the line and the field, and the limit if one was exceeded
   */
  public static LinkageMatrix parseCsv(CharSequence csv) {
    return parseCsv(csv, CsvLimits.defaults());
  }

  /**
   * Reads a matrix from its CSV form, within the given limits. The text is read character by
   * character and each limit is checked as it is reached, so that an input beyond a limit costs
   * no more than the limit's worth of work.
   *
   * @param csv the CSV text, as for {@link #parseCsv(CharSequence)}
   * @param limits the limits on the input's size, records and fields
   * @return the matrix
   * @throws LinkageMatrixParseException if the text is not such a CSV form or exceeds a limit
   */
  public static LinkageMatrix parseCsv(CharSequence csv, CsvLimits limits) {
    return MatrixRendering.parseCsv(csv, limits);
  }

  /**
   * Reads a matrix from its CSV form as a stream of characters, within the default limits.
   *
   * @param csv the CSV text, as for {@link #parseCsv(CharSequence)}; read to its end or to the
   *     first fault, and not closed
   * @return the matrix
   * @throws LinkageMatrixParseException if the text is not such a CSV form or exceeds a limit
   * @throws UncheckedIOException if reading fails
   */
  public static LinkageMatrix parseCsv(Reader csv) {
    return parseCsv(csv, CsvLimits.defaults());
  }

  /**
   * Reads a matrix from its CSV form as a stream of characters, within the given limits: at most
   * {@link CsvLimits#maxInputChars()} characters are ever read.
   *
   * @param csv the CSV text, as for {@link #parseCsv(CharSequence)}; not closed
   * @param limits the limits on the input's size, records and fields
   * @return the matrix
   * @throws LinkageMatrixParseException if the text is not such a CSV form or exceeds a limit
   * @throws UncheckedIOException if reading fails
   */
  public static LinkageMatrix parseCsv(Reader csv, CsvLimits limits) {
    return MatrixRendering.parseCsv(csv, limits);
  }
}
