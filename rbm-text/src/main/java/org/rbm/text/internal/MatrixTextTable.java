package org.rbm.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rbm.core.strategies.LinkageCell;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.text.RenderOptions;

/**
 * Prints a linkage matrix in the paper's layout, as a plain-text grid or a Markdown table: a
 * heading row with the core management strategies, then one row per strategy. Cells that the
 * matrix does not allow (on or below the diagonal) and gaps are both left empty, as in the paper.
 */
final class MatrixTextTable {
  private MatrixTextTable() {}

  static String markdown(LinkageMatrix matrix, RenderOptions options) {
    StringBuilder md =
        new StringBuilder("| ").append(escape(MatrixLabels.strategy(options.locale()))).append(" |");
    StringBuilder rule = new StringBuilder("|---|");
    for (StrategyHeading column : matrix.coreStrategies()) {
      md.append(' ').append(escape(column.name())).append(" |");
      rule.append("---|");
    }
    md.append('\n').append(rule).append('\n');
    for (StrategyHeading row : matrix.rows()) {
      md.append("| ").append(escape(row.name())).append(" |");
      Map<StrategyId, LinkageCell> filled = MatrixCsvWriter.filledCells(matrix, row);
      for (StrategyHeading column : matrix.coreStrategies()) {
        LinkageCell cell = filled.get(column.id());
        if (cell == null) {
          md.append(" |");
        } else {
          md.append(' ')
              .append(cell.statements().stream()
                  .map(s -> escape(s.toString()))
                  .collect(Collectors.joining("; ")))
              .append(" |");
        }
      }
      md.append('\n');
    }
    return md.toString();
  }

  // A '|' would end the Markdown cell.
  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  static String text(LinkageMatrix matrix, RenderOptions options) {
    // RenderOptions keeps the width from 10 to 1,000, so the border's length cannot overflow.
    int width = options.columnWidth();
    int columns = matrix.coreStrategies().size() + 1;
    String border = ("+" + "-".repeat(width + 2)).repeat(columns) + "+\n";
    StringBuilder out = new StringBuilder(border);
    List<List<String>> heading = new ArrayList<>();
    heading.add(wrap(MatrixLabels.strategy(options.locale()), width));
    matrix.coreStrategies().forEach(c -> heading.add(wrap(c.name(), width)));
    appendRow(out, heading, width);
    out.append(border.replace('-', '='));
    for (StrategyHeading row : matrix.rows()) {
      List<List<String>> cells = new ArrayList<>();
      cells.add(wrap(row.name(), width));
      Map<StrategyId, LinkageCell> filled = MatrixCsvWriter.filledCells(matrix, row);
      for (StrategyHeading column : matrix.coreStrategies()) {
        LinkageCell cell = filled.get(column.id());
        List<String> lines = new ArrayList<>();
        if (cell != null) {
          for (LinkageStatement s : cell.statements()) {
            // A bullet per statement, continuation lines indented under its text.
            List<String> wrapped = wrap(s.toString(), width - 2);
            for (int i = 0; i < wrapped.size(); i++) {
              lines.add((i == 0 ? "- " : "  ") + wrapped.get(i));
            }
          }
        }
        cells.add(lines);
      }
      appendRow(out, cells, width);
      out.append(border);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<List<String>> cells, int width) {
    int height = cells.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < Math.max(height, 1); i++) {
      for (List<String> cell : cells) {
        String text = i < cell.size() ? cell.get(i) : "";
        out.append("| ").append(text).append(" ".repeat(width - text.length() + 1));
      }
      out.append("|\n");
    }
  }

  /** Wraps at spaces to lines of at most {@code width} characters; longer words are cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String rest = word;
      while (rest.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(rest.substring(0, width));
        rest = rest.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + rest.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
