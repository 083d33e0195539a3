package org.rbm.core.cycle;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Currency;
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
import org.rbm.core.strategies.StrategyId;

/** Small SPFs and P&amp;Bs in the ILO's shape, for the tests of this package. */
final class CycleFixtures {
  static final LocalDate ADOPTED = LocalDate.of(2008, 11, 20);
  static final ResultId SO2 = ResultId.of("SO2");
  static final ResultId OC2A = ResultId.of("OC2a");
  static final ResultId IO1 = ResultId.of("IO2a.1");
  static final ResultId IO2 = ResultId.of("IO2a.2");
  static final IndicatorId IND1 = IndicatorId.of("IND-1");
  static final IndicatorId IND2 = IndicatorId.of("IND-2");
  static final StrategyId KNOWLEDGE = StrategyId.of("KNOWLEDGE");

  private CycleFixtures() {}

  /** A NullPointerTester that knows a sample of each type this package's methods take. */
  static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(ResultId.class, IO1)
        .setDefault(IndicatorId.class, IND1)
        .setDefault(StrategyId.class, KNOWLEDGE)
        .setDefault(DateRange.class, DateRange.ofYear(2011))
        .setDefault(DataPoint.class, DataPoint.of(Value.of(1)))
        .setDefault(Indicator.class, indicator(IND1, 2011, 1))
        .setDefault(Result.class, immediateOutcome(IO1, "An outcome"))
        .setDefault(PlanningPeriod.class, PlanningPeriod.parse("2010-15"))
        .setDefault(LocalDate.class, ADOPTED)
        .setDefault(Currency.class, Currency.getInstance("USD"))
        .setDefault(Money.class, Money.parse("USD 1"))
        .setDefault(String.class, "text");
  }

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

  /** SO2 &gt; OC2a &gt; IO2a.1 (IND-1, 40 in 2011), IO2a.2 (IND-2, 10 in 2012), over a period. */
  static ResultsFramework framework(String id, PlanningPeriod period) {
    int first = period.firstYear();
    return ResultsFramework.builder()
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
            immediateOutcome(IO1, "Employment policies are integrated", indicator(IND1, first + 1, 40)))
        .addResult(
            immediateOutcome(IO2, "Skills policies are adopted", indicator(IND2, first + 2, 10)))
        .build();
  }

  /** The SPF 2010-15 as adopted in November 2008, without amendments. */
  static StrategicPolicyFramework spf() {
    return StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(PlanningPeriod.parse("2010-15"))
        .adoptedOn(ADOPTED)
        .vision("Decent work for all")
        .framework(framework("SPF-2010-15-RF", PlanningPeriod.parse("2010-15")))
        .addStrategy(
            HighLevelStrategy.builder()
                .id(KNOWLEDGE)
                .title("Knowledge strategy")
                .text("Results-based knowledge sharing")
                .build())
        .addEvaluationLesson("Results must be specific enough to evaluate")
        .build();
  }

  static Amendment amendment(LocalDate date, String reference, SpfChange... changes) {
    return Amendment.builder()
        .date(date)
        .decidedBy(DecidingBody.GOVERNING_BODY)
        .reference(reference)
        .addChanges(changes)
        .build();
  }
}
