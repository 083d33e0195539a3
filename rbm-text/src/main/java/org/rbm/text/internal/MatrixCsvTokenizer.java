package org.rbm.text.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rbm.text.CsvLimits;
import org.rbm.text.LinkageMatrixParseException;

/**
 * Splits CSV text (RFC 4180) into records of fields, one record at a time, so that the reader never
 * holds more than one record. Records end with CRLF or LF; a field in double quotes may hold
 * commas, line breaks (a lone CR among them) and doubled quotes. A quote inside an unquoted field,
 * text after a closing quote, or a quote left open is an error naming the line and the field. So
 * is a lone CR outside double quotes: RFC 4180 does not end lines with it, and keeping it in the
 * field would merge two records into one with a misleading message, so the message says that line
 * ends must be LF or CRLF.
 *
 * <p>The {@link CsvLimits} are checked as each character, field and record arrives, so that no
 * input costs more than the limits' worth of time and memory.
 */
final class MatrixCsvTokenizer {
  private static final int END = -1;
  private static final int NONE = -2;

  /** The characters of the input, one at a time. */
  private interface Source {
    int read() throws IOException;
  }

  private final Source source;
  private final CsvLimits limits;
  private int peeked = NONE;
  private long consumed;
  private int line = 1;
  private int records;
  // Where the tokenizer is, for the input-size limit's message.
  private int fieldLine = 1;
  private int fieldIndex = 1;

  private MatrixCsvTokenizer(Source source, CsvLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  /** Reads a CharSequence through {@code charAt}, never copying it whole. */
  static MatrixCsvTokenizer of(CharSequence text, CsvLimits limits) {
    int[] pos = {0};
    return new MatrixCsvTokenizer(
        () -> pos[0] < text.length() ? text.charAt(pos[0]++) : END, limits);
  }

  /** Reads through a buffer of its own; the reader is not closed. */
  static MatrixCsvTokenizer of(Reader reader, CsvLimits limits) {
    char[] buffer = new char[8192];
    int[] state = {0, 0}; // next, filled
    return new MatrixCsvTokenizer(() -> {
      if (state[0] == state[1]) {
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
          return END;
        }
        state[0] = 0;
        state[1] = n;
      }
      return buffer[state[0]++];
    }, limits);
  }

  /** Skips one byte-order mark (U+FEFF) at the start, as Excel's "CSV UTF-8" writes. */
  void skipByteOrderMark() {
    if (peek() == '\uFEFF') {
      take();
    }
  }

  boolean hasNext() {
    return peek() != END;
  }

  int line() {
    return line;
  }

  /** The next record: at least one field. Call only when {@link #hasNext()}. */
  List<MatrixCsvField> nextRecord() {
    records++;
    if (records > limits.maxRecords()) {
      throw new LinkageMatrixParseException(line, 1, records + " records",
          "CsvLimits.maxRecords", "at most " + limits.maxRecords() + " records");
    }
    List<MatrixCsvField> fields = new ArrayList<>();
    while (true) {
      int index = fields.size() + 1;
      int startLine = line;
      if (index > CsvLimits.MAX_FIELDS_PER_RECORD) {
        throw new LinkageMatrixParseException(startLine, index, index + " fields in a record",
            "CsvLimits.MAX_FIELDS_PER_RECORD",
            "at most " + CsvLimits.MAX_FIELDS_PER_RECORD + " fields in a record");
      }
      fieldLine = startLine;
      fieldIndex = index;
      String value = peek() == '"' ? quoted(startLine, index) : unquoted(startLine, index);
      fields.add(new MatrixCsvField(value, startLine, index));
      int c = peek();
      if (c == END) {
        return fields;
      }
      take();
      if (c == ',') {
        continue;
      }
      if (c == '\n') {
        line++;
        return fields;
      }
      if (c == '\r' && peek() == '\n') {
        take();
        line++;
        return fields;
      }
      if (c == '\r') {
        throw new LinkageMatrixParseException(startLine, index, value, "a comma or a line end after"
            + " it; line ends must be LF or CRLF, not a lone carriage return (CR)");
      }
      throw new LinkageMatrixParseException(
          startLine, index, value, "a comma or the end of the line after a closing quote");
    }
  }

  private String quoted(int startLine, int index) {
    StringBuilder value = new StringBuilder();
    take();
    while (true) {
      int c = take();
      if (c == END) {
        throw new LinkageMatrixParseException(
            startLine, index, "\"" + value, "a closing double quote before the end of the text");
      }
      if (c == '"') {
        if (peek() != '"') {
          return value.toString();
        }
        take();
      } else if (c == '\n') {
        line++;
      }
      append(value, (char) c, startLine, index);
    }
  }

  private String unquoted(int startLine, int index) {
    StringBuilder value = new StringBuilder();
    while (true) {
      int c = peek();
      // A CR ends the field: nextRecord() then takes CRLF as a line end and refuses a lone CR.
      if (c == END || c == ',' || c == '\n' || c == '\r') {
        return value.toString();
      }
      take();
      if (c == '"') {
        throw new LinkageMatrixParseException(startLine, index, value.append('"'),
            "a double quote only around a whole field, doubled inside it");
      }
      append(value, (char) c, startLine, index);
    }
  }

  private void append(StringBuilder value, char c, int startLine, int index) {
    if (value.length() >= limits.maxFieldChars()) {
      throw new LinkageMatrixParseException(startLine, index,
          "more than " + limits.maxFieldChars() + " characters in a field",
          "CsvLimits.maxFieldChars", "at most " + limits.maxFieldChars() + " characters in a field");
    }
    value.append(c);
  }

  private int peek() {
    if (peeked == NONE) {
      try {
        peeked = source.read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return peeked;
  }

  /** Consumes the next character, counting it against the input-size limit. */
  @CanIgnoreReturnValue
  private int take() {
    int c = peek();
    peeked = NONE;
    if (c != END && ++consumed > limits.maxInputChars()) {
      throw new LinkageMatrixParseException(fieldLine, fieldIndex,
          "more than " + limits.maxInputChars() + " characters",
          "CsvLimits.maxInputChars", "at most " + limits.maxInputChars() + " characters of input");
    }
    return c;
  }
}
