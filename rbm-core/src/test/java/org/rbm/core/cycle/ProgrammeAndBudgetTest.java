package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.IO2;
import static org.rbm.core.cycle.CycleFixtures.OC2A;
import static org.rbm.core.strategies.FundingSource.EXTRA_BUDGETARY;
import static org.rbm.core.strategies.FundingSource.RBSA;
import static org.rbm.core.strategies.FundingSource.REGULAR_BUDGET;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * A fragment of a Programme and Budget 2008-09 in the ILO's shape: two immediate outcomes of
 * outcome 2a funded from the regular budget (RB), the RBSA and extra-budgetary technical
 * cooperation (XBTC). The figures are illustrative (the paper gives none); the totals below were
 * added up by hand.
 */
class ProgrammeAndBudgetTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  static ProgrammeAndBudget pb2008() {
    return ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2008-09"))
        .biennium(PlanningPeriod.parse("2008-09"))
        .spf(DocumentId.of("SPF-2006-09"))
        .adoptedOn(LocalDate.of(2007, 6, 15))
        .currency(USD)
        .framework(CycleFixtures.framework("PB-2008-09", PlanningPeriod.parse("2008-09")))
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2008, usd("4500000")))
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2009, usd("4700000")))
        .addAllocation(Allocation.of(IO1, RBSA, 2008, usd("500000")))
        .addAllocation(Allocation.of(IO1, EXTRA_BUDGETARY, 2008, usd("1250000.50")))
        .addAllocation(Allocation.of(IO1, EXTRA_BUDGETARY, 2009, usd("2000000")))
        .addAllocation(Allocation.of(IO2, REGULAR_BUDGET, 2008, usd("3000000")))
        .addAllocation(Allocation.of(IO2, REGULAR_BUDGET, 2009, usd("3100000")))
        .addAllocation(Allocation.of(IO2, EXTRA_BUDGETARY, 2009, usd("750000")))
        .addStatedTotal(StatedTotal.of(REGULAR_BUDGET, usd("15300000")))
        .addStatedTotal(StatedTotal.of(RBSA, usd("500000")))
        .addStatedTotal(StatedTotal.of(EXTRA_BUDGETARY, usd("4000000")))
        .addOutcomeStrategy(
            OutcomeStrategy.builder()
                .outcome(IO1)
                .addTopic(
                    TopicEntry.of(StrategyTopic.CONSTITUENTS_AND_TRIPARTISM, "Tripartite reviews"))
                .build())
        .addDwcpPriority(
            DwcpPriority.builder()
                .country("Indonesia")
                .priority("Youth employment")
                .addOutcome(IO1)
                .build())
        .build();
  }

  @Test
  void totalsBySourceAddUpTheAllocations() {
    // RB: 4 500 000 + 4 700 000 + 3 000 000 + 3 100 000 = 15 300 000.
    // RBSA: 500 000. XBTC: 1 250 000.50 + 2 000 000 + 750 000 = 4 000 000.50.
    assertEquals(
        Map.of(
            REGULAR_BUDGET, usd("15300000"),
            RBSA, usd("500000"),
            EXTRA_BUDGETARY, usd("4000000.5")),
        pb2008().totalsBySource());
    assertEquals(
        List.of(REGULAR_BUDGET, RBSA, EXTRA_BUDGETARY),
        List.copyOf(pb2008().totalsBySource().keySet()));
  }

  @Test
  void totalsByYearAndGrandTotal() {
    // 2008: 4 500 000 + 500 000 + 1 250 000.50 + 3 000 000 = 9 250 000.50.
    // 2009: 4 700 000 + 2 000 000 + 3 100 000 + 750 000 = 10 550 000.
    assertEquals(Map.of(2008, usd("9250000.5"), 2009, usd("10550000")), pb2008().totalsByYear());
    assertEquals(usd("19800000.5"), pb2008().total());
  }

  @Test
  void totalsByOutcomeAndSource() {
    // IO2a.1: 4 500 000 + 4 700 000 + 500 000 + 1 250 000.50 + 2 000 000 = 12 950 000.50.
    // IO2a.2: 3 000 000 + 3 100 000 + 750 000 = 6 850 000.
    assertEquals(
        Map.of(IO1, usd("12950000.5"), IO2, usd("6850000")), pb2008().totalsByOutcome());
    assertEquals(usd("3250000.5"), pb2008().total(IO1, EXTRA_BUDGETARY));
    assertEquals(Money.zero(USD), pb2008().total(IO2, RBSA));
    assertEquals(3, pb2008().allocationsTo(IO2).size());
    assertEquals(List.of(), pb2008().allocationsTo(OC2A));
  }

  @Test
  void answersTheQueriesTheRulesWillAsk() {
    ProgrammeAndBudget pb = pb2008();
    // The stated XBTC total, 4 000 000, is 0.50 short of the allocations: a rule will say so.
    assertEquals(Optional.of(usd("4000000")), pb.statedTotal(EXTRA_BUDGETARY));
    assertEquals(
        usd("0.5"), pb.total(EXTRA_BUDGETARY).minus(usd("4000000")));
    assertEquals(usd("15300000"), pb.total(REGULAR_BUDGET));
    assertEquals(List.of(IO1), List.copyOf(pb.outcomesAskedForByDwcps()));
    assertEquals(7, pb.outcomeStrategy(IO1).orElseThrow().missingTopics().size());
    assertEquals(Optional.empty(), pb.outcomeStrategy(IO2));
    assertEquals(Optional.empty(), pb.withStatedTotals().statedTotal(RBSA));
  }

  @Test
  void anEmptyProgrammeAndBudgetTotalsZero() {
    ProgrammeAndBudget empty = pb2008().withAllocations();
    assertEquals(Money.zero(USD), empty.total());
    assertEquals(Money.zero(USD), empty.totalsBySource().get(RBSA));
    assertEquals(Map.of(2008, Money.zero(USD), 2009, Money.zero(USD)), empty.totalsByYear());
    assertEquals(Map.of(), empty.totalsByOutcome());
  }

  @Test
  void refusesAmountsInAnotherCurrency() {
    assertEquals(
        "allocations[0].amount: got EUR 1, expected an amount in USD, the currency of the"
            + " Programme and Budget; convert with an ExchangeRate",
        assertThrows(
                InvalidValueException.class,
                () ->
                    pb2008().withAllocations(
                            Allocation.of(IO1, RBSA, 2008, Money.parse("EUR 1"))))
            .getMessage());
    assertEquals(
        "statedTotals[0].amount: got EUR 1, expected an amount in USD, the currency of the"
            + " Programme and Budget; convert with an ExchangeRate",
        assertThrows(
                InvalidValueException.class,
                () -> pb2008().withStatedTotals(StatedTotal.of(RBSA, Money.parse("EUR 1"))))
            .getMessage());
  }

  @Test
  void refusesNegativeAmounts() {
    assertEquals(
        "amount: got USD -1, expected an amount not below zero",
        assertThrows(
                InvalidValueException.class, () -> Allocation.of(IO1, RBSA, 2008, usd("-1")))
            .getMessage());
    assertEquals(
        "amount: got USD -1, expected an amount not below zero",
        assertThrows(InvalidValueException.class, () -> StatedTotal.of(RBSA, usd("-1")))
            .getMessage());
  }

  @Test
  void refusesAllocationsOutsideTheBienniumOrTheFramework() {
    assertEquals(
        "allocations[0].year: got 2010, expected a year of the biennium 2008-09",
        assertThrows(
                InvalidValueException.class,
                () -> pb2008().withAllocations(Allocation.of(IO1, RBSA, 2010, usd("1"))))
            .getMessage());
    assertEquals(
        "allocations[0].outcome: got IO9, expected the id of a result of the framework",
        assertThrows(
                InvalidValueException.class,
                () ->
                    pb2008().withAllocations(
                            Allocation.of(ResultId.of("IO9"), RBSA, 2008, usd("1"))))
            .getMessage());
    assertEquals(
        "allocations[1]: got \"IO2a.1 RBSA 2008\", expected one allocation per outcome, funding"
            + " source and year",
        assertThrows(
                InvalidValueException.class,
                () ->
                    pb2008().withAllocations(
                            Allocation.of(IO1, RBSA, 2008, usd("1")),
                            Allocation.of(IO1, RBSA, 2008, usd("2"))))
            .getMessage());
  }

  @Test
  void refusesAPeriodThatIsNotItsBiennium() {
    assertEquals(
        "biennium: got 2008-10, expected a period of two years, such as 2008-09",
        assertThrows(
                InvalidValueException.class,
                () -> pb2008().withBiennium(PlanningPeriod.parse("2008-10")))
            .getMessage());
    assertEquals(
        "framework.planningPeriod: got 2008-09, expected 2010-11, the biennium of the Programme"
            + " and Budget",
        assertThrows(
                InvalidValueException.class,
                () -> pb2008().withBiennium(PlanningPeriod.parse("2010-11")))
            .getMessage());
  }

  @Test
  void refusesRepeatsAndUnknownOutcomes() {
    assertEquals(
        "statedTotals[1].source: got RBSA, expected a funding source not given before",
        assertThrows(
                InvalidValueException.class,
                () ->
                    pb2008().withStatedTotals(
                            StatedTotal.of(RBSA, usd("1")), StatedTotal.of(RBSA, usd("2"))))
            .getMessage());
    OutcomeStrategy s = OutcomeStrategy.builder().outcome(IO1).build();
    assertEquals(
        "outcomeStrategies[1].outcome: got IO2a.1, expected an outcome without a strategy before",
        assertThrows(InvalidValueException.class, () -> pb2008().withOutcomeStrategies(s, s))
            .getMessage());
    assertEquals(
        "outcomeStrategies[0].outcome: got IO9, expected the id of a result of the framework",
        assertThrows(
                InvalidValueException.class,
                () -> pb2008().withOutcomeStrategies(s.withOutcome(ResultId.of("IO9"))))
            .getMessage());
    assertEquals(
        "dwcpPriorities[0].outcomes[1]: got IO9, expected the id of a result of the framework",
        assertThrows(
                InvalidValueException.class,
                () ->
                    pb2008().withDwcpPriorities(
                            DwcpPriority.builder()
                                .country("Indonesia")
                                .priority("Youth employment")
                                .addOutcomes(IO1, ResultId.of("IO9"))
                                .build()))
            .getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(pb2008(), pb2008())
        .addEqualityGroup(pb2008().withAllocations())
        .addEqualityGroup(pb2008().withAdoptedOn(Optional.empty()))
        .addEqualityGroup(pb2008().withSpf(DocumentId.of("SPF-2010-15")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    CycleFixtures.nullTester().testAllPublicStaticMethods(ProgrammeAndBudget.class);
    CycleFixtures.nullTester().testAllPublicInstanceMethods(pb2008());
    CycleFixtures.nullTester().testAllPublicStaticMethods(Allocation.class);
    CycleFixtures.nullTester().testAllPublicStaticMethods(StatedTotal.class);
  }

  /** Allocations over IO2a.1 and IO2a.2, each source and year at most once, in cents. */
  private static Gen<List<Allocation>> allocations() {
    return SourceDSL.lists()
        .of(SourceDSL.longs().between(-1, 10_000_000_000L))
        .ofSize(2 * 3 * 2)
        .map(
            amounts -> {
              List<Allocation> out = new ArrayList<>();
              int k = 0;
              for (ResultId outcome : List.of(IO1, IO2)) {
                for (FundingSource source : FundingSource.values()) {
                  for (int year = 2008; year <= 2009; year++) {
                    long cents = amounts.get(k++);
                    if (cents >= 0) {
                      out.add(
                          Allocation.of(
                              outcome, source, year, Money.of(BigDecimal.valueOf(cents, 2), USD)));
                    }
                  }
                }
              }
              return out;
            });
  }

  @Test
  void totalsBySourceByYearAndByOutcomeEachAddUpToTheGrandTotal() {
    qt().forAll(allocations())
        .checkAssert(
            allocations -> {
              ProgrammeAndBudget pb = pb2008().withAllocations(allocations);
              Money total = pb.total();
              assertEquals(total, Money.sum(USD, pb.totalsBySource().values()));
              assertEquals(total, Money.sum(USD, pb.totalsByYear().values()));
              assertEquals(total, Money.sum(USD, pb.totalsByOutcome().values()));
              for (FundingSource source : FundingSource.values()) {
                assertEquals(
                    pb.totalsBySource().get(source),
                    pb.total(IO1, source).plus(pb.total(IO2, source)));
              }
            });
  }
}
