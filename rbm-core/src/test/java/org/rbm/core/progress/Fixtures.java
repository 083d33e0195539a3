package org.rbm.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** Small builders for the indicators of the tests. */
final class Fixtures {
  static final ProgressSettings PERCENT = ProgressSettings.defaults();
  static final ProgressSettings RELATIVE =
      ProgressSettings.builder().method(AchievementMethod.RELATIVE_TO_BASELINE).build();

  private Fixtures() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Value n(String s) {
    return Value.of(d(s));
  }

  static Value frac(long numerator, long denominator) {
    return Value.fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** A period of a calendar year with the given total target and actual, either may be null. */
  static IndicatorPeriod year(int year, @Nullable Value target, @Nullable Value actual) {
    return period(DateRange.ofYear(year), target, actual);
  }

  static IndicatorPeriod period(DateRange range, @Nullable Value target, @Nullable Value actual) {
    IndicatorPeriod.Builder p = IndicatorPeriod.builder().period(range);
    if (target != null) {
      p.addTarget(DataPoint.of(target));
    }
    if (actual != null) {
      p.addActual(DataPoint.of(actual));
    }
    return p.build();
  }

  /** An indicator builder with id, title, measure and direction set. */
  static Indicator.Builder indicator(String id, Measure measure, Direction direction) {
    Indicator.Builder b =
        Indicator.builder().id(IndicatorId.of(id)).title("Indicator " + id).measure(measure);
    b.direction(direction);
    return b;
  }

  /** A count indicator with a baseline (null: none) and the given periods. */
  static Indicator count(
      Direction direction, @Nullable String baseline, IndicatorPeriod... periods) {
    Indicator.Builder b = indicator("IND-1", Measure.COUNT, direction).addPeriods(periods);
    if (baseline != null) {
      b.baseline(Baseline.of(n(baseline)));
    }
    return b.build();
  }

  /** A framework with one immediate outcome measured by the given indicators. */
  static ResultsFramework framework(Indicator... indicators) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("FW"))
        .title("Test framework")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2010))
        .levelScheme(LevelScheme.of("one level", "result"))
        .addResult(
            Result.builder()
                .id(ResultId.of("R1"))
                .level("result")
                .title("The only result")
                .addIndicators(indicators)
                .build())
        .build();
  }

  /** The progress of the only period of a one-period count indicator of 2008, as of 2009-01-01. */
  static PeriodProgress onePeriod(
      ProgressSettings settings,
      Direction direction,
      @Nullable String baseline,
      @Nullable String target,
      @Nullable String actual) {
    Indicator indicator =
        count(
            direction,
            baseline,
            year(2008, target == null ? null : n(target), actual == null ? null : n(actual)));
    return ProgressCalculator.of(settings)
        .indicator(indicator, date("2009-01-01"))
        .periods()
        .get(0);
  }
}
