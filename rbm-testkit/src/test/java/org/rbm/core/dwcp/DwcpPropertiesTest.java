package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.workflow.Transition;
import org.rbm.testkit.RbmGen;

/** Laws of DWCPs and portfolios over generated values. */
class DwcpPropertiesTest {
  /** Every day on which something is recorded or changes, the day before each, and late 2010. */
  private static List<LocalDate> days(DwcpPortfolio p) {
    List<LocalDate> days = new ArrayList<>();
    for (Dwcp d : p.programmes()) {
      days.add(d.recordedOn());
      days.add(d.recordedOn().minusDays(1));
      for (Transition<DwcpStage, DwcpEvent> t : d.history()) {
        days.add(t.date());
        days.add(t.date().minusDays(1));
      }
    }
    days.add(LocalDate.of(2010, 12, 31));
    return days;
  }

  @Test
  void countsByRegionAndStageAddUpToThePortfolioSizeForEveryAsOfDate() {
    qt().forAll(RbmGen.dwcpPortfolios()).checkAssert(p -> {
      for (LocalDate day : days(p)) {
        DwcpStageTable t = p.countsByRegionAndStage(day);
        int cells = 0;
        for (int n : t.counts().values()) {
          cells += n;
        }
        assertEquals(p.asOf(day).size(), cells, day.toString());
        assertEquals(cells, t.total());
      }
      // Every generated programme is recorded by the end of 2010 (recorded 2006-2008, so the
      // portfolio's full size).
      assertEquals(p.size(), p.countsByRegionAndStage(LocalDate.of(2010, 12, 31)).total());
    });
  }

  @Test
  void replayingAHistoryGivesTheSameStateAsApplyingItsEventsOneByOne() {
    qt().forAll(RbmGen.dwcps()).checkAssert(d -> {
      Dwcp oneByOne = d.asRecorded();
      for (Transition<DwcpStage, DwcpEvent> t : d.history()) {
        oneByOne = oneByOne.apply(t.event(), t.date(), t.actor(), t.note());
      }
      Dwcp replayed = d.workflow().replay(d.asRecorded(), d.history());
      assertEquals(oneByOne, replayed);
      assertEquals(d, replayed);
      assertEquals(oneByOne.stage(), replayed.stage());
    });
  }

  @Test
  void asOfTheLastChangeIsTheProgrammeItself() {
    qt().forAll(RbmGen.dwcps()).checkAssert(d ->
        assertEquals(d, d.asOf(d.history().lastChanged()).orElseThrow()));
  }

  @Test
  void changesFromBeforeEverythingListEveryProgrammeOnce() {
    qt().forAll(RbmGen.dwcpPortfolios()).checkAssert(p ->
        assertEquals(p.size(),
            p.changes(LocalDate.of(2005, 12, 31), LocalDate.of(2010, 12, 31)).size()));
  }
}
