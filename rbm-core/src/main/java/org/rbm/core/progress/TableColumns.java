package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.ReportingCalendar;

/**
 * The period columns of a table in one frequency: which column each of an indicator's periods
 * belongs to (see {@link PerformanceTableOptions}). Constant time per period.
 */
final class TableColumns {
  private final @Nullable PeriodUnit unit;
  private final ReportingCalendar calendar;

  private TableColumns(@Nullable PeriodUnit unit, ReportingCalendar calendar) {
    this.unit = unit;
    this.calendar = calendar;
  }

  /** The columns the options ask for, the framework's most common frequency by default. */
  static TableColumns of(PerformanceTableOptions options, ImmutableList<Indicator> indicators) {
    ReportingCalendar calendar = options.calendar();
    return new TableColumns(
        options.frequency().orElseGet(() -> mostCommon(indicators, calendar)), calendar);
  }

  /**
   * The unit most indicators report in, by their stated frequency or, failing that, by the unit all
   * their periods are one period of; the longer unit on a tie; null if no indicator tells.
   */
  private static @Nullable PeriodUnit mostCommon(
      ImmutableList<Indicator> indicators, ReportingCalendar calendar) {
    Map<PeriodUnit, Integer> votes = new EnumMap<>(PeriodUnit.class);
    for (Indicator indicator : indicators) {
      Optional<PeriodUnit> stated =
          indicator.reportingFrequency().flatMap(ReportingFrequency::periodUnit);
      @Nullable PeriodUnit u = stated.isPresent() ? stated.get() : unitOf(indicator, calendar);
      if (u != null) {
        votes.merge(u, 1, Integer::sum);
      }
    }
    @Nullable PeriodUnit best = null;
    int most = 0;
    // In the enum's order, shortest first: ">=" lets a longer unit win a tie.
    for (Map.Entry<PeriodUnit, Integer> e : votes.entrySet()) {
      if (e.getValue() >= most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The unit every period of the indicator is exactly one period of, or null. */
  private static @Nullable PeriodUnit unitOf(Indicator indicator, ReportingCalendar calendar) {
    if (indicator.periods().isEmpty()) {
      return null;
    }
    for (PeriodUnit u : PeriodUnit.values()) {
      boolean all = true;
      for (IndicatorPeriod p : indicator.periods()) {
        if (!p.period().equals(holding(calendar, u, p.period().start()))) {
          all = false;
          break;
        }
      }
      if (all) {
        return u;
      }
    }
    return null;
  }

  /** The period of {@code unit} that holds the day, or null beyond the years a date can hold. */
  private static @Nullable DateRange holding(
      ReportingCalendar calendar, PeriodUnit unit, java.time.LocalDate day) {
    try {
      return calendar.periods(unit, DateRange.of(day)).get(0);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * The column a period of an indicator is shown in: the period of the frequency that holds it, or
   * the period itself when it is longer or straddles two (or when there is no frequency).
   */
  DateRange columnOf(DateRange period) {
    if (unit == null) {
      return period;
    }
    @Nullable DateRange column = holding(calendar, unit, period.start());
    return column != null && column.encloses(period) ? column : period;
  }
}
