package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.frac;
import static org.rbm.core.progress.Fixtures.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.results.ResultsFramework;

/** The law of a yearly table over quarterly indicators: each year is its quarters' plan totals. */
class FrequencyRollUpPropertiesTest {
  private static final int YEARS = 2;
  private static final Gen<List<Integer>> EIGHT = lists().of(range(1, 10_000)).ofSize(4 * YEARS);
  /** 0: a count, 1: a cumulative count, 2: a percentage given as fractions. */
  private static final Gen<Integer> KINDS = range(0, 2);
  /** As-of dates from 1 January 2024 to 30 June 2026, days after the first. */
  private static final Gen<Integer> DAYS = range(0, 911);

  private static List<IndicatorPeriod> quarters(
      int kind, List<Integer> targets, List<Integer> actuals, int fromQuarter, int count) {
    List<IndicatorPeriod> periods = new ArrayList<>();
    for (int i = fromQuarter; i < fromQuarter + count; i++) {
      DateRange q = DateRange.ofQuarter(2024 + i / 4, i % 4 + 1);
      Value target = Value.of(targets.get(i));
      // Every third quarter has no actual, to roll up gaps too.
      @Nullable Value actual =
          i % 3 == 2
              ? null
              : kind == 2 ? frac(actuals.get(i) % 100, 100) : Value.of(actuals.get(i));
      periods.add(period(q, target, actual));
    }
    return periods;
  }

  private static Indicator indicator(int kind, List<IndicatorPeriod> periods) {
    return Fixtures.indicator(
            "Q", kind == 2 ? Measure.PERCENTAGE : Measure.COUNT, Direction.INCREASE)
        .cumulative(kind == 1)
        .addAllPeriods(periods)
        .build();
  }

  @Test
  void eachYearOfAYearlyTableIsThePlanTotalOfItsQuarters() {
    qt().forAll(KINDS, EIGHT, EIGHT, DAYS)
        .checkAssert(
            (kind, targets, actuals, days) -> {
              LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(days);
              Indicator all = indicator(kind, quarters(kind, targets, actuals, 0, 4 * YEARS));
              PerformanceTable table =
                  ProgressCalculator.of(PERCENT)
                      .report(Fixtures.framework(all), asOf)
                      .table(PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR));
              PerformanceRow row = table.groups().get(0).rows().get(0);
              for (int y = 0; y < YEARS; y++) {
                DateRange year = DateRange.ofYear(2024 + y);
                ResultsFramework alone =
                    Fixtures.framework(indicator(kind, quarters(kind, targets, actuals, 4 * y, 4)));
                PlanProgress plan =
                    ProgressCalculator.of(PERCENT).report(alone, asOf).indicators().get(0).plan();
                PeriodProgress cell = requireNonNull(row.periods().get(year));
                assertEquals(plan.planTarget(), cell.target());
                assertEquals(plan.actualToDate(), cell.actual());
                assertEquals(plan.ratio(), cell.ratio());
                assertEquals(plan.status(), cell.status());
              }
            });
  }

  @Test
  void aCompletedYearOfACountIsTheSumOfItsQuarters() {
    qt().forAll(EIGHT, EIGHT)
        .checkAssert(
            (targets, actuals) -> {
              Indicator count = indicator(0, quarters(0, targets, actuals, 0, 4 * YEARS));
              PerformanceTable table =
                  ProgressCalculator.of(PERCENT)
                      .report(Fixtures.framework(count), LocalDate.of(2026, 1, 1))
                      .table(PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR));
              PerformanceRow row = table.groups().get(0).rows().get(0);
              for (int y = 0; y < YEARS; y++) {
                long target = 0;
                long actual = 0;
                for (int i = 4 * y; i < 4 * y + 4; i++) {
                  target += targets.get(i);
                  actual += i % 3 == 2 ? 0 : actuals.get(i);
                }
                PeriodProgress cell = requireNonNull(row.periods().get(DateRange.ofYear(2024 + y)));
                assertEquals(Optional.of(Value.of(target)), cell.target());
                assertEquals(Optional.of(Value.of(actual)), cell.actual());
              }
            });
  }
}
