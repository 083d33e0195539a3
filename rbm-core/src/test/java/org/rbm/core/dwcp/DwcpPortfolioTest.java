package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.dwcp.SampleDwcps.concept;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * Three programmes: Kenya (concept 15 Jan, draft 1 Mar, QA passed 10 May, final 3 Sep 2007),
 * Uganda (concept 15 Jan, draft 20 Jun) and Brazil (recorded as a draft on 20 Jun).
 */
class DwcpPortfolioTest {
  private static final LocalDate APRIL_1 = LocalDate.of(2007, 4, 1);
  private static final LocalDate END_2007 = LocalDate.of(2007, 12, 31);

  private static final DwcpPortfolio PORTFOLIO = DwcpPortfolio.of(List.of(
      concept("KE", IloRegion.AFRICA).build()
          .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 3, 1), "ILO Nairobi")
          .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), LocalDate.of(2007, 5, 10), "RO")
          .apply(DwcpEvent.finalizeDocument(), LocalDate.of(2007, 9, 3), "ILO Nairobi"),
      concept("UG", IloRegion.AFRICA).build()
          .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 6, 20), "ILO Dar es Salaam"),
      concept("BR", IloRegion.AMERICAS)
          .initialStage(DwcpStage.DRAFT).recordedOn(LocalDate.of(2007, 6, 20)).build()));

  @Test
  void countsDocumentsByRegionAndStageAsOfADay() {
    DwcpStageTable end = PORTFOLIO.countsByRegionAndStage(END_2007);
    assertEquals(1, end.count(IloRegion.AFRICA, DwcpStage.FINAL));
    assertEquals(1, end.count(IloRegion.AFRICA, DwcpStage.DRAFT));
    assertEquals(1, end.count(IloRegion.AMERICAS, DwcpStage.DRAFT));
    assertEquals(0, end.count(IloRegion.EUROPE, DwcpStage.CONCEPT));
    assertEquals(2, end.regionTotal(IloRegion.AFRICA));
    assertEquals(2, end.stageTotal(DwcpStage.DRAFT));
    assertEquals(3, end.total());
    assertEquals(15, end.counts().size(), "every region and stage has a cell");

    DwcpStageTable april = PORTFOLIO.countsByRegionAndStage(APRIL_1);
    assertEquals(1, april.count(IloRegion.AFRICA, DwcpStage.DRAFT));
    assertEquals(1, april.count(IloRegion.AFRICA, DwcpStage.CONCEPT));
    assertEquals(2, april.total(), "Brazil is recorded later");
    assertEquals("DwcpStageTable{2007-04-01, 2 documents}", april.toString());
  }

  @Test
  void countsCountriesAndQaAssessments() {
    assertEquals(ImmutableSortedSet.of("BR", "KE", "UG"),
        PORTFOLIO.countriesWithDocuments(END_2007));
    assertEquals(ImmutableSortedSet.of("KE", "UG"), PORTFOLIO.countriesWithDocuments(APRIL_1));
    assertEquals(1, PORTFOLIO.qaAssessedCount(END_2007));
    assertEquals(0, PORTFOLIO.qaAssessedCount(APRIL_1), "Kenya's review is on 10 May");
  }

  @Test
  void listsTheStageChangesBetweenTwoDays() {
    assertEquals(List.of("KE 2007-11: DRAFT -> FINAL", "UG 2007-11: CONCEPT -> DRAFT",
            "BR 2007-11: (new) -> DRAFT"),
        PORTFOLIO.changes(APRIL_1, END_2007).stream().map(StageChange::toString).toList());
    assertEquals(List.of(), PORTFOLIO.changes(END_2007, END_2007));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PORTFOLIO.changes(END_2007, APRIL_1));
    assertEquals("to: got 2007-04-01, expected a day on or after 2007-12-31", e.getMessage());
  }

  /**
   * Each programme links outcome -1 to IO1.1 and outcome -2 to IO2.1 and IO1.1; output -1.1 has
   * USD 100 RB and outcome -2 USD 50 XBTC. IO1.1 is reached from -1 (with -1.1) and -2: USD 100 RB
   * and USD 50 XBTC per programme, times three; IO2.1 only from -2: USD 50 XBTC times three.
   */
  @Test
  void sumsTheResourcesBehindEachGlobalOutcome() {
    ImmutableList<OutcomeDemand> demand = PORTFOLIO.outcomeDemand(END_2007);
    assertEquals(2, demand.size());
    OutcomeDemand io11 = demand.get(0);
    assertEquals(ResultId.of("IO1.1"), io11.outcome());
    assertEquals(ImmutableSortedSet.of("BR", "KE", "UG"), io11.countries());
    assertEquals(ImmutableMap.of(
            FundingSource.REGULAR_BUDGET, List.of(Money.parse("USD 300")),
            FundingSource.EXTRA_BUDGETARY, List.of(Money.parse("USD 150"))),
        io11.resourcesBySource());
    assertEquals(List.of(Money.parse("USD 450")), io11.resources());
    OutcomeDemand io21 = demand.get(1);
    assertEquals(ResultId.of("IO2.1"), io21.outcome());
    assertEquals(List.of(Money.parse("USD 150")), io21.resources());
    assertEquals(2, PORTFOLIO.outcomeDemand(APRIL_1).get(0).countries().size());
  }

  @Test
  void rejectsTwoProgrammesForTheSameCountryAndPeriod() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DwcpPortfolio.of(
        List.of(concept("KE", IloRegion.AFRICA).build(), concept("UG", IloRegion.AFRICA).build(),
            concept("KE", IloRegion.AFRICA).build())));
    assertEquals("programmes[2]: got \"KE 2007-11\", expected one programme per country and period",
        e.getMessage());
  }
}
