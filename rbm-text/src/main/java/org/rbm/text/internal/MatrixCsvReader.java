package org.rbm.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;
import org.rbm.text.LinkageMatrixParseException;

/**
 * Reads the CSV form of a linkage matrix (RFC 4180): a header {@code Strategy,Human resources
 * [HR],...}, then one record per row, its first field the row's name and id, then one field per
 * column holding the cell's statements one per line. Strategy ids cannot contain brackets or
 * spaces, so the id is found after the last {@code " ["} of a label. The header's first word may
 * be in English, French or Spanish, as the renderer writes it.
 *
 * <p>Ignores one byte-order mark (U+FEFF) before the header, which Excel's "CSV UTF-8" writes, and
 * empty lines at the end of the text. Records are read one at a time from the tokenizer, so memory
 * stays within one record plus the matrix being built.
 */
final class MatrixCsvReader {
  private static final String LABEL_FORM =
      "a name followed by the strategy id in brackets, such as Human resources [HR]";

  private final MatrixCsvTokenizer records;
  private final LinkageMatrix.Builder matrix = LinkageMatrix.builder();
  private final Map<StrategyId, MatrixCsvField> declared = new HashMap<>();
  private final Map<StrategyId, Integer> columnOf = new HashMap<>();
  private final List<StrategyHeading> columns = new ArrayList<>();
  private final Set<StrategyId> rowsSeen = new HashSet<>();
  private int width;

  private MatrixCsvReader(MatrixCsvTokenizer records) {
    this.records = records;
  }

  static LinkageMatrix read(MatrixCsvTokenizer records) {
    return new MatrixCsvReader(records).read();
  }

  private LinkageMatrix read() {
    records.skipByteOrderMark();
    boolean headerRead = false;
    // Empty lines are held back until a record follows them: at the end they are ignored, and
    // before a record the first of them is the fault. An empty line is always one line.
    int firstEmptyLine = 0;
    int emptyLines = 0;
    while (records.hasNext()) {
      List<MatrixCsvField> record = records.nextRecord();
      if (isEmptyLine(record)) {
        if (emptyLines++ == 0) {
          firstEmptyLine = record.get(0).line();
        }
        continue;
      }
      for (int k = 0; k < emptyLines; k++) {
        headerRead = process(List.of(new MatrixCsvField("", firstEmptyLine + k, 1)), headerRead);
      }
      emptyLines = 0;
      headerRead = process(record, headerRead);
    }
    if (!headerRead) {
      throw new LinkageMatrixParseException(
          1, 1, "", "a header record starting with " + MatrixLabels.STRATEGY_EN);
    }
    return matrix.build();
  }

  private static boolean isEmptyLine(List<MatrixCsvField> record) {
    return record.size() == 1 && record.get(0).text().isEmpty();
  }

  /** Reads the header or a row; returns true, the header having been read. */
  private boolean process(List<MatrixCsvField> record, boolean headerRead) {
    if (headerRead) {
      readRow(record);
    } else {
      readHeader(record);
    }
    return true;
  }

  private void readHeader(List<MatrixCsvField> header) {
    MatrixCsvField first = header.get(0);
    if (!MatrixLabels.STRATEGY_ANY.contains(first.text().strip())) {
      throw fault(first, "the word " + MatrixLabels.STRATEGY_EN + " (or "
          + MatrixLabels.STRATEGY_FR + ", " + MatrixLabels.STRATEGY_ES
          + "), the heading of the rows");
    }
    if (header.size() < 2) {
      throw fault(first, "at least one core management strategy column after it");
    }
    for (MatrixCsvField f : header.subList(1, header.size())) {
      StrategyHeading column = heading(f, StrategyKind.CORE_MANAGEMENT);
      requireNew(column.id(), f);
      columnOf.put(column.id(), columns.size());
      columns.add(column);
      matrix.addStrategy(column);
    }
    width = header.size();
  }

  private void readRow(List<MatrixCsvField> record) {
    MatrixCsvField first = record.get(0);
    if (record.size() != width) {
      MatrixCsvField at = record.get(Math.min(record.size(), width) - 1);
      throw new LinkageMatrixParseException(
          first.line(), record.size() > width ? width + 1 : record.size(),
          at.text(), width + " fields, as many as the header has (got " + record.size() + ")");
    }
    StrategyHeading row = heading(first, StrategyKind.OTHER);
    if (!rowsSeen.add(row.id())) {
      throw fault(first, "a strategy whose row was not given before");
    }
    Integer own = columnOf.get(row.id());
    int ownColumn = own == null ? -1 : own;
    if (own != null) {
      StrategyHeading column = columns.get(ownColumn);
      if (!column.name().equals(row.name())) {
        throw fault(first, "the name given in the header, " + column.name() + ", for " + row.id());
      }
    } else {
      // New for certain: not a column (own is null), and not a row before (rowsSeen).
      declared.put(row.id(), first);
      if (declared.size() > LinkageMatrix.MAX_STRATEGIES) {
        throw new LinkageMatrixParseException(first.line(), first.index(),
            declared.size() + " strategies", "LinkageMatrix.MAX_STRATEGIES",
            "at most " + LinkageMatrix.MAX_STRATEGIES + " strategies in a matrix");
      }
      matrix.addStrategy(row);
    }
    for (int j = 0; j < columns.size(); j++) {
      MatrixCsvField f = record.get(j + 1);
      if (f.text().isBlank()) {
        continue;
      }
      if (j <= ownColumn) {
        throw fault(f, j == ownColumn
            ? "an empty cell: a strategy never links to itself"
            : "an empty cell: each pair of core strategies is listed once, above the diagonal");
      }
      Set<LinkageStatement> inCell = new HashSet<>();
      for (String line : f.text().split("\r\n|\n|\r", -1)) {
        if (line.isBlank()) {
          continue;
        }
        LinkageStatement statement = statement(f, line.strip());
        if (!inCell.add(statement)) {
          throw fault(f, "each statement once in a cell, but " + statement + " is repeated");
        }
        matrix.link(row.id(), columns.get(j).id(), statement);
      }
    }
  }

  private static LinkageStatement statement(MatrixCsvField f, String line) {
    try {
      return LinkageStatement.parse(line);
    } catch (RbmParseException e) {
      LinkageMatrixParseException fault =
          new LinkageMatrixParseException(f.line(), f.index(), f.text(),
              "one statement per line, but " + e.getMessage());
      fault.initCause(e);
      throw fault;
    }
  }

  private static StrategyHeading heading(MatrixCsvField f, StrategyKind kind) {
    String label = f.text().strip();
    int open = label.lastIndexOf(" [");
    if (open <= 0 || !label.endsWith("]")) {
      throw fault(f, LABEL_FORM);
    }
    try {
      StrategyId id = StrategyId.of(label.substring(open + 2, label.length() - 1));
      return StrategyHeading.of(id, label.substring(0, open).strip(), kind);
    } catch (InvalidValueException e) {
      throw new LinkageMatrixParseException(f.line(), f.index(), f.text(), e);
    }
  }

  private void requireNew(StrategyId id, MatrixCsvField f) {
    MatrixCsvField before = declared.putIfAbsent(id, f);
    if (before != null) {
      throw fault(f, "a strategy id not used before, but " + id + " is in line " + before.line()
          + ", field " + before.index());
    }
  }

  private static LinkageMatrixParseException fault(MatrixCsvField f, String expected) {
    return new LinkageMatrixParseException(f.line(), f.index(), f.text(), expected);
  }
}
