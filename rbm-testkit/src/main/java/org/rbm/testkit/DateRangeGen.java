package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.testkit.internal.Periods;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates closed date ranges, same-day ranges included. By default ranges within 2000-01-01 to
 * 2030-12-31 of up to two years (731 days).
 *
 * <pre>{@code
 * Gen<DateRange> inBiennium = RbmGen.dateRanges().within(PlanningPeriod.parse("2008-09"));
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards a one-day range on the first
 * day of the bounds.
 */
public final class DateRangeGen implements SeededGen<DateRange> {
  static final DateRange DEFAULT_BOUNDS =
      DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));

  private final DateRange bounds;
  private final long maxDays;

  DateRangeGen(DateRange bounds, long maxDays) {
    this.bounds = bounds;
    this.maxDays = maxDays;
  }

  /**
   * Returns a generator of ranges that lie within the bounds.
   *
   * @param bounds the days every range lies in
   * @return the generator
   */
  public DateRangeGen within(DateRange bounds) {
    return new DateRangeGen(requireNonNull(bounds, "bounds"), maxDays);
  }

  /**
   * Returns a generator of ranges that lie within the planning period.
   *
   * @param period the period every range lies in
   * @return the generator
   */
  public DateRangeGen within(PlanningPeriod period) {
    return within(period.toDateRange());
  }

  /**
   * Returns a generator of ranges of at most {@code days} days.
   *
   * @param days the most days, at least 1
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if {@code days} is below 1
   */
  public DateRangeGen maxLengthInDays(long days) {
    Ranges.check("maxLengthInDays", days, days, 1, Long.MAX_VALUE);
    return new DateRangeGen(bounds, days);
  }

  @Override
  public DateRange generate(RandomnessSource in) {
    return Periods.dateRange(in, bounds, maxDays);
  }
}
