package org.rbm.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.DwcpPriority;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ExpenditureEntry;
import org.rbm.core.cycle.HighLevelStrategy;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.OutcomeStrategy;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StatedTotal;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.cycle.StrategyTopic;
import org.rbm.core.cycle.TopicEntry;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.money.ExchangeRate;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.StrategyId;

/** A small SPF 2010-15 with one amendment of every kind, a P&amp;B 2010-11 and its expenditure. */
final class CycleExamples {
  static final Currency USD = Currency.getInstance("USD");
  static final ResultId SO2 = ResultId.of("SO2");
  static final ResultId OC2A = ResultId.of("OC2a");
  static final ResultId IO1 = ResultId.of("IO2a.1");
  static final ResultId IO2 = ResultId.of("IO2a.2");
  static final ResultId IO3 = ResultId.of("IO2a.3");
  static final IndicatorId IND1 = IndicatorId.of("IND-1");
  static final IndicatorId IND2 = IndicatorId.of("IND-2");
  static final IndicatorId IND3 = IndicatorId.of("IND-3");
  static final StrategyId KNOWLEDGE = StrategyId.of("KNOWLEDGE");
  static final StrategyId GENDER = StrategyId.of("GENDER");

  private CycleExamples() {}

  static Indicator indicator(IndicatorId id, int year, int target) {
    return Indicator.builder()
        .id(id)
        .title("Member States with " + id)
        .measure(Measure.COUNT)
        .addPeriod(
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(year))
                .addTarget(DataPoint.of(Value.of(target)))
                .build())
        .build();
  }

  static Result immediateOutcome(ResultId id, String title, Indicator... indicators) {
    return Result.builder()
        .id(id)
        .level("immediate outcome")
        .parent(OC2A)
        .title(title)
        .addIndicators(indicators)
        .build();
  }

  /** SO2 &gt; OC2a &gt; IO2a.1 (IND-1, 40 in the second year), IO2a.2 (IND-2, 10 in the third). */
  static ResultsFramework framework(String id, PlanningPeriod period) {
    int first = period.firstYear();
    ResultsFramework.Builder b =
        ResultsFramework.builder()
            .id(FrameworkId.of(id))
            .title("Results framework " + period)
            .owner("International Labour Office")
            .planningPeriod(period)
            .levelScheme(LevelScheme.ILO)
            .addResult(
                Result.builder()
                    .id(SO2)
                    .level("strategic objective")
                    .title("Greater opportunities for decent employment and income")
                    .build())
            .addResult(
                Result.builder()
                    .id(OC2A)
                    .level("outcome")
                    .parent(SO2)
                    .title("Coherent policies support inclusive job-rich growth")
                    .build())
            .addResult(
                immediateOutcome(IO1, "Employment policies are integrated", indicator(IND1, first + 1, 40)));
    if (period.lastYear() >= first + 2) {
      b.addResult(
          immediateOutcome(IO2, "Skills policies are adopted", indicator(IND2, first + 2, 10)));
    } else {
      b.addResult(immediateOutcome(IO2, "Skills policies are adopted"));
    }
    return b.build();
  }

  /** The SPF 2010-15 as adopted in November 2008, with one amendment of every kind of change. */
  static StrategicPolicyFramework spf() {
    return StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(PlanningPeriod.parse("2010-15"))
        .adoptedOn(LocalDate.of(2008, 11, 20))
        .vision("Decent work for all")
        .framework(framework("SPF-2010-15-RF", PlanningPeriod.parse("2010-15")))
        .addStrategy(
            HighLevelStrategy.builder()
                .id(KNOWLEDGE)
                .title("Knowledge strategy")
                .text("Results-based knowledge sharing")
                .build())
        .addEvaluationLesson("Results must be specific enough to evaluate")
        // Recorded out of date order on purpose: the ILC decision of 2010 after the GB's of 2011.
        .addAmendment(
            Amendment.builder()
                .date(LocalDate.of(2011, 3, 24))
                .decidedBy(DecidingBody.GOVERNING_BODY)
                .reference("GB.310/PFA/2")
                .summary("Indicators revised after the first biennium")
                .addChange(SpfChange.changeTarget(IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(45))))
                .addChange(SpfChange.addIndicator(IO2, indicator(IND3, 2013, 5)))
                .addChange(SpfChange.removeIndicator(IND2))
                .addChange(SpfChange.replaceIndicator(indicator(IND3, 2014, 6)))
                .addChange(SpfChange.amendStrategyText(KNOWLEDGE, "Knowledge sharing, amended"))
                .addChange(SpfChange.removeStrategy(GENDER))
                .build())
        .addAmendment(
            Amendment.builder()
                .date(LocalDate.of(2010, 6, 16))
                .decidedBy(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE)
                .reference("ILC.99/Resolution")
                .addChange(SpfChange.addResult(immediateOutcome(IO3, "Youth employment")))
                .addChange(SpfChange.replaceResult(immediateOutcome(IO3, "Youth employment, revised")))
                .addChange(SpfChange.removeResult(IO3))
                .addChange(
                    SpfChange.addStrategy(
                        HighLevelStrategy.builder().id(GENDER).title("Gender equality").build()))
                .addChange(SpfChange.addEvaluationLesson("Baselines before targets"))
                .addChange(SpfChange.reviseVision("Decent work for all women and men"))
                .build())
        .build();
  }

  /**
   * The amendment record of {@link #spf()}: the Conference's decision of 16 June 2010 recorded as
   * decided, then the Governing Body's amendment proposed on 10 February 2011 and adopted on 24
   * March 2011, then a proposal of 1 October 2011 withdrawn on 2 November 2011.
   */
  static org.rbm.core.cycle.SpfAmendments amendmentRecord() {
    StrategicPolicyFramework spf = spf();
    Amendment ilc = spf.amendments().get(1);
    Amendment gb = spf.amendments().get(0);
    return org.rbm.core.cycle.SpfAmendments.recorded(spf.withAmendments())
        .apply(
            new org.rbm.core.cycle.AmendmentEvent.Amend(
                ilc.decidedBy(), ilc.reference(), ilc.summary(), ilc.changes()),
            ilc.date(),
            "International Labour Conference")
        .apply(
            new org.rbm.core.cycle.AmendmentEvent.Propose(
                gb.decidedBy(), gb.reference(), gb.summary(), gb.changes()),
            LocalDate.of(2011, 2, 10),
            "PROGRAM")
        .apply(
            new org.rbm.core.cycle.AmendmentEvent.Adopt(),
            gb.date(),
            "Governing Body",
            java.util.Optional.of("GB.310/PV"))
        .apply(
            org.rbm.core.cycle.AmendmentEvent.propose(
                DecidingBody.GOVERNING_BODY,
                "GB.312/PFA/4",
                java.util.List.of(SpfChange.reviseVision("Decent work, now"))),
            LocalDate.of(2011, 10, 1),
            "PROGRAM")
        .apply(
            new org.rbm.core.cycle.AmendmentEvent.Withdraw("Left to the next SPF"),
            LocalDate.of(2011, 11, 2),
            "PROGRAM");
  }

  static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  /** The P&amp;B 2010-11 of the SPF: allocations by source and year, strategies, priorities. */
  static ProgrammeAndBudget programmeAndBudget() {
    return ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2010-11"))
        .biennium(PlanningPeriod.parse("2010-11"))
        .spf(DocumentId.of("SPF-2010-15"))
        .adoptedOn(LocalDate.of(2009, 6, 19))
        .currency(USD)
        .framework(framework("PB-2010-11", PlanningPeriod.parse("2010-11")))
        .addAllocation(Allocation.of(IO1, FundingSource.REGULAR_BUDGET, 2010, usd("1250000.5")))
        .addAllocation(Allocation.of(IO1, FundingSource.REGULAR_BUDGET, 2011, usd("1250000")))
        .addAllocation(Allocation.of(IO1, FundingSource.RBSA, 2011, usd("300000")))
        .addAllocation(Allocation.of(IO2, FundingSource.EXTRA_BUDGETARY, 2010, usd("0")))
        .addStatedTotal(StatedTotal.of(FundingSource.REGULAR_BUDGET, usd("2500000.5")))
        .addStatedTotal(StatedTotal.of(FundingSource.RBSA, usd("300000")))
        .addOutcomeStrategy(
            OutcomeStrategy.builder()
                .outcome(IO1)
                .summary("Integrate employment in national development plans")
                .addTopic(TopicEntry.of(StrategyTopic.CONSTITUENTS_AND_TRIPARTISM, "Tripartite task forces"))
                .addTopic(TopicEntry.notApplicable(StrategyTopic.GLOBALIZATION, "Covered under OC1"))
                .build())
        .addOutcomeStrategy(OutcomeStrategy.builder().outcome(IO2).build())
        .addDwcpPriority(
            DwcpPriority.builder()
                .country("Cambodia")
                .priority("Employment-intensive investment")
                .addOutcomes(IO1, IO2)
                .build())
        .build();
  }

  /** The expenditure against the P&amp;B 2010-11, reported for 2010. */
  static Expenditure expenditure() {
    return Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2010-11"))
        .currency(USD)
        .reportedOn(LocalDate.of(2011, 1, 31))
        .addEntry(ExpenditureEntry.ofYear(IO1, FundingSource.REGULAR_BUDGET, 2010, usd("1100000.25")))
        .addEntry(
            ExpenditureEntry.of(
                IO1,
                FundingSource.RBSA,
                DateRange.of(LocalDate.of(2010, 7, 1), LocalDate.of(2010, 12, 31)),
                usd("12000")))
        .build();
  }

  static OutcomeNarrative narrative() {
    return OutcomeNarrative.builder()
        .outcome(IO1)
        .officeContribution("Technical advice to ministries")
        .partnersContribution("Employers' and workers' organizations consulted")
        .addDifficulty("Elections delayed adoption")
        .addLesson("Start with the labour ministry")
        .build();
  }

  static ExchangeRate chfToUsd() {
    return ExchangeRate.of(
        Currency.getInstance("CHF"), USD, new BigDecimal("0.8333"), LocalDate.of(2008, 1, 1));
  }
}
