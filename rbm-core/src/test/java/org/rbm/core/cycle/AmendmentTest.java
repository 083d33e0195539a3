package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.ResultId;

class AmendmentTest {
  private static final LocalDate DAY = LocalDate.of(2011, 3, 24);

  private static Amendment amendment() {
    return CycleFixtures.amendment(DAY, "GB.310/PFA/2", SpfChange.removeResult(ResultId.of("IO9")));
  }

  @Test
  void namesItselfByReferenceDateAndBody() {
    assertEquals("GB.310/PFA/2 of 2011-03-24 (GOVERNING_BODY)", amendment().toString());
  }

  @Test
  void needsAReferenceAndAtLeastOneChange() {
    assertEquals(
        "changes: got nothing, expected at least one change",
        assertThrows(InvalidValueException.class, () -> amendment().withChanges()).getMessage());
    assertEquals(
        "reference: got \" \", expected a reference that is not blank",
        assertThrows(InvalidValueException.class, () -> amendment().withReference(" "))
            .getMessage());
  }

  @Test
  void changesNameThemselvesBriefly() {
    assertEquals("remove result IO9", SpfChange.removeResult(ResultId.of("IO9")).toString());
    assertEquals("revise the vision", SpfChange.reviseVision("v").toString());
    assertEquals(
        "lesson: got \"\", expected a lesson that is not blank",
        assertThrows(InvalidValueException.class, () -> SpfChange.addEvaluationLesson(""))
            .getMessage());
  }

  @Test
  void documentIdsParseTheirToString() {
    assertEquals(DocumentId.of("PB-2008-09"), DocumentId.parse("PB-2008-09"));
    assertThrows(RbmParseException.class, () -> DocumentId.parse("PB 2008"));
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(amendment(), amendment())
        .addEqualityGroup(amendment().withDate(DAY.plusDays(1)))
        .addEqualityGroup(amendment().withDecidedBy(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE))
        .addEqualityGroup(amendment().withSummary("Drops IO9"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            SpfChange.removeResult(ResultId.of("IO9")), SpfChange.removeResult(ResultId.of("IO9")))
        .addEqualityGroup(SpfChange.removeResult(ResultId.of("IO8")))
        .testEquals();
  }
}
