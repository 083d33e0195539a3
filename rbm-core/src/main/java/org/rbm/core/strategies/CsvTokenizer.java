package org.rbm.core.strategies;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180) into records of fields. Records end with CRLF or LF; a field in
 * double quotes may hold commas, line breaks (a lone CR among them) and doubled quotes. A quote
 * inside an unquoted field, text after a closing quote, or a quote left open is an error naming the
 * line and the field. So is a lone CR outside double quotes: RFC 4180 does not end lines with it,
 * and keeping it in the field would merge two records into one with a misleading message, so the
 * message says that line ends must be LF or CRLF.
 */
final class CsvTokenizer {
  private final String text;
  private int pos;
  private int line = 1;

  CsvTokenizer(String text) {
    this.text = text;
  }

  List<List<CsvField>> records() {
    List<List<CsvField>> records = new ArrayList<>();
    while (pos < text.length()) {
      records.add(record());
    }
    return records;
  }

  private List<CsvField> record() {
    List<CsvField> fields = new ArrayList<>();
    while (true) {
      int index = fields.size() + 1;
      int startLine = line;
      String value = pos < text.length() && text.charAt(pos) == '"'
          ? quoted(startLine, index)
          : unquoted(startLine, index);
      fields.add(new CsvField(value, startLine, index));
      if (pos >= text.length()) {
        return fields;
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
      } else if (endOfLine()) {
        return fields;
      } else if (c == '\r') {
        throw new LinkageMatrixParseException(startLine, index, value, "a comma or a line end after"
            + " it; line ends must be LF or CRLF, not a lone carriage return (CR)");
      } else {
        throw new LinkageMatrixParseException(
            startLine, index, value, "a comma or the end of the line after a closing quote");
      }
    }
  }

  /** Consumes CRLF or LF at the current position, if there. */
  private boolean endOfLine() {
    if (text.startsWith("\r\n", pos)) {
      pos += 2;
    } else if (text.charAt(pos) == '\n') {
      pos++;
    } else {
      return false;
    }
    line++;
    return true;
  }

  private String quoted(int startLine, int index) {
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw new LinkageMatrixParseException(
            startLine, index, "\"" + value, "a closing double quote before the end of the text");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        if (pos < text.length() && text.charAt(pos) == '"') {
          value.append('"');
          pos++;
        } else {
          return value.toString();
        }
      } else {
        if (c == '\n') {
          line++;
        }
        value.append(c);
      }
    }
  }

  private String unquoted(int startLine, int index) {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      // A CR ends the field: record() then takes CRLF as a line end and refuses a lone CR.
      if (c == ',' || c == '\n' || c == '\r') {
        break;
      }
      if (c == '"') {
        throw new LinkageMatrixParseException(startLine, index, text.substring(start, pos + 1),
            "a double quote only around a whole field, doubled inside it");
      }
      pos++;
    }
    return text.substring(start, pos);
  }
}
