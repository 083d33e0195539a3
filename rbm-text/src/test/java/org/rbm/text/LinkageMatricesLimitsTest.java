package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.Reader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.strategies.LinkageMatrix;

/**
 * Issue 17, point 2: the CSV reader checks its limits as the text streams in, before the work they
 * protect. The hostile inputs of the issue (50 MB of line ends, of commas) are given here as
 * endless streams and as a 50-million-character text that is never copied: each is refused after
 * the limit's worth of reading, naming the limit, the value and the line and field.
 */
class LinkageMatricesLimitsTest {
  private static final String HEADER = "Strategy,Alpha [A],Beta [B]\r\n";
  private static final int FIFTY_MB = 50_000_000;

  @CanIgnoreReturnValue
  private static LinkageMatrixParseException refused(Executable parse) {
    return assertThrows(LinkageMatrixParseException.class, parse);
  }

  /** A text of {@code length} copies of one character, answered by charAt without storing it. */
  private static CharSequence repeated(char c, int length) {
    return new CharSequence() {
      @Override
      public int length() {
        return length;
      }

      @Override
      public char charAt(int index) {
        return c;
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        throw new UnsupportedOperationException("the reader must not copy the text");
      }

      @Override
      public String toString() {
        throw new UnsupportedOperationException("the reader must not copy the text");
      }
    };
  }

  /** A reader that never ends: the prefix, then the same character forever. */
  private static Reader endless(String prefix, char c) {
    return new Reader() {
      private int next;

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = next < prefix.length() ? prefix.charAt(next) : c;
          next++;
        }
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void fiftyMegabytesOfLineEndsAreRefusedAtTheRecordLimit() {
    LinkageMatrixParseException e =
        refused(() -> LinkageMatrices.parseCsv(repeated('\n', FIFTY_MB)));
    // Records 1 to 10,000 are empty lines 1 to 10,000; the 10,001st starts on line 10,001.
    assertEquals("linkage matrix CSV, line 10001, field 1: cannot parse \"10001 records\", expected"
        + " at most 10000 records (the limit CsvLimits.maxRecords)", e.getMessage());
    assertEquals(Optional.of("CsvLimits.maxRecords"), e.limit());
    assertEquals(10_001, e.line());
    assertEquals(1, e.field());
    refused(() -> LinkageMatrices.parseCsv(endless("", '\n')));
  }

  @Test
  void justOverTheRecordLimitIsRefusedAndAtItIsRead() {
    CsvLimits three = CsvLimits.defaults().withMaxRecords(3);
    String rows = HEADER + "Alpha [A],,One\r\nXeno [X],Two,\r\n";
    assertEquals(2, LinkageMatrices.parseCsv(rows, three).cells().size());
    LinkageMatrixParseException e =
        refused(() -> LinkageMatrices.parseCsv(rows + "Yak [Y],,\r\n", three));
    assertEquals(4, e.line());
    assertEquals(Optional.of("CsvLimits.maxRecords"), e.limit());
    // Empty lines at the end count too: they are records the reader had to read.
    refused(() -> LinkageMatrices.parseCsv(rows + "\r\n", three));
  }

  @Test
  void fiftyMegabytesOfCommasAreRefusedAtTheFieldLimit() {
    LinkageMatrixParseException e =
        refused(() -> LinkageMatrices.parseCsv(repeated(',', FIFTY_MB)));
    // 50 core strategies and the rows' heading make 51 fields; the 52nd is refused.
    assertEquals("linkage matrix CSV, line 1, field 52: cannot parse \"52 fields in a record\","
        + " expected at most 51 fields in a record (the limit CsvLimits.MAX_FIELDS_PER_RECORD)",
        e.getMessage());
    assertEquals(Optional.of("CsvLimits.MAX_FIELDS_PER_RECORD"), e.limit());
    refused(() -> LinkageMatrices.parseCsv(endless("Strategy,Alpha [A]\r\nXeno [X]", ',')));
  }

  @Test
  void aHeaderOfFiftyCoreStrategiesIsReadAndOfFiftyOneIsRefused() {
    StringBuilder header = new StringBuilder("Strategy");
    for (int i = 1; i <= 50; i++) {
      header.append(",Column ").append(i).append(" [C").append(i).append(']');
    }
    assertEquals(50, LinkageMatrices.parseCsv(header).coreStrategies().size());
    LinkageMatrixParseException e =
        refused(() -> LinkageMatrices.parseCsv(header + ",Column 51 [C51]"));
    assertEquals(1, e.line());
    assertEquals(52, e.field());
  }

  @Test
  void anEndlessFieldIsRefusedAtTheFieldLengthLimit() {
    LinkageMatrixParseException e =
        refused(() -> LinkageMatrices.parseCsv(endless(HEADER + "Xeno [X],\"", 'a')));
    assertEquals("linkage matrix CSV, line 2, field 2: cannot parse \"more than 100000 characters"
        + " in a field\", expected at most 100000 characters in a field (the limit"
        + " CsvLimits.maxFieldChars)", e.getMessage());
    refused(() -> LinkageMatrices.parseCsv(repeated('a', FIFTY_MB)));
  }

  @Test
  void justOverTheFieldLengthLimitIsRefusedAndAtItIsRead() {
    // The longest field is "Alpha [A]", 9 characters.
    String csv = HEADER + "Xeno [X],\"A b\",\r\n";
    assertEquals(1, LinkageMatrices.parseCsv(csv, CsvLimits.defaults().withMaxFieldChars(9))
        .cells().size());
    LinkageMatrixParseException e = refused(
        () -> LinkageMatrices.parseCsv(csv, CsvLimits.defaults().withMaxFieldChars(8)));
    assertEquals(1, e.line());
    assertEquals(2, e.field());
    assertEquals(Optional.of("CsvLimits.maxFieldChars"), e.limit());
  }

  @Test
  void justOverTheInputLimitIsRefusedWhereItIsCrossed() {
    String csv = HEADER + "Xeno [X],One,\r\n";
    assertEquals(1, LinkageMatrices.parseCsv(csv,
        CsvLimits.defaults().withMaxInputChars(csv.length())).cells().size());
    LinkageMatrixParseException e = refused(() -> LinkageMatrices.parseCsv(csv,
        CsvLimits.defaults().withMaxInputChars(csv.length() - 1)));
    // The last character, the LF, ends field 3 of line 2.
    assertEquals("linkage matrix CSV, line 2, field 3: cannot parse \"more than " + (csv.length() - 1)
        + " characters\", expected at most " + (csv.length() - 1) + " characters of input (the"
        + " limit CsvLimits.maxInputChars)", e.getMessage());
    assertEquals(Optional.of("CsvLimits.maxInputChars"), e.limit());
  }

  @Test
  void anEndlessStreamOfEmptyLinesStopsAtTheInputLimitWhenTheRecordLimitIsRaised() {
    Reader rows = new Reader() {
      private final String header = HEADER;
      private long next;

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++, next++) {
          buffer[offset + i] = next < header.length() ? header.charAt((int) next) : '\n';
        }
        return length;
      }

      @Override
      public void close() {}
    };
    CsvLimits limits = CsvLimits.defaults().withMaxRecords(Integer.MAX_VALUE).withMaxInputChars(1000);
    LinkageMatrixParseException e = refused(() -> LinkageMatrices.parseCsv(rows, limits));
    assertEquals(Optional.of("CsvLimits.maxInputChars"), e.limit());
  }

  @Test
  void rowsBeyondTheModelsLimitOnStrategiesAreRefusedAtTheRowThatCrossesIt() {
    // One core strategy and 99,999 other rows make the 100,000 strategies a matrix may hold; the
    // row after them is one too many. The record limit is raised so that the model's limit shows.
    StringBuilder csv = new StringBuilder("Strategy,Alpha [A]\n");
    for (int i = 1; i < LinkageMatrix.MAX_STRATEGIES; i++) {
      csv.append("S ").append(i).append(" [S").append(i).append("],\n");
    }
    csv.append("One more [MORE],\n");
    CsvLimits roomy = CsvLimits.defaults().withMaxRecords(LinkageMatrix.MAX_STRATEGIES + 1);
    LinkageMatrixParseException e = refused(() -> LinkageMatrices.parseCsv(csv, roomy));
    // The header is line 1, so the 100,000th other strategy is on line 100,001.
    assertEquals("linkage matrix CSV, line 100001, field 1: cannot parse \"100001 strategies\","
        + " expected at most 100000 strategies in a matrix (the limit"
        + " LinkageMatrix.MAX_STRATEGIES)", e.getMessage());
  }

  @Test
  void limitsAreValuesWithDefaultsAndRefuseNonPositiveNumbers() {
    CsvLimits d = CsvLimits.defaults();
    assertEquals(10_000_000, d.maxInputChars());
    assertEquals(10_000, d.maxRecords());
    assertEquals(100_000, d.maxFieldChars());
    assertEquals(LinkageMatrix.MAX_CORE_STRATEGIES + 1, CsvLimits.MAX_FIELDS_PER_RECORD);
    new EqualsTester()
        .addEqualityGroup(d, CsvLimits.defaults().withMaxRecords(10_000))
        .addEqualityGroup(d.withMaxRecords(5))
        .addEqualityGroup(d.withMaxInputChars(5))
        .addEqualityGroup(d.withMaxFieldChars(5))
        .testEquals();
    assertEquals("maxRecords: got 0, expected at least 1",
        assertThrows(InvalidValueException.class, () -> d.withMaxRecords(0)).getMessage());
    assertThrows(InvalidValueException.class, () -> d.withMaxInputChars(-1));
    assertThrows(InvalidValueException.class, () -> d.withMaxFieldChars(0));
    assertEquals("CsvLimits{maxInputChars=5, maxRecords=10000, maxFieldChars=100000}",
        d.withMaxInputChars(5).toString());
  }
}
