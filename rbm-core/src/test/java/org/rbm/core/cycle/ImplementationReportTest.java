package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.cycle.CycleFixtures.IND1;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.IO2;
import static org.rbm.core.cycle.CycleFixtures.OC2A;
import static org.rbm.core.strategies.FundingSource.EXTRA_BUDGETARY;
import static org.rbm.core.strategies.FundingSource.RBSA;
import static org.rbm.core.strategies.FundingSource.REGULAR_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.ResultId;

/**
 * The implementation report of the P&amp;B 2008-09 of {@link ProgrammeAndBudgetTest#pb2008()},
 * with 2008 expenditure; every figure below is added up by hand from the allocations listed there
 * and the entries here.
 */
class ImplementationReportTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate AS_OF = LocalDate.of(2010, 1, 1);

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  /** IND-1 gets a baseline of 12 and an actual of 30 against its 2009 target of 40. */
  private static ProgrammeAndBudget pb() {
    ProgrammeAndBudget pb = ProgrammeAndBudgetTest.pb2008().withSpf(DocumentId.of("SPF-2010-15"));
    return pb.withFramework(
        pb.framework()
            .updateIndicator(
                IND1,
                i ->
                    i.withBaseline(Baseline.of(Value.of(12)))
                        .withPeriods(
                            IndicatorPeriod.builder()
                                .period(DateRange.ofYear(2009))
                                .addTarget(DataPoint.of(Value.of(40)))
                                .addActual(DataPoint.of(Value.of(30)))
                                .build())));
  }

  private static ProgrammeAndBudget previous() {
    PlanningPeriod p = PlanningPeriod.parse("2006-07");
    return ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2006-07"))
        .biennium(p)
        .spf(DocumentId.of("SPF-2006-09"))
        .currency(USD)
        .framework(CycleFixtures.framework("PB-2006-07", p))
        .build();
  }

  private static Expenditure spent2008() {
    return Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2008-09"))
        .currency(USD)
        .addEntry(ExpenditureEntry.ofYear(IO1, REGULAR_BUDGET, 2008, usd("2100000")))
        .addEntry(ExpenditureEntry.ofYear(IO1, EXTRA_BUDGETARY, 2008, usd("400000")))
        .addEntry(ExpenditureEntry.ofYear(IO2, REGULAR_BUDGET, 2008, usd("1500000")))
        .addEntry(ExpenditureEntry.ofYear(IO2, EXTRA_BUDGETARY, 2008, usd("375000")))
        .addEntry(ExpenditureEntry.ofYear(ResultId.of("IO9.9"), RBSA, 2008, usd("100")))
        .build();
  }

  private static ProgressReport progress(ProgrammeAndBudget pb) {
    return ProgressCalculator.of(ProgressSettings.defaults()).report(pb.framework(), AS_OF);
  }

  private static OutcomeNarrative narrative(ResultId outcome) {
    return OutcomeNarrative.builder()
        .outcome(outcome)
        .officeContribution("Policy advice in 14 countries")
        .partnersContribution("Ministries of labour led the reviews")
        .addDifficulties("Late extra-budgetary funds")
        .addLessons("Joint UN programming reached more countries")
        .build();
  }

  private static ImplementationReport report(List<OutcomeNarrative> narratives) {
    ProgrammeAndBudget pb = pb();
    return ImplementationReport.of(
        CycleFixtures.spf(), pb, Optional.of(previous()), spent2008(), progress(pb), narratives);
  }

  @Test
  void reportsEachOutcomeWithIndicatorsOrMoney() {
    ImplementationReport r = report(List.of(narrative(IO1)));
    // SO2 and OC2a have no indicators, no allocations and no narrative: left out.
    assertEquals(
        List.of(IO1, IO2), r.outcomes().stream().map(o -> o.outcome().id()).toList());
    assertEquals(PlanningPeriod.parse("2008-09"), r.biennium());
    assertEquals(AS_OF, r.asOf());
    assertEquals(Optional.of(narrative(IO1)), r.outcomes().get(0).narrative());
    assertEquals(Optional.empty(), r.outcomes().get(1).narrative());
  }

  @Test
  void anOutcomeWithOnlyANarrativeIsReported() {
    ImplementationReport r = report(List.of(narrative(OC2A)));
    assertEquals(
        List.of(OC2A, IO1, IO2), r.outcomes().stream().map(o -> o.outcome().id()).toList());
  }

  @Test
  void achievementIsTheMeanOfThePlanRatios() {
    ImplementationReport r = report(List.of());
    // IND-1: 30 / 40 = 0.75; IND-2's target is for 2010, after the biennium's end: no ratio yet.
    assertEquals(Optional.of(new BigDecimal("0.75")), r.outcomes().get(0).achievement());
    assertEquals(Optional.empty(), r.outcomes().get(1).achievement());
    assertEquals(1, r.outcomes().get(0).indicators().size());
  }

  @Test
  void financesByOutcomeAndSource() {
    OutcomeReport io1 = report(List.of()).outcomes().get(0);
    // RB: 4 500 000 + 4 700 000 allocated, 2 100 000 spent; RBSA: 500 000, nothing spent;
    // XBTC: 1 250 000.50 + 2 000 000 allocated, 400 000 spent.
    assertEquals(
        List.of(
            SourceFinance.of(REGULAR_BUDGET, usd("9200000"), usd("2100000")),
            SourceFinance.of(RBSA, usd("500000"), usd("0")),
            SourceFinance.of(EXTRA_BUDGETARY, usd("3250000.5"), usd("400000"))),
        io1.finances());
    assertEquals(usd("12950000.5"), io1.allocated());
    assertEquals(usd("2500000"), io1.spent());
    OutcomeReport io2 = report(List.of()).outcomes().get(1);
    // XBTC of IO2a.2: 375 000 of 750 000.
    assertEquals(Optional.of(new BigDecimal("0.5")), io2.finances().get(2).spentShare());
    assertEquals(Optional.empty(), io2.finances().get(1).spentShare());
  }

  @Test
  void totalsLeaveOutSpendingOnResultsOutsideTheProgrammeAndBudget() {
    ImplementationReport r = report(List.of());
    // RB spent 2 100 000 + 1 500 000; RBSA's USD 100 went to IO9.9, not in the P&B;
    // XBTC 400 000 + 375 000.
    assertEquals(
        List.of(
            SourceFinance.of(REGULAR_BUDGET, usd("15300000"), usd("3600000")),
            SourceFinance.of(RBSA, usd("500000"), usd("0")),
            SourceFinance.of(EXTRA_BUDGETARY, usd("4000000.5"), usd("775000"))),
        r.totals());
  }

  @Test
  void measurementAgainstThePreviousBiennium() {
    ImplementationReport r = report(List.of());
    // 2008-09: two indicators, both with targets, IND-1 with a baseline. 2006-07: no baselines.
    assertEquals(ImmutableMeasurementCounts.of(2, 1, 2, 1), r.measurement());
    assertEquals(Optional.of(ImmutableMeasurementCounts.of(2, 0, 2, 0)), r.previousMeasurement());
    assertEquals(Optional.of(PlanningPeriod.parse("2006-07")), r.previousBiennium());
    assertEquals(ImmutableMeasurementCounts.of(1, 1, 1, 1), r.outcomes().get(0).measurement());
  }

  @Test
  void rejectsDocumentsThatDoNotBelongTogether() {
    ProgrammeAndBudget pb = pb();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImplementationReport.of(
                    CycleFixtures.spf(),
                    ProgrammeAndBudgetTest.pb2008(),
                    Optional.empty(),
                    spent2008(),
                    progress(ProgrammeAndBudgetTest.pb2008()),
                    List.of()));
    assertEquals(
        "pb.spf: got SPF-2006-09, expected SPF-2010-15, the id of the SPF given", e.getMessage());
    e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImplementationReport.of(
                    CycleFixtures.spf(), pb, Optional.of(pb), spent2008(), progress(pb), List.of()));
    assertEquals("previous.biennium: got 2008-09, expected a biennium before 2008-09", e.getMessage());
    e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImplementationReport.of(
                    CycleFixtures.spf(),
                    pb,
                    Optional.empty(),
                    spent2008(),
                    progress(ProgrammeAndBudgetTest.pb2008()),
                    List.of()));
    assertEquals(
        "progress.framework: got PB-2008-09, expected the framework of PB-2008-09", e.getMessage());
  }

  @Test
  void rejectsNarrativesForUnknownOrRepeatedOutcomes() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> report(List.of(narrative(IO1), narrative(ResultId.of("IO9.9")))));
    assertEquals(
        "narratives[1].outcome: got IO9.9, expected the id of a result of PB-2008-09",
        e.getMessage());
    e =
        assertThrows(
            InvalidValueException.class, () -> report(List.of(narrative(IO2), narrative(IO2))));
    assertEquals(
        "narratives[1].outcome: got IO2a.2, expected an outcome without a narrative before",
        e.getMessage());
  }

  @Test
  void narrativeTextsMustNotBeBlank() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> narrative(IO1).withLessons("Useful", " "));
    assertEquals("lessons[1]: got \" \", expected a text that is not blank", e.getMessage());
  }

  @Test
  void nullArgumentsAreRejected() {
    CycleFixtures.nullTester()
        .setDefault(StrategicPolicyFramework.class, CycleFixtures.spf())
        .setDefault(ProgrammeAndBudget.class, pb())
        .setDefault(Expenditure.class, spent2008())
        .setDefault(ProgressReport.class, progress(pb()))
        .testAllPublicStaticMethods(ImplementationReport.class);
  }
}
