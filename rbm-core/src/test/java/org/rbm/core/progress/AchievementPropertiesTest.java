package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** The laws of achievement over single indicators, checked with QuickTheories. */
class AchievementPropertiesTest {
  /** Amounts from 0 to 10 000 with two decimals. */
  private static final Gen<BigDecimal> AMOUNTS = range(0, 1_000_000).map(i -> BigDecimal.valueOf(i, 2));
  /** Positive gaps between baseline and target. */
  private static final Gen<BigDecimal> GAPS = range(1, 1_000_000).map(i -> BigDecimal.valueOf(i, 2));
  /** Positive factors from 0.001 to 1000. */
  private static final Gen<BigDecimal> FACTORS =
      range(1, 1000).zip(range(0, 3), (f, scale) -> BigDecimal.valueOf(f, scale));

  /** Performance from worst to best, for the statuses of a judged completed period. */
  private static int rank(ProgressStatus s) {
    return switch (s) {
      case BEHIND -> 1;
      case ON_TRACK -> 2;
      case ACHIEVED -> 3;
      case AHEAD_OF_TARGET -> 4;
      default -> throw new AssertionError("not a judgement on a ratio: " + s);
    };
  }

  private static PeriodProgress judge(
      ProgressSettings s, Direction d, BigDecimal baseline, BigDecimal target, BigDecimal actual) {
    return Fixtures.onePeriod(
        s, d, baseline.toPlainString(), target.toPlainString(), actual.toPlainString());
  }

  @Test
  void forAnIncreasingIndicatorALargerActualNeverLowersAchievement() {
    qt().forAll(AMOUNTS, GAPS, AMOUNTS, AMOUNTS)
        .checkAssert(
            (baseline, gap, x, y) -> {
              BigDecimal target = baseline.add(gap);
              BigDecimal small = x.min(y);
              BigDecimal large = x.max(y);
              for (ProgressSettings s : List.of(Fixtures.PERCENT, Fixtures.RELATIVE)) {
                PeriodProgress lo = judge(s, Direction.INCREASE, baseline, target, small);
                PeriodProgress hi = judge(s, Direction.INCREASE, baseline, target, large);
                assertTrue(lo.ratio().orElseThrow().compareTo(hi.ratio().orElseThrow()) <= 0);
                assertTrue(rank(lo.status()) <= rank(hi.status()), lo + " vs " + hi);
              }
            });
  }

  @Test
  void forADecreasingIndicatorASmallerActualNeverLowersAchievement() {
    qt().forAll(GAPS, GAPS, AMOUNTS, AMOUNTS)
        .checkAssert(
            (target, gap, x, y) -> {
              BigDecimal baseline = target.add(gap);
              BigDecimal small = x.min(y);
              BigDecimal large = x.max(y);
              for (ProgressSettings s : List.of(Fixtures.PERCENT, Fixtures.RELATIVE)) {
                PeriodProgress better = judge(s, Direction.DECREASE, baseline, target, small);
                PeriodProgress worse = judge(s, Direction.DECREASE, baseline, target, large);
                assertTrue(
                    better.score().orElseThrow().compareTo(worse.score().orElseThrow()) >= 0);
                assertTrue(rank(better.status()) >= rank(worse.status()), better + " vs " + worse);
              }
              // By the relative method the ratio itself mirrors; by percent of target it is
              // TolaData's actual/target, which grows with the actual.
              assertTrue(
                  judge(Fixtures.RELATIVE, Direction.DECREASE, baseline, target, small).ratio()
                          .orElseThrow()
                          .compareTo(
                              judge(Fixtures.RELATIVE, Direction.DECREASE, baseline, target, large)
                                  .ratio()
                                  .orElseThrow())
                      >= 0);
            });
  }

  @Test
  void reachingTheTargetGivesAtLeastOneHundredPercent() {
    qt().forAll(AMOUNTS, GAPS, AMOUNTS, enumValues(AchievementMethod.class))
        .checkAssert(
            (low, gap, beyond, method) -> {
              ProgressSettings s = Fixtures.PERCENT.withMethod(method);
              // Increasing: baseline low, target low + gap, actual at or past the target.
              BigDecimal up = low.add(gap);
              PeriodProgress inc = judge(s, Direction.INCREASE, low, up, up.add(beyond));
              assertTrue(inc.ratio().orElseThrow().compareTo(BigDecimal.ONE) >= 0, inc::toString);
              assertTrue(rank(inc.status()) >= rank(ProgressStatus.ACHIEVED), inc::toString);
              // Decreasing: baseline up, target low + 0.01 (positive), actual at or below it.
              BigDecimal target = low.add(new BigDecimal("0.01"));
              BigDecimal actual = target.subtract(beyond.min(target));
              PeriodProgress dec = judge(s, Direction.DECREASE, target.add(gap), target, actual);
              assertTrue(dec.score().orElseThrow().compareTo(BigDecimal.ONE) >= 0, dec::toString);
              assertTrue(rank(dec.status()) >= rank(ProgressStatus.ACHIEVED), dec::toString);
            });
  }

  /** A non-cumulative count over 2008-2010 with a baseline; values scaled by {@code k}. */
  private static Indicator flow(
      Direction direction, List<BigDecimal> values, BigDecimal k, boolean cumulative) {
    return Fixtures.indicator("IND-1", Measure.COUNT, direction)
        .cumulative(cumulative)
        .baseline(Baseline.of(Value.of(values.get(0).multiply(k))))
        .addPeriod(year(2008, Value.of(values.get(1).multiply(k)), Value.of(values.get(2).multiply(k))))
        .addPeriod(year(2009, Value.of(values.get(3).multiply(k)), Value.of(values.get(4).multiply(k))))
        .addPeriod(year(2010, Value.of(values.get(5).multiply(k)), Value.of(values.get(6).multiply(k))))
        .build();
  }

  @Test
  void scalingBaselineTargetsAndActualsByTheSameFactorLeavesRatiosUnchanged() {
    Gen<List<BigDecimal>> sevenAmounts =
        range(0, 1000)
            .zip(range(0, 1000), range(0, 1000), range(0, 1000), (a, b, c, e) -> List.of(a, b, c, e))
            .zip(range(0, 1000), range(0, 1000), range(0, 1000), (four, f, g, h) -> {
              List<BigDecimal> all = new ArrayList<>();
              for (int i : List.of(four.get(0), four.get(1), four.get(2), four.get(3), f, g, h)) {
                all.add(BigDecimal.valueOf(i));
              }
              return all;
            });
    qt().forAll(sevenAmounts, FACTORS, enumValues(AchievementMethod.class), enumValues(Direction.class))
        .checkAssert(
            (values, k, method, direction) -> {
              ProgressCalculator calc = ProgressCalculator.of(Fixtures.PERCENT.withMethod(method));
              for (boolean cumulative : new boolean[] {false, true}) {
                IndicatorProgress plain =
                    calc.indicator(flow(direction, values, BigDecimal.ONE, cumulative), date("2010-06-30"));
                IndicatorProgress scaled =
                    calc.indicator(flow(direction, values, k, cumulative), date("2010-06-30"));
                for (int i = 0; i < plain.periods().size(); i++) {
                  assertEquals(plain.periods().get(i).ratio(), scaled.periods().get(i).ratio());
                  assertEquals(plain.periods().get(i).status(), scaled.periods().get(i).status());
                }
                assertEquals(plain.plan().ratio(), scaled.plan().ratio());
                assertEquals(plain.plan().score(), scaled.plan().score());
                assertEquals(plain.status(), scaled.status());
              }
            });
  }

  /** Builds an indicator from the values, periods and actuals shuffled by the seed. */
  private static Indicator recorded(List<Integer> values, long seed) {
    Random random = new Random(seed);
    List<IndicatorPeriod> periods = new ArrayList<>();
    for (int y = 0; y < values.size() / 2; y++) {
      List<DataPoint> actuals = new ArrayList<>();
      int total = values.get(2 * y + 1);
      actuals.add(DataPoint.of(Value.of(total)));
      actuals.add(point(total / 2, "female"));
      actuals.add(point(total - total / 2, "male"));
      Collections.shuffle(actuals, random);
      periods.add(
          IndicatorPeriod.builder()
              .period(DateRange.ofYear(2005 + y))
              .addTarget(DataPoint.of(Value.of(values.get(2 * y))))
              .actuals(actuals)
              .build());
    }
    Collections.shuffle(periods, random);
    return Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
        .addDisaggregationDimension("sex")
        .baseline(Baseline.of(Value.of(3)))
        .periods(periods)
        .build();
  }

  private static DataPoint point(int value, String sex) {
    return DataPoint.builder().value(Value.of(value)).disaggregation(Disaggregation.of("sex", sex)).build();
  }

  @Test
  void resultsDoNotDependOnTheOrderObservationsWereRecorded() {
    Gen<List<Integer>> values =
        range(1, 6).flatMap(years -> lists().of(range(0, 500)).ofSize(2 * years));
    qt().forAll(values, longRange(0, Long.MAX_VALUE), longRange(0, Long.MAX_VALUE),
            enumValues(AchievementMethod.class))
        .checkAssert(
            (v, seed1, seed2, method) -> {
              ProgressCalculator calc =
                  ProgressCalculator.of(Fixtures.PERCENT.withMethod(method).withExpectedTrajectory(true));
              for (String asOf : List.of("2006-07-01", "2011-01-01")) {
                // The indicators differ in the order of their data points; their progress must not.
                IndicatorProgress first = calc.indicator(recorded(v, seed1), date(asOf));
                IndicatorProgress second = calc.indicator(recorded(v, seed2), date(asOf));
                assertEquals(first.periods(), second.periods());
                assertEquals(first.plan(), second.plan());
              }
            });
  }
}
