package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.rbm.core.period.PlanningPeriod;

/** A UTF-8 byte-order mark (U+FEFF) at the start of a document, as Excel and Windows tools write. */
class ByteOrderMarkTest {
  private static final String BOM = "\uFEFF";
  private final RbmJson json = RbmJson.strict();

  @Test
  void readsADocumentThatStartsWithAByteOrderMark() {
    String document = json.write(Examples.framework());
    assertEquals(Examples.framework(), json.readFramework(BOM + document));
    assertEquals(Examples.framework(), json.readFramework(new StringReader(BOM + document)));
    assertEquals(PlanningPeriod.of(2008, 2009), json.read(BOM + "\"2008-09\"", PlanningPeriod.class));
  }

  @Test
  void readsAByteOrderMarkHandedOverAloneByTheReader() {
    // A reader that hands over one character per call: the mark comes alone in the first call.
    Reader oneByOne =
        new StringReader(BOM + "\"2008-09\"") {
          @Override
          public int read(char[] buffer, int off, int len) throws java.io.IOException {
            return super.read(buffer, off, Math.min(len, 1));
          }
        };
    assertEquals(PlanningPeriod.of(2008, 2009), json.read(oneByOne, PlanningPeriod.class));
  }

  @Test
  void countsLinesAndColumnsFromAfterTheMark() {
    // "2008-0x" ends on line 2 at column 11 (the error points after it, column 12) with or without
    // the mark: the mark is not a column.
    String document = "\n  \"2008-0x\"";
    for (String text : new String[] {document, BOM + document}) {
      RbmJsonException fromString =
          assertThrows(RbmJsonException.class, () -> json.read(text, PlanningPeriod.class));
      RbmJsonException fromReader =
          assertThrows(
              RbmJsonException.class,
              () -> json.read(new StringReader(text), PlanningPeriod.class));
      for (RbmJsonException e : new RbmJsonException[] {fromString, fromReader}) {
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(12, e.column(), e.getMessage());
      }
    }
  }

  @Test
  void refusesAMarkThatIsNotAtTheStartOrASecondMark() {
    RbmJsonException inside =
        assertThrows(
            RbmJsonException.class, () -> json.read(" " + BOM + "\"2008-09\"", PlanningPeriod.class));
    assertEquals(1, inside.line());
    assertEquals(2, inside.column());
    RbmJsonException twice =
        assertThrows(
            RbmJsonException.class,
            () -> json.read(new StringReader(BOM + BOM + "\"2008-09\""), PlanningPeriod.class));
    assertEquals(1, twice.line());
    assertEquals(1, twice.column());
  }
}
