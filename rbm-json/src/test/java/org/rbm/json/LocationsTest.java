package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultsFramework;

/**
 * Issue 17, point 5: every reported line and column lies inside the input. Lines end at LF, CRLF
 * or a lone CR, wherever they stand.
 */
class LocationsTest {
  private final RbmJson json = RbmJson.strict();

  private RbmJsonException rejected(String input, Class<?> type) {
    return assertThrows(RbmJsonException.class, () -> json.read(input, type));
  }

  @Test
  void aNumberAtTheEndOfTheInputIsLocatedJustPastIt() {
    // 11 characters; -2 is the last two: just past it is column 12 (Parsson said 21).
    RbmJsonException e = rejected("{\"start\":-2", DateRange.class);
    assertEquals("start", e.path());
    assertEquals(1, e.line());
    assertEquals(12, e.column());
  }

  @Test
  void aLoneCrEndsALineWhereverItStands() {
    // {  CR  "start":  CR  -2  : -2 is on line 3, columns 1 and 2.
    RbmJsonException e = rejected("{\r\"start\":\r-2", DateRange.class);
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    // The same with CRLF and with LF: CRLF is one line break.
    assertEquals(3, rejected("{\r\n\"start\":\r\n-2", DateRange.class).line());
    assertEquals(3, rejected("{\r\n\"start\":\r\n-2", DateRange.class).column());
    assertEquals(3, rejected("{\n\"start\":\n-2}", DateRange.class).line());
    // A broken invariant found after reading, located by reading again: "end" on line 5.
    RbmJsonException late =
        rejected("{\n\"start\":\r  \"2008-01-01\",\r\"end\":\r\"2007-01-01\"}", DateRange.class);
    assertEquals("end", late.path());
    assertEquals(5, late.line());
    assertEquals(13, late.column());
  }

  @Test
  void badUtf8ThroughAReaderIsLocatedInsideTheInput() {
    // 51 characters on line 1, then a line of 100 spaces with a byte no UTF-8 text has.
    String line1 = "{\"subjectId\": \"PB-2008-09\", \"findings\": [], \"info\":";
    byte[] good = (line1 + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 10_000];
    System.arraycopy(good, 0, bytes, 0, good.length);
    java.util.Arrays.fill(bytes, good.length, bytes.length, (byte) ' ');
    bytes[good.length + 100] = (byte) 0xFF;
    Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class,
            () -> json.read(reader, org.rbm.core.rules.ValidationReport.class));
    // The bad byte is at line 2, column 101 (Parsson said line 116, column 4099 for such input);
    // the reader reports the start of the at most 64 characters it was decoding, which hold it.
    assertEquals(2, e.line());
    assertTrue(e.column() <= 101 && 101 - e.column() < 64, e.getMessage());
    assertEquals("well-formed text", e.expected());
  }

  /** Pieces of JSON, good and bad, with every kind of line break, to join at random. */
  private static final String[] PIECES = {
    "{", "}", "[", "]", ":", ",", "\"format\"", "\"rbm-framework/1\"", "\"id\"", "\"PB-1\"",
    "\"title\"", "\"results\"", "\"level\"", "\"planningPeriod\"", "\"2008-09\"", "\"levelScheme\"",
    "1e-999999999", "-2", "3.5", "null", "true", "\n", "\r", "\r\n", " ", "\"", "x", "\"a\\u00e9\""
  };

  @Test
  void everyReportedLocationLiesInsideTheInput() {
    Gen<String> texts =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, PIECES.length - 1))
            .ofSizeBetween(0, 40)
            .map(indices -> {
              StringBuilder s = new StringBuilder();
              indices.forEach(i -> s.append(PIECES[i]));
              return s.toString();
            });
    qt().withExamples(3_000)
        .forAll(texts)
        .checkAssert(
            text -> {
              for (Class<?> type : new Class<?>[] {ResultsFramework.class, DateRange.class}) {
                try {
                  Object unusedFromString = json.read(text, type);
                  Object unusedFromReader = json.read(new StringReader(text), type);
                } catch (RbmJsonException e) {
                  InsideTheInput.check(text, e.line(), e.column(), e.getMessage());
                }
                try {
                  Object unusedFromReader = json.read(new StringReader(text), type);
                } catch (RbmJsonException e) {
                  InsideTheInput.check(text, e.line(), e.column(), e.getMessage());
                }
              }
            });
  }
}
