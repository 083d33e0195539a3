package org.rbm.core.strategies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * The CSV form of a linkage matrix (RFC 4180): a header {@code Strategy,Human resources [HR],...},
 * then one record per row, its first field the row's name and id, then one field per column holding
 * the cell's statements one per line. Strategy ids cannot contain brackets or spaces, so the id is
 * found after the last {@code " ["} of a label.
 *
 * <p>Reading ignores one byte-order mark (U+FEFF) before the header, which Excel's "CSV UTF-8"
 * writes, and empty lines at the end of the text. Lines end with CRLF or LF; a lone CR outside
 * double quotes is refused rather than read as a line end (see {@link CsvTokenizer}).
 */
final class MatrixCsv {
  private static final String HEADER = "Strategy";
  private static final String LABEL_FORM =
      "a name followed by the strategy id in brackets, such as Human resources [HR]";

  private MatrixCsv() {}

  static String write(LinkageMatrix matrix) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (StrategyHeading column : matrix.coreStrategies()) {
      csv.append(',').append(quote(label(column)));
    }
    csv.append("\r\n");
    for (StrategyHeading row : matrix.rows()) {
      csv.append(quote(label(row)));
      Map<StrategyId, LinkageCell> filled = new HashMap<>();
      matrix.row(row.id()).forEach(c -> filled.put(c.column(), c));
      for (StrategyHeading column : matrix.coreStrategies()) {
        csv.append(',');
        LinkageCell cell = filled.get(column.id());
        if (cell != null) {
          List<String> lines = new ArrayList<>();
          cell.statements().forEach(s -> lines.add(s.toString()));
          csv.append(quote(String.join("\n", lines)));
        }
      }
      csv.append("\r\n");
    }
    return csv.toString();
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

  static LinkageMatrix read(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<CsvField>> records = new ArrayList<>(new CsvTokenizer(text).records());
    // Editors and spreadsheets often leave empty lines at the end; each is one empty field.
    while (!records.isEmpty() && isEmptyLine(records.get(records.size() - 1))) {
      records.remove(records.size() - 1);
    }
    if (records.isEmpty()) {
      throw new LinkageMatrixParseException(1, 1, "", "a header record starting with " + HEADER);
    }
    List<CsvField> header = records.get(0);
    if (!header.get(0).text().strip().equals(HEADER)) {
      throw fault(header.get(0), "the word " + HEADER + ", the heading of the rows");
    }
    if (header.size() < 2) {
      throw fault(header.get(0), "at least one core management strategy column after it");
    }
    LinkageMatrix.Builder matrix = LinkageMatrix.builder();
    Map<StrategyId, CsvField> declared = new HashMap<>();
    List<StrategyHeading> columns = new ArrayList<>();
    for (CsvField f : header.subList(1, header.size())) {
      StrategyHeading column = heading(f, StrategyKind.CORE_MANAGEMENT);
      requireNew(declared, column.id(), f);
      columns.add(column);
      matrix.addStrategy(column);
    }
    Set<StrategyId> rowsSeen = new HashSet<>();
    for (List<CsvField> record : records.subList(1, records.size())) {
      readRow(record, header.size(), columns, declared, rowsSeen, matrix);
    }
    return matrix.build();
  }

  private static boolean isEmptyLine(List<CsvField> record) {
    return record.size() == 1 && record.get(0).text().isEmpty();
  }

  private static void readRow(
      List<CsvField> record,
      int width,
      List<StrategyHeading> columns,
      Map<StrategyId, CsvField> declared,
      Set<StrategyId> rowsSeen,
      LinkageMatrix.Builder matrix) {
    CsvField first = record.get(0);
    if (record.size() != width) {
      CsvField at = record.get(Math.min(record.size(), width) - 1);
      throw new LinkageMatrixParseException(
          first.line(), record.size() > width ? width + 1 : record.size(),
          at.text(), width + " fields, as many as the header has (got " + record.size() + ")");
    }
    StrategyHeading row = heading(first, StrategyKind.OTHER);
    int ownColumn = -1;
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j).id().equals(row.id())) {
        ownColumn = j;
      }
    }
    if (!rowsSeen.add(row.id())) {
      throw fault(first, "a strategy whose row was not given before");
    }
    if (ownColumn >= 0) {
      StrategyHeading column = columns.get(ownColumn);
      if (!column.name().equals(row.name())) {
        throw fault(first, "the name given in the header, " + column.name() + ", for " + row.id());
      }
    } else {
      requireNew(declared, row.id(), first);
      matrix.addStrategy(row);
    }
    for (int j = 0; j < columns.size(); j++) {
      CsvField f = record.get(j + 1);
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

  private static LinkageStatement statement(CsvField f, String line) {
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

  private static StrategyHeading heading(CsvField f, StrategyKind kind) {
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

  private static void requireNew(Map<StrategyId, CsvField> declared, StrategyId id, CsvField f) {
    CsvField before = declared.putIfAbsent(id, f);
    if (before != null) {
      throw fault(f, "a strategy id not used before, but " + id + " is in line " + before.line()
          + ", field " + before.index());
    }
  }

  private static LinkageMatrixParseException fault(CsvField f, String expected) {
    return new LinkageMatrixParseException(f.line(), f.index(), f.text(), expected);
  }
}
