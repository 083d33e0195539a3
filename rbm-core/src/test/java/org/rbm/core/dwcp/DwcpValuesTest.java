package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.dwcp.SampleDwcps.concept;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/**
 * The values a portfolio computes (stage changes, outcome demand, stage tables) are equal by
 * content and read as documented; a programme without a required field names it.
 */
class DwcpValuesTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2007, 3, 1);
  private static final LocalDate END_2007 = LocalDate.of(2007, 12, 31);

  /** Kenya: concept 15 Jan, draft 1 Mar. Ghana: a concept since 15 Jan. */
  private static DwcpPortfolio portfolio() {
    return DwcpPortfolio.of(List.of(
        concept("KE", IloRegion.AFRICA).build()
            .apply(DwcpEvent.submitDraft(), MARCH_1, "ILO Nairobi"),
        concept("GH", IloRegion.AFRICA).build()));
  }

  @Test
  void computedValuesAreEqualByContent() {
    DwcpPortfolio p = portfolio();
    DwcpPortfolio q = portfolio();
    new EqualsTester()
        .addEqualityGroup(p, q)
        .addEqualityGroup(DwcpPortfolio.of(List.of(concept("KE", IloRegion.AFRICA).build())))
        .addEqualityGroup(p.changes(MARCH_1.minusDays(1), END_2007).get(0),
            q.changes(MARCH_1.minusDays(1), END_2007).get(0))
        .addEqualityGroup(p.changes(LocalDate.of(2007, 1, 1), END_2007).get(0))
        .addEqualityGroup(p.outcomeDemand(END_2007).get(0), q.outcomeDemand(END_2007).get(0))
        .addEqualityGroup(p.outcomeDemand(END_2007).get(1))
        .addEqualityGroup(p.countsByRegionAndStage(END_2007), q.countsByRegionAndStage(END_2007))
        .addEqualityGroup(p.countsByRegionAndStage(MARCH_1.minusDays(1)))
        .addEqualityGroup(p.countsByRegionAndStage(LocalDate.of(2008, 1, 1)))
        .testEquals();
  }

  @Test
  void computedValuesReadAsDocumented() {
    DwcpPortfolio p = portfolio();
    assertEquals(2, p.size());
    assertEquals("DwcpPortfolio{2 programmes}", p.toString());
    assertEquals(List.of("KE 2007-11: CONCEPT -> DRAFT"),
        p.changes(MARCH_1.minusDays(1), END_2007).stream().map(StageChange::toString).toList());
    StageChange ke = p.changes(MARCH_1.minusDays(1), END_2007).get(0);
    assertEquals("KE", ke.country());
    assertEquals(IloRegion.AFRICA, ke.region());
    assertEquals(DwcpStage.CONCEPT, ke.before().orElseThrow());
    assertEquals(DwcpStage.DRAFT, ke.after());
    // Both programmes link IO1.1 (USD 100 RB and USD 50 XBTC each) and IO2.1 (USD 50 each).
    assertEquals("OutcomeDemand{PB-2008-09/IO1.1, 2 countries, [USD 300]}",
        p.outcomeDemand(END_2007).get(0).toString());
    assertEquals("OutcomeDemand{PB-2008-09/IO2.1, 2 countries, [USD 100]}",
        p.outcomeDemand(END_2007).get(1).toString());
  }

  @Test
  void wordsOfTheModelReadAsDocumented() {
    assertEquals("Arab States", IloRegion.ARAB_STATES.label());
    assertEquals("Asia and the Pacific", IloRegion.ASIA_AND_THE_PACIFIC.label());
    assertTrue(PartnerRole.GOVERNMENT.isConstituent());
    assertFalse(PartnerRole.OTHER.isConstituent());
    assertEquals("submit draft", DwcpEvent.submitDraft().toString());
    assertEquals("review quality (passed with comments)",
        DwcpEvent.reviewQuality(QaOutcome.PASSED_WITH_COMMENTS).toString());
    assertEquals("finalize", DwcpEvent.finalizeDocument().toString());
  }

  @Test
  void aProgrammeAsRecordedIsItselfUntilItHasAHistory() {
    Dwcp recorded = concept("GH", IloRegion.AFRICA).build();
    assertSame(recorded, recorded.asRecorded());
    Dwcp drafted = recorded.apply(DwcpEvent.submitDraft(), MARCH_1, "ILO Accra");
    assertEquals(recorded, drafted.asRecorded());
    assertEquals("ILO", recorded.recordedBy());
  }

  @Test
  void aMissingRecordingDayIsNamed() {
    assertEquals("recordedOn: got nothing, expected a value (it is required)",
        assertThrows(InvalidValueException.class, () -> Dwcp.builder()
            .country("KE").region(IloRegion.AFRICA).period(SampleDwcps.PERIOD)
            .framework(SampleDwcps.framework("KE")).recordedBy("ILO").build()).getMessage());
  }
}
