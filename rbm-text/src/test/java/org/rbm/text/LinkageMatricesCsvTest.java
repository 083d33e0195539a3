package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.text.LinkageMatricesTest.A;
import static org.rbm.text.LinkageMatricesTest.B;
import static org.rbm.text.LinkageMatricesTest.X;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.RbmParseException;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.StrategyPair;

/** Reading the CSV form: what it accepts, and where it says the fault is. */
class LinkageMatricesCsvTest {
  private static final String HEADER = "Strategy,Alpha [A],Beta [B]\r\n";

  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private static LinkageMatrixParseException fails(String csv, int line, int field) {
    LinkageMatrixParseException e =
        assertThrows(LinkageMatrixParseException.class, () -> LinkageMatrices.parseCsv(csv));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(
        "linkage matrix CSV, line " + line + ", field " + field + ": "), e.getMessage());
    assertInstanceOf(RbmParseException.class, e);
    return e;
  }

  @Test
  void readsLineFeedsAsWellAsCrLf() {
    LinkageMatrix m = LinkageMatrices.parseCsv(
        "Strategy,Alpha [A],Beta [B]\nAlpha [A],,Ab link\nXeno [X],\"One\nTwo\",\n");
    assertEquals(
        LinkageMatricesTest.small().link(A, B, "Ab link").link(X, A, "One").link(X, A, "Two").build(),
        m);
  }

  @Test
  void trimsSpacesAndSkipsBlankLinesInACell() {
    LinkageMatrix m = LinkageMatrices.parseCsv(
        HEADER + "  Xeno [X] ,\" One \n\n Two\n\", Three \r\n");
    assertEquals(List.of(LinkageStatement.of("One"), LinkageStatement.of("Two")), m.cell(X, A));
    assertEquals(List.of(LinkageStatement.of("Three")), m.cell(X, B));
  }

  @Test
  void aCoreStrategyMayHaveNoRow() {
    LinkageMatrix m = LinkageMatrices.parseCsv(HEADER + "Xeno [X],One,\r\n");
    assertEquals(List.of(StrategyPair.of(A, B), StrategyPair.of(X, B)), m.gaps());
  }

  @Test
  void readsAMatrixWithoutRows() {
    LinkageMatrix m = LinkageMatrices.parseCsv("Strategy,Alpha [A]\r\n");
    assertEquals(List.of(), m.allowedPositions());
    assertEquals("Strategy,Alpha [A]\r\n", LinkageMatrices.render(m, TableFormat.CSV));
  }

  @Test
  void skipsAByteOrderMarkBeforeTheHeader() {
    // Excel's "CSV UTF-8" starts the file with U+FEFF.
    LinkageMatrix m = LinkageMatrices.parseCsv("\uFEFF" + HEADER + "Xeno [X],One,\r\n");
    assertEquals(LinkageMatricesTest.small().link(X, A, "One").build(), m);
  }

  @Test
  void rejectsASecondByteOrderMark() {
    LinkageMatrixParseException e = fails("\uFEFF\uFEFF" + HEADER, 1, 1);
    assertEquals("\uFEFFStrategy", e.input());
  }

  @Test
  void skipsBlankLinesAtTheEnd() {
    LinkageMatrix expected = LinkageMatricesTest.small().link(X, A, "One").build();
    assertEquals(expected, LinkageMatrices.parseCsv(HEADER + "Xeno [X],One,\r\n\r\n"));
    assertEquals(expected, LinkageMatrices.parseCsv(HEADER + "Xeno [X],One,\n\n\n"));
    assertEquals(expected, LinkageMatrices.parseCsv(HEADER + "Xeno [X],One,\r\n\r\n\r\n"));
    assertEquals(expected, LinkageMatrices.parseCsv(HEADER + "Xeno [X],One,\n\r\n"));
  }

  @Test
  void rejectsABlankLineBeforeTheLastRecord() {
    LinkageMatrixParseException e = fails(HEADER + "\r\nXeno [X],One,\r\n", 2, 1);
    assertTrue(e.getMessage().endsWith("expected 3 fields, as many as the header has (got 1)"),
        e.getMessage());
  }

  @Test
  void rejectsALoneCarriageReturnAsALineEnd() {
    LinkageMatrixParseException e = fails("Strategy,Alpha [A],Beta [B]\rXeno [X],One,\r", 1, 3);
    assertEquals("linkage matrix CSV, line 1, field 3: cannot parse \"Beta [B]\", expected a"
        + " comma or a line end after it; line ends must be LF or CRLF, not a lone carriage return"
        + " (CR)", e.getMessage());
    fails(HEADER + "Xeno [X],\"One\"\r", 2, 2);
  }

  @Test
  void keepsALoneCarriageReturnInsideAQuotedField() {
    LinkageMatrix m = LinkageMatrices.parseCsv(HEADER + "Xeno [X],\"One\rTwo\",\r\n");
    assertEquals(List.of(LinkageStatement.of("One"), LinkageStatement.of("Two")), m.cell(X, A));
  }

  @Test
  void rejectsEmptyText() {
    fails("", 1, 1);
  }

  @Test
  void rejectsAHeaderThatDoesNotStartWithStrategy() {
    fails("Strategies,Alpha [A]\r\n", 1, 1);
    fails("Strategy\r\n", 1, 1);
  }

  @Test
  void rejectsALabelWithoutAnId() {
    LinkageMatrixParseException e = fails("Strategy,Alpha [A],Beta\r\n", 1, 3);
    assertEquals("Beta", e.input());
    fails(HEADER + "Xeno [bad id],,\r\n", 2, 1);
  }

  @Test
  void rejectsAnOpenQuote() {
    fails(HEADER + "Xeno [X],\"One,\r\n", 2, 2);
  }

  @Test
  void rejectsAQuoteInsideAnUnquotedField() {
    fails(HEADER + "Xeno [X],On\"e,\r\n", 2, 2);
  }

  @Test
  void rejectsTextAfterAClosingQuote() {
    fails(HEADER + "Xeno [X],\"One\"x,\r\n", 2, 2);
  }

  @Test
  void rejectsARecordWithTooFewOrTooManyFields() {
    fails(HEADER + "Xeno [X],One\r\n", 2, 2);
    fails(HEADER + "Xeno [X],One,,\r\n", 2, 4);
  }

  @Test
  void countsLinesInsideQuotedFields() {
    // The quoted field on line 2 spans two lines, so the next record starts on line 4.
    fails(HEADER + "Alpha [A],,\"x\ny\"\r\nXeno [X],bad\"q,\r\n", 4, 2);
  }

  @Test
  void rejectsStatementsOnOrBelowTheDiagonal() {
    LinkageMatrixParseException below = fails(HEADER + "Beta [B],Oops,\r\n", 2, 2);
    assertTrue(below.getMessage().contains("above the diagonal"), below.getMessage());
    LinkageMatrixParseException self = fails(HEADER + "Alpha [A],Me,\r\n", 2, 2);
    assertTrue(self.getMessage().contains("never links to itself"), self.getMessage());
  }

  @Test
  void rejectsACoreRowNamedOtherwiseThanItsColumn() {
    fails(HEADER + "Alfa [A],,x\r\n", 2, 1);
  }

  @Test
  void rejectsARowGivenTwice() {
    assertEquals(
        "linkage matrix CSV, line 3, field 1: cannot parse \"Xeno [X]\", expected a strategy whose"
            + " row was not given before",
        fails(HEADER + "Xeno [X],,\r\nXeno [X],,\r\n", 3, 1).getMessage());
    // A core strategy's row: its id is declared by the header, so only the row check sees it.
    assertEquals(
        "linkage matrix CSV, line 3, field 1: cannot parse \"Alpha [A]\", expected a strategy whose"
            + " row was not given before",
        fails(HEADER + "Alpha [A],,x\r\nAlpha [A],,y\r\n", 3, 1).getMessage());
    assertEquals(
        "linkage matrix CSV, line 1, field 3: cannot parse \"Alpha again [A]\", expected a strategy"
            + " id not used before, but A is in line 1, field 2",
        fails("Strategy,Alpha [A],Alpha again [A]\r\n", 1, 3).getMessage());
  }

  @Test
  void rejectsAStatementGivenTwiceInACell() {
    fails(HEADER + "Xeno [X],\"One\nOne\",\r\n", 2, 2);
  }

  @Test
  void rejectsAMalformedReference() {
    LinkageMatrixParseException e = fails(HEADER + "Xeno [X],One [result a/b/],\r\n", 2, 2);
    assertInstanceOf(RbmParseException.class, e.getCause());
    fails(HEADER + "Xeno [X],One [resolution 7],\r\n", 2, 2);
  }
}
