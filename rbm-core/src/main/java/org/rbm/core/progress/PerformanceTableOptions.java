package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.ReportingCalendar;

/**
 * How a {@link PerformanceTable} is laid out, as TolaData's IPTT lets one choose: the reporting
 * frequency of its period columns, a date window, or the plan totals only, such as {@code
 * PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR).withWindow(DateRange.ofYear(2024))}.
 *
 * <ul>
 *   <li><b>Frequency</b>: one column group per period of a {@link PeriodUnit}, aligned to the
 *       {@linkplain #calendar() calendar}'s (fiscal) years. By default, the framework's most common
 *       frequency: each indicator counts once, by the unit of its stated {@linkplain
 *       org.rbm.core.indicators.Indicator#reportingFrequency() reporting frequency}, or, if it states
 *       none, by the unit all its periods are one period of; a tie goes to the longer unit; a
 *       framework where no indicator counts shows every period as given. An indicator's periods
 *       shorter than the frequency are rolled up into the column that holds them, by the rules of
 *       the plan's totals ({@link PlanProgress}: sums, the latest value, pooled fractions); a
 *       period that is one period of the frequency is shown as given; a longer period, or one that
 *       straddles two columns (a biennium in a yearly table), keeps a column of its own.
 *   <li><b>Window</b>: columns that share no day with the window are dropped; the plan's columns
 *       stay those of the whole plan.
 *   <li><b>Plan totals only</b>: no period columns at all.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class PerformanceTableOptions {
  private static final PerformanceTableOptions DEFAULTS =
      new PerformanceTableOptions(
          null, ReportingCalendar.CALENDAR_YEAR, null, false);

  private final @Nullable PeriodUnit frequency;
  private final ReportingCalendar calendar;
  private final @Nullable DateRange window;
  private final boolean planTotalsOnly;

  private PerformanceTableOptions(
      @Nullable PeriodUnit frequency,
      ReportingCalendar calendar,
      @Nullable DateRange window,
      boolean planTotalsOnly) {
    this.frequency = frequency;
    this.calendar = calendar;
    this.window = window;
    this.planTotalsOnly = planTotalsOnly;
  }

  /**
   * Returns the defaults: the framework's most common frequency in calendar years, no window, the
   * period columns shown.
   *
   * @return the default options
   */
  public static PerformanceTableOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the frequency of the period columns.
   *
   * @return the unit of each column, or empty for the framework's most common frequency
   */
  public Optional<PeriodUnit> frequency() {
    return Optional.ofNullable(frequency);
  }

  /**
   * Returns the calendar the columns are aligned to.
   *
   * @return the calendar; {@link ReportingCalendar#CALENDAR_YEAR} by default
   */
  public ReportingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the date window.
   *
   * @return the window, or empty to show every column
   */
  public Optional<DateRange> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Tells whether only the plan's columns are shown.
   *
   * @return whether the period columns are left out; {@code false} by default
   */
  public boolean planTotalsOnly() {
    return planTotalsOnly;
  }

  /**
   * Returns a copy with one column group per period of {@code unit}.
   *
   * @param unit the length of each column's period, such as {@code YEAR}
   * @return the copy
   */
  public PerformanceTableOptions withFrequency(PeriodUnit unit) {
    return new PerformanceTableOptions(
        requireNonNull(unit, "unit"), calendar, window, planTotalsOnly);
  }

  /**
   * Returns a copy whose columns follow the framework's most common frequency (the default).
   *
   * @return the copy
   */
  public PerformanceTableOptions withMostCommonFrequency() {
    return new PerformanceTableOptions(null, calendar, window, planTotalsOnly);
  }

  /**
   * Returns a copy whose columns are aligned to another calendar, such as fiscal years starting in
   * July.
   *
   * @param calendar the calendar
   * @return the copy
   */
  public PerformanceTableOptions withCalendar(ReportingCalendar calendar) {
    return new PerformanceTableOptions(
        frequency, requireNonNull(calendar, "calendar"), window, planTotalsOnly);
  }

  /**
   * Returns a copy that shows only the columns sharing a day with {@code window}.
   *
   * @param window the days to show
   * @return the copy
   */
  public PerformanceTableOptions withWindow(DateRange window) {
    return new PerformanceTableOptions(
        frequency, calendar, requireNonNull(window, "window"), planTotalsOnly);
  }

  /**
   * Returns a copy that shows every column (the default).
   *
   * @return the copy
   */
  public PerformanceTableOptions withoutWindow() {
    return new PerformanceTableOptions(frequency, calendar, null, planTotalsOnly);
  }

  /**
   * Returns a copy that shows only the plan's columns, or the period columns too.
   *
   * @param planTotalsOnly whether to leave the period columns out
   * @return the copy
   */
  public PerformanceTableOptions withPlanTotalsOnly(boolean planTotalsOnly) {
    return new PerformanceTableOptions(frequency, calendar, window, planTotalsOnly);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PerformanceTableOptions that
        && frequency == that.frequency
        && calendar.equals(that.calendar)
        && Objects.equals(window, that.window)
        && planTotalsOnly == that.planTotalsOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequency, calendar, window, planTotalsOnly);
  }

  @Override
  public String toString() {
    return "PerformanceTableOptions{frequency="
        + (frequency == null ? "most common" : frequency)
        + ", calendar="
        + calendar
        + ", window="
        + (window == null ? "none" : window.label())
        + ", planTotalsOnly="
        + planTotalsOnly
        + "}";
  }
}
