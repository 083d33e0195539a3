package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.cycle.CycleFixtures.IND1;
import static org.rbm.core.cycle.CycleFixtures.IND2;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.IO2;
import static org.rbm.core.cycle.CycleFixtures.OC2A;
import static org.rbm.core.cycle.CycleFixtures.SO2;
import static org.rbm.core.strategies.FundingSource.EXTRA_BUDGETARY;
import static org.rbm.core.strategies.FundingSource.RBSA;
import static org.rbm.core.strategies.FundingSource.REGULAR_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;

/**
 * The programme cycle's rules on a P&amp;B 2010-11 inside the SPF 2010-15 of {@link
 * CycleFixtures}: IO2a.1 is allocated RB 1 000 000 (2010) and RB 500 000 (2011), IO2a.2 RB 300 000
 * (2010) and XBTC 200 000 (2011); 2 000 000 in all. IND-1 (IO2a.1) had a target of 40 for the
 * first half of 2010 and reached 10, so IO2a.1 is behind; IND-2 (IO2a.2) reached its 10. Every
 * figure in the expected findings is worked out by hand from these.
 */
class CycleRulesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate PB_ADOPTED = LocalDate.of(2009, 6, 15);
  /** The first half of 2010 is over, so IND-1's period has a judgement. */
  private static final LocalDate AS_OF = LocalDate.of(2010, 12, 31);
  private static final DateRange H1_2010 =
      DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 6, 30));

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  private static Indicator indicator(IndicatorId id, int target, int actual) {
    return Indicator.builder()
        .id(id)
        .title("Member States with " + id)
        .measure(Measure.COUNT)
        .addPeriod(IndicatorPeriod.builder()
            .period(H1_2010)
            .addTarget(DataPoint.of(Value.of(target)))
            .addActual(DataPoint.of(Value.of(actual)))
            .build())
        .build();
  }

  private static ResultsFramework framework(PlanningPeriod biennium, Result... extra) {
    ResultsFramework.Builder b = ResultsFramework.builder()
        .id(FrameworkId.of("PB-" + biennium))
        .title("Programme and Budget " + biennium)
        .owner("International Labour Office")
        .planningPeriod(biennium)
        .levelScheme(LevelScheme.ILO)
        .addResult(Result.builder().id(SO2).level("strategic objective").title("Employment")
            .build())
        .addResult(Result.builder().id(OC2A).level("outcome").parent(SO2).title("Policies")
            .build())
        .addResult(CycleFixtures.immediateOutcome(IO1, "Employment policies", indicator(IND1, 40, 10)))
        .addResult(CycleFixtures.immediateOutcome(IO2, "Skills policies", indicator(IND2, 10, 10)));
    for (Result r : extra) {
      b.addResult(r);
    }
    return b.build();
  }

  private static OutcomeStrategy fullStrategy(ResultId outcome) {
    OutcomeStrategy.Builder b = OutcomeStrategy.builder().outcome(outcome);
    for (StrategyTopic t : StrategyTopic.values()) {
      b.addTopic(t == StrategyTopic.GLOBALIZATION
          ? TopicEntry.notApplicable(t, "A national policy outcome")
          : TopicEntry.of(t, "What the Office does on " + t));
    }
    return b.build();
  }

  /** The P&amp;B 2010-11 that breaks no rule. */
  private static ProgrammeAndBudget.Builder pb() {
    ProgrammeAndBudget.Builder b = ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2010-11"))
        .biennium(PlanningPeriod.parse("2010-11"))
        .spf(DocumentId.of("SPF-2010-15"))
        .adoptedOn(PB_ADOPTED)
        .currency(USD)
        .framework(framework(PlanningPeriod.parse("2010-11")))
        .addOutcomeStrategy(fullStrategy(IO1))
        .addOutcomeStrategy(fullStrategy(IO2))
        .addStatedTotal(StatedTotal.of(REGULAR_BUDGET, usd("1800000")))
        .addStatedTotal(StatedTotal.of(EXTRA_BUDGETARY, usd("200000")));
    return withAllocations(b, usd("200000"));
  }

  private static ProgrammeAndBudget.Builder withAllocations(
      ProgrammeAndBudget.Builder b, Money io2Xbtc) {
    return b.addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2010, usd("1000000")))
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2011, usd("500000")))
        .addAllocation(Allocation.of(IO2, REGULAR_BUDGET, 2010, usd("300000")))
        .addAllocation(Allocation.of(IO2, EXTRA_BUDGETARY, 2011, io2Xbtc));
  }

  private static Expenditure spent(String io1Rb, String io2Rb) {
    return Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2010-11"))
        .currency(USD)
        .addEntry(ExpenditureEntry.ofYear(IO1, REGULAR_BUDGET, 2010, usd(io1Rb)))
        .addEntry(ExpenditureEntry.ofYear(IO2, REGULAR_BUDGET, 2010, usd(io2Rb)))
        .build();
  }

  private static ProgrammeCycle cycle(ProgrammeAndBudget pb) {
    return ProgrammeCycle.builder()
        .spf(CycleFixtures.spf())
        .programmeAndBudget(pb)
        .asOf(AS_OF)
        .build();
  }

  private static ProgrammeCycle cycle(ProgrammeAndBudget pb, Expenditure e) {
    return cycle(pb).withExpenditure(e);
  }

  private static List<String> findings(ProgrammeCycle c, RuleId rule) {
    return findings(CycleRules.validator().validate(c), rule);
  }

  private static List<String> findings(ValidationReport report, RuleId rule) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings(rule)) {
      out.add(f.location() + ": " + f.message(Locale.ENGLISH));
    }
    return out;
  }

  @Test
  void theConsistentCycleHasNoFinding() {
    // Spent 600 000 of IO2a.1's 1 000 000 to date (60%, not below 50) and all of IO2a.2's RB.
    ValidationReport report =
        CycleRules.validator().validate(cycle(pb().build(), spent("600000", "300000")));
    assertEquals(List.of(), report.findings());
    assertEquals("PB-2010-11", report.subjectId());
  }

  @Test
  void rulesAreNumberedInOrderWithTheirSeverities() {
    List<String> ids = new ArrayList<>();
    for (var rule : CycleRules.ruleSet().rules()) {
      ids.add(rule.id().code() + " " + rule.info().defaultSeverity());
    }
    assertEquals(List.of("RBM-CYC-001 ERROR", "RBM-CYC-002 ERROR", "RBM-CYC-003 WARNING",
        "RBM-CYC-004 ERROR", "RBM-CYC-005 ERROR", "RBM-CYC-006 WARNING", "RBM-CYC-007 WARNING",
        "RBM-CYC-008 WARNING", "RBM-CYC-009 WARNING", "RBM-CYC-010 WARNING"), ids);
  }

  @Test
  void bienniumMustLieInsideTheSpfPeriod() {
    // 2014-15 is the SPF 2010-15's last biennium; 2015-16 reaches one year beyond it.
    ProgrammeAndBudget last = pb().biennium(PlanningPeriod.parse("2014-15"))
        .framework(framework(PlanningPeriod.parse("2014-15")))
        .allocations(List.of())
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2014, usd("1800000")))
        .addAllocation(Allocation.of(IO2, EXTRA_BUDGETARY, 2015, usd("200000")))
        .build();
    assertEquals(List.of(), findings(cycle(last), CycleRules.BIENNIUM_INSIDE_SPF));
    ProgrammeAndBudget beyond = pb().biennium(PlanningPeriod.parse("2015-16"))
        .framework(framework(PlanningPeriod.parse("2015-16")))
        .allocations(List.of())
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2015, usd("1800000")))
        .addAllocation(Allocation.of(IO2, EXTRA_BUDGETARY, 2016, usd("200000")))
        .build();
    assertEquals(List.of("/programmeAndBudget/biennium: The biennium 2015-16 of PB-2010-11 is not"
            + " inside 2010-15, the period of SPF-2010-15."),
        findings(cycle(beyond), CycleRules.BIENNIUM_INSIDE_SPF));
  }

  @Test
  void theProgrammeAndBudgetMustNameItsSpf() {
    ProgrammeAndBudget other = pb().spf(DocumentId.of("SPF-2006-09")).build();
    assertEquals(List.of("/programmeAndBudget/spf: The Programme and Budget PB-2010-11 belongs to"
            + " SPF-2006-09, not to SPF-2010-15."),
        findings(cycle(other), CycleRules.BIENNIUM_INSIDE_SPF));
  }

  @Test
  void resultsMustBeInTheSpfAsItStoodOnAdoption() {
    Result io3 = CycleFixtures.immediateOutcome(ResultId.of("IO2a.3"), "Labour inspection");
    ProgrammeAndBudget withIo3 = pb()
        .framework(framework(PlanningPeriod.parse("2010-11"), io3))
        .addAllocation(Allocation.of(ResultId.of("IO2a.3"), RBSA, 2010, usd("1")))
        .build();
    // Not in the SPF at all.
    assertEquals(List.of("/programmeAndBudget/results/IO2a.3: Result IO2a.3 is not a result of"
            + " SPF-2010-15 as it stood on 2009-06-15."),
        findings(cycle(withIo3), CycleRules.OUTCOMES_FROM_SPF));
    // Added by an amendment on the day the P&B was adopted: counted (on or before the date).
    StrategicPolicyFramework onTheDay = CycleFixtures.spf().withAmendments(
        CycleFixtures.amendment(PB_ADOPTED, "GB.304/PFA/2", SpfChange.addResult(io3)));
    assertEquals(List.of(), findings(cycle(withIo3).withSpf(onTheDay), CycleRules.OUTCOMES_FROM_SPF));
    // Added the day after: the P&B was adopted against the SPF without it.
    StrategicPolicyFramework dayAfter = CycleFixtures.spf().withAmendments(
        CycleFixtures.amendment(PB_ADOPTED.plusDays(1), "GB.304/PFA/2", SpfChange.addResult(io3)));
    assertEquals(1, findings(cycle(withIo3).withSpf(dayAfter), CycleRules.OUTCOMES_FROM_SPF).size());
  }

  @Test
  void aProgrammeAndBudgetDatedBeforeItsSpfIsReportedNotThrown() {
    // The SPF 2010-15 was adopted on 2008-11-20; a P&B adopted on 2008-11-19 predates it.
    ProgrammeAndBudget early = pb().adoptedOn(LocalDate.of(2008, 11, 19)).build();
    assertEquals(List.of("/programmeAndBudget/adoptedOn: The Programme and Budget PB-2010-11 is"
            + " dated 2008-11-19, before SPF-2010-15 was adopted on 2008-11-20."),
        findings(cycle(early), CycleRules.OUTCOMES_FROM_SPF));
  }

  @Test
  void everyImmediateOutcomeHasResources() {
    // IO2a.2 with XBTC 0 still has RB 300 000; with all its allocations zero, it has none.
    ProgrammeAndBudget cent = pb().allocations(List.of())
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2010, usd("1800000")))
        .addAllocation(Allocation.of(IO2, EXTRA_BUDGETARY, 2011, usd("0.01")))
        .build();
    assertEquals(List.of(), findings(cycle(cent), CycleRules.OUTCOMES_RESOURCED));
    ProgrammeAndBudget zero = cent.withAllocations(
        Allocation.of(IO1, REGULAR_BUDGET, 2010, usd("1800000")),
        Allocation.of(IO2, EXTRA_BUDGETARY, 2011, usd("0")));
    ProgrammeAndBudget none = cent.withAllocations(
        Allocation.of(IO1, REGULAR_BUDGET, 2010, usd("1800000")));
    String expected = "/outcomes/IO2a.2: Immediate outcome IO2a.2 has no resources.";
    assertEquals(List.of(expected), findings(cycle(zero), CycleRules.OUTCOMES_RESOURCED));
    assertEquals(List.of(expected), findings(cycle(none), CycleRules.OUTCOMES_RESOURCED));
  }

  @Test
  void expenditureMustBeAgainstThisProgrammeAndBudgetInItsCurrency() {
    Expenditure euros = Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2008-09"))
        .currency(Currency.getInstance("EUR"))
        .addEntry(ExpenditureEntry.ofYear(OC2A, REGULAR_BUDGET, 2010,
            Money.parse("EUR 5")))
        .build();
    // Findings come in the order of their locations.
    assertEquals(List.of(
            "/expenditure/currency: The expenditure is in EUR, the Programme and Budget in USD;"
                + " convert it with an exchange rate.",
            "/expenditure/outcomes/OC2a: Expenditure is reported on OC2a, which is not an"
                + " immediate outcome of PB-2010-11.",
            "/expenditure/programmeAndBudget: The expenditure is reported against PB-2008-09, not"
                + " against PB-2010-11."),
        findings(cycle(pb().build(), euros), CycleRules.EXPENDITURE_MATCHES));
    // Spending in EUR is not compared with allocations in USD.
    assertEquals(List.of(), findings(cycle(pb().build(), euros), CycleRules.WITHIN_ALLOCATION));
  }

  @Test
  void statedTotalsMustMatchTheAllocationsBySource() {
    // RB: 1 000 000 + 500 000 + 300 000 = 1 800 000, as stated; a cent more stated is a finding.
    ProgrammeAndBudget offByACent = pb().statedTotals(List.of())
        .addStatedTotal(StatedTotal.of(REGULAR_BUDGET, usd("1800000.01")))
        .addStatedTotal(StatedTotal.of(EXTRA_BUDGETARY, usd("200000")))
        .build();
    assertEquals(List.of(), findings(cycle(pb().build()), CycleRules.TOTALS_MATCH));
    assertEquals(List.of("/programmeAndBudget/statedTotals/REGULAR_BUDGET: The regular budget"
            + " allocations add up to USD 1800000, but the stated total is USD 1800000.01."),
        findings(cycle(offByACent), CycleRules.TOTALS_MATCH));
  }

  @Test
  void strategiesCoverTheEightTopicsOrSayWhyNot() {
    OutcomeStrategy.Builder seven = OutcomeStrategy.builder().outcome(IO1);
    for (StrategyTopic t : StrategyTopic.values()) {
      if (t != StrategyTopic.GENDER && t != StrategyTopic.POVERTY) {
        seven.addTopic(TopicEntry.of(t, "Text"));
      }
    }
    ProgrammeAndBudget gaps = pb().outcomeStrategies(List.of(seven.build())).build();
    assertEquals(List.of(
            "/outcomes/IO2a.1/strategy: The strategy of IO2a.1 leaves out 2 of the eight topics"
                + " without saying why: GENDER and POVERTY.",
            "/outcomes/IO2a.2: Immediate outcome IO2a.2 has no outcome strategy."),
        findings(cycle(gaps), CycleRules.STRATEGIES_COMPLETE));
  }

  @Test
  void spendingAboveAllocationIsReportedPerOutcomeAndSource() {
    // IO2a.2's RB allocation is 300 000 for the biennium: spending it all is fine, a cent more is not.
    assertEquals(List.of(),
        findings(cycle(pb().build(), spent("600000", "300000")), CycleRules.WITHIN_ALLOCATION));
    assertEquals(List.of("/outcomes/IO2a.2/REGULAR_BUDGET: Outcome IO2a.2 spent USD 300000.01 of"
            + " regular budget resources, more than the USD 300000 allocated."),
        findings(cycle(pb().build(), spent("600000", "300000.01")), CycleRules.WITHIN_ALLOCATION));
  }

  @Test
  void behindTargetAndFarBelowAllocationMeansMoneyIsNotTheCause() {
    // IO2a.1's allocation to the end of 2010 is RB 1 000 000 (the 2011 half is not due yet).
    // 500 000 is 50%, not below the default 50; 499 000 is 49.9%.
    assertEquals(List.of(), findings(
        cycle(pb().build(), spent("500000", "0")), CycleRules.MONEY_NOT_THE_CAUSE));
    assertEquals(List.of("/outcomes/IO2a.1: Outcome IO2a.1 is behind target but spent only USD"
            + " 499000 of the USD 1000000 allocated to date (49.9%, below 50%): money is not the"
            + " cause."),
        findings(cycle(pb().build(), spent("499000", "0")), CycleRules.MONEY_NOT_THE_CAUSE));
    // IO2a.2 spent nothing of its 300 000 but reached its target: no finding for it.
  }

  @Test
  void behindTargetAndFarAboveAllocationMeansMoneyIsNotTheCure() {
    // 1 500 000 of 1 000 000 is 150%, not above the default 150; 1 500 000.01 is.
    assertEquals(List.of(), findings(
        cycle(pb().build(), spent("1500000", "0")), CycleRules.MONEY_NOT_THE_CURE));
    assertEquals(List.of("/outcomes/IO2a.1: Outcome IO2a.1 is behind target although it spent USD"
            + " 1500000.01 of the USD 1000000 allocated to date (150%, above 150%): money is not"
            + " the cure."),
        findings(cycle(pb().build(), spent("1500000.01", "0")), CycleRules.MONEY_NOT_THE_CURE));
  }

  @Test
  void thresholdsAreSettings() {
    // With 60% as the threshold, 500 000 of 1 000 000 (50%) is far below.
    CycleRuleSettings settings =
        CycleRuleSettings.builder().underspendingPercent(new BigDecimal("60")).build();
    ValidationReport report = CycleRules.validator(CycleRules.ruleSet(settings))
        .validate(cycle(pb().build(), spent("500000", "0")));
    assertEquals(1, report.findings(CycleRules.MONEY_NOT_THE_CAUSE).size());
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
  }

  @Test
  void dwcpPrioritiesFundedBelowTheStatedShareAreTheGap() {
    // IO2a.2 gets 300 000 + 200 000 = 500 000 of 2 000 000: exactly 25%.
    ProgrammeAndBudget asked = pb()
        .addDwcpPriority(DwcpPriority.builder().country("Indonesia").priority("Skills")
            .addOutcome(IO2).build())
        .addDwcpPriority(DwcpPriority.builder().country("Ghana").priority("Skills")
            .addOutcome(IO2).build())
        .build();
    assertEquals(List.of(), findings(cycle(asked), CycleRules.PRIORITIES_FUNDED));
    CycleRuleSettings at25 =
        CycleRuleSettings.builder().priorityFundingPercent(new BigDecimal("25")).build();
    CycleRuleSettings at26 =
        CycleRuleSettings.builder().priorityFundingPercent(new BigDecimal("26")).build();
    assertEquals(List.of(), findings(
        CycleRules.validator(CycleRules.ruleSet(at25)).validate(cycle(asked)),
        CycleRules.PRIORITIES_FUNDED));
    assertEquals(List.of("/outcomes/IO2a.2: Outcome IO2a.2, a priority of the DWCPs of Ghana and"
            + " Indonesia, gets 25% of the Programme and Budget's resources, below 26%."),
        findings(CycleRules.validator(CycleRules.ruleSet(at26)).validate(cycle(asked)),
            CycleRules.PRIORITIES_FUNDED));
  }

  @Test
  void findingsReadInFrenchAndSpanish() {
    ProgrammeAndBudget none = pb().allocations(List.of())
        .addAllocation(Allocation.of(IO1, REGULAR_BUDGET, 2010, usd("1800000")))
        .addAllocation(Allocation.of(IO1, EXTRA_BUDGETARY, 2010, usd("200000")))
        .build();
    Finding f = CycleRules.validator().validate(cycle(none))
        .findings(CycleRules.OUTCOMES_RESOURCED).get(0);
    assertEquals("Le résultat immédiat IO2a.2 n'a pas de ressources.", f.message(Locale.FRENCH));
    assertEquals("El resultado inmediato IO2a.2 no tiene recursos.",
        f.message(Locale.forLanguageTag("es")));
  }

  @Test
  void settingsRejectPercentagesOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CycleRuleSettings.builder().overspendingPercent(new BigDecimal("99")).build());
    assertEquals("overspendingPercent: got 99, expected a percentage from 100 up", e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> CycleRuleSettings.builder().priorityFundingPercent(new BigDecimal("101")).build());
    assertEquals("priorityFundingPercent: got 101, expected a percentage from 0 to 100",
        e.getMessage());
  }
}
