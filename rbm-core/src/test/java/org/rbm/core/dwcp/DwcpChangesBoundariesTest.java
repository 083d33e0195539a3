package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.dwcp.SampleDwcps.concept;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage changes over days before a programme is recorded (issue 19): a programme not yet recorded
 * on the second day has no stage then, so it has no change either.
 */
class DwcpChangesBoundariesTest {

  /**
   * Kenya is a draft from 1 March; Brazil is recorded (as a draft) on 20 June. Between 1 April
   * and 30 April nothing moves, and Brazil, not yet recorded on 30 April, is left out. Between
   * 1 April and 20 June, Brazil is new.
   */
  @Test
  void aProgrammeRecordedAfterTheSecondDayHasNoChange() {
    DwcpPortfolio portfolio = DwcpPortfolio.of(List.of(
        concept("KE", IloRegion.AFRICA).build()
            .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 3, 1), "ILO Nairobi"),
        concept("BR", IloRegion.AMERICAS)
            .initialStage(DwcpStage.DRAFT).recordedOn(LocalDate.of(2007, 6, 20)).build()));
    assertEquals(List.of(),
        portfolio.changes(LocalDate.of(2007, 4, 1), LocalDate.of(2007, 4, 30)));
    assertEquals(List.of("BR 2007-11: (new) -> DRAFT"),
        portfolio.changes(LocalDate.of(2007, 4, 1), LocalDate.of(2007, 6, 20)).stream()
            .map(StageChange::toString).toList());
  }
}
