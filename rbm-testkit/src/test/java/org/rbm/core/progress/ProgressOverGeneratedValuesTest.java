package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.IndicatorHistory;
import org.rbm.testkit.RbmGen;

/** The laws of progress over generated histories and whole generated frameworks. */
class ProgressOverGeneratedValuesTest {
  private static ProgressCalculator calculator(AchievementMethod method, boolean trajectory) {
    return ProgressCalculator.of(
        ProgressSettings.defaults().withMethod(method).withExpectedTrajectory(trajectory));
  }

  @Test
  void progressDoesNotDependOnTheOrderObservationsWereRecorded() {
    qt().forAll(RbmGen.observationsOverTime(), longRange(0, Long.MAX_VALUE),
            enumValues(AchievementMethod.class), range(0, 1))
        .checkAssert(
            (h, seed, method, trajectory) -> {
              ProgressCalculator calc = calculator(method, trajectory == 1);
              // The indicators differ in the order of their data points; their progress must not.
              IndicatorProgress first = calc.indicator(h.indicator(), h.asOf());
              IndicatorProgress second =
                  calc.indicator(h.recordedInAnotherOrder(seed).indicator(), h.asOf());
              assertEquals(first.periods(), second.periods());
              assertEquals(first.plan(), second.plan());
            });
  }

  /** The history with every number multiplied by k (fractions left as they are: they are shares). */
  private static Indicator scaled(Indicator i, BigDecimal k) {
    List<IndicatorPeriod> periods = new ArrayList<>();
    for (IndicatorPeriod p : i.periods()) {
      periods.add(p.withTargets(scaled(p.targets(), k)).withActuals(scaled(p.actuals(), k)));
    }
    Baseline b = i.baseline().orElseThrow();
    return i.withPeriods(periods).withBaseline(b.withValue(scaled(b.value().orElseThrow(), k)));
  }

  private static List<DataPoint> scaled(List<DataPoint> points, BigDecimal k) {
    return points.stream().map(d -> d.withValue(scaled(d.value(), k))).toList();
  }

  private static Value scaled(Value v, BigDecimal k) {
    return v instanceof NumericValue n ? Value.of(n.amount().multiply(k)) : v;
  }

  @Test
  void scalingBaselineTargetsAndActualsLeavesRatiosAndStatusesUnchanged() {
    qt().forAll(
            RbmGen.observationsOverTime().measures(Measure.COUNT, Measure.CURRENCY),
            range(1, 999).zip(range(0, 3), (f, s) -> BigDecimal.valueOf(f, s)),
            enumValues(AchievementMethod.class))
        .checkAssert(
            (h, k, method) -> {
              ProgressCalculator calc = calculator(method, true);
              IndicatorProgress plain = calc.indicator(h.indicator(), h.asOf());
              IndicatorProgress times = calc.indicator(scaled(h.indicator(), k), h.asOf());
              for (int j = 0; j < plain.periods().size(); j++) {
                assertEquals(plain.periods().get(j).ratio(), times.periods().get(j).ratio());
                assertEquals(plain.periods().get(j).status(), times.periods().get(j).status());
              }
              assertEquals(plain.plan().ratio(), times.plan().ratio());
              assertEquals(plain.plan().status(), times.plan().status());
            });
  }

  @Test
  void aLargerActualNeverLowersTheAchievementOfAnIncreasingIndicator() {
    qt().forAll(
            RbmGen.observationsOverTime().measures(Measure.COUNT).directions(Direction.INCREASE),
            range(1, 500),
            enumValues(AchievementMethod.class))
        .checkAssert(
            (h, extra, method) -> {
              ProgressCalculator calc = calculator(method, false);
              Indicator i = h.indicator();
              List<IndicatorPeriod> more = new ArrayList<>();
              for (IndicatorPeriod p : i.periods()) {
                // Raise every total actual; drop breakdowns, which would no longer add up.
                more.add(
                    p.withActuals(
                        p.totalActual().stream()
                            .map(d -> d.withValue(Value.of(((NumericValue) d.value()).amount()
                                .add(BigDecimal.valueOf(extra)))))
                            .toList()));
              }
              IndicatorProgress before = calc.indicator(i, h.asOf());
              IndicatorProgress after = calc.indicator(i.withPeriods(more), h.asOf());
              if (before.plan().ratio().isPresent()) {
                assertTrue(
                    before.plan().ratio().get().compareTo(after.plan().ratio().orElseThrow()) <= 0,
                    h::toString);
              }
            });
  }

  @Test
  void everyIndicatorOfAGeneratedFrameworkHasProgressAndEveryResultARollUp() {
    qt().withExamples(50)
        .forAll(RbmGen.frameworks(), RbmGen.dateRanges(), enumValues(RollUpPolicy.Kind.class))
        .checkAssert(
            (f, dates, kind) -> {
              LocalDate asOf = dates.start();
              ProgressReport p =
                  calculator(AchievementMethod.RELATIVE_TO_BASELINE, true).report(f, asOf);
              assertEquals(f.indicators(), p.indicators().stream().map(IndicatorProgress::indicator).toList());
              RollUp r = p.rollUp(policy(kind));
              for (Result result : f.resultsInTreeOrder()) {
                ResultRollUp up = r.result(result.id()).orElseThrow();
                List<Indicator> below = f.indicatorsBelow(result.id());
                assertEquals(below.size(), up.indicatorCount());
                if (below.size() == 1) {
                  assertEquals(p.indicator(below.get(0).id()).orElseThrow().status(), up.status());
                }
              }
              PerformanceTable t = p.table();
              assertEquals(f.resultsInTreeOrder().size(), t.groups().size());
              assertEquals(
                  f.indicators().size(),
                  t.groups().stream().mapToInt(g -> g.rows().size()).sum());
            });
  }

  private static RollUpPolicy policy(RollUpPolicy.Kind kind) {
    return switch (kind) {
      case WORST_STATUS -> RollUpPolicy.worstStatus();
      case SHARE_ON_TRACK -> RollUpPolicy.shareOnTrack(new BigDecimal("0.75"));
      case WEIGHTED_MEAN -> RollUpPolicy.weightedMean(Map.of());
    };
  }

  @Test
  void historiesAreAValidInputForEverySetting() {
    qt().forAll(RbmGen.observationsOverTime(), enumValues(AchievementMethod.class))
        .checkAssert(
            (IndicatorHistory h, AchievementMethod method) ->
                assertEquals(h.asOf(), calculator(method, true).indicator(h.indicator(), h.asOf()).asOf()));
  }
}
