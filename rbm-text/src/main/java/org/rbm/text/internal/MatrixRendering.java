package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.text.CsvLimits;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/** The one door from {@code org.rbm.text.LinkageMatrices} into this package. */
public final class MatrixRendering {
  private MatrixRendering() {}

  /**
   * Renders a matrix in a format.
   *
   * @param matrix the matrix
   * @param format the format
   * @param options the options
   * @return the rendering
   */
  public static String render(LinkageMatrix matrix, TableFormat format, RenderOptions options) {
    requireNonNull(matrix, "matrix");
    requireNonNull(options, "options");
    return switch (requireNonNull(format, "format")) {
      case PLAIN_TEXT -> MatrixTextTable.text(matrix, options);
      case MARKDOWN -> MatrixTextTable.markdown(matrix, options);
      case CSV -> MatrixCsvWriter.write(matrix, options);
    };
  }

  /**
   * Reads a matrix from CSV text.
   *
   * @param csv the text
   * @param limits the limits
   * @return the matrix
   */
  public static LinkageMatrix parseCsv(CharSequence csv, CsvLimits limits) {
    return MatrixCsvReader.read(MatrixCsvTokenizer.of(
        requireNonNull(csv, "csv"), requireNonNull(limits, "limits")));
  }

  /**
   * Reads a matrix from CSV text, streaming.
   *
   * @param csv the reader, not closed
   * @param limits the limits
   * @return the matrix
   */
  public static LinkageMatrix parseCsv(Reader csv, CsvLimits limits) {
    return MatrixCsvReader.read(MatrixCsvTokenizer.of(
        requireNonNull(csv, "csv"), requireNonNull(limits, "limits")));
  }
}
