package org.rbm.text.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.rbm.core.strategies.LinkageCell;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.text.RenderOptions;

/**
 * Writes the CSV form of a linkage matrix (RFC 4180, records ending with CRLF) in the paper's
 * layout: a header {@code Strategy,Human resources [HR],...}, then one record per row, a cell's
 * statements one per line within the field. {@link MatrixCsvReader} reads it back.
 */
final class MatrixCsvWriter {
  private MatrixCsvWriter() {}

  static String write(LinkageMatrix matrix, RenderOptions options) {
    StringBuilder csv = new StringBuilder(MatrixLabels.strategy(options.locale()));
    for (StrategyHeading column : matrix.coreStrategies()) {
      csv.append(',').append(quote(label(column)));
    }
    csv.append("\r\n");
    for (StrategyHeading row : matrix.rows()) {
      csv.append(quote(label(row)));
      Map<StrategyId, LinkageCell> filled = filledCells(matrix, row);
      for (StrategyHeading column : matrix.coreStrategies()) {
        csv.append(',');
        LinkageCell cell = filled.get(column.id());
        if (cell != null) {
          csv.append(quote(cell.statements().stream()
              .map(LinkageStatement::toString)
              .collect(Collectors.joining("\n"))));
        }
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static Map<StrategyId, LinkageCell> filledCells(LinkageMatrix matrix, StrategyHeading row) {
    Map<StrategyId, LinkageCell> filled = new HashMap<>();
    matrix.row(row.id()).forEach(c -> filled.put(c.column(), c));
    return filled;
  }

  private static String label(StrategyHeading h) {
    return h.name() + " [" + h.id() + "]";
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
