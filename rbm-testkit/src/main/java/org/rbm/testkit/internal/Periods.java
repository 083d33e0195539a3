package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;

/** Draws planning periods and date ranges, and cuts a planning period into reporting periods. */
public final class Periods {
  private Periods() {}

  /**
   * Draws a planning period.
   *
   * @param in the randomness
   * @param firstYearMin the earliest first year
   * @param firstYearMax the latest first year
   * @param lengthMin the fewest years
   * @param lengthMax the most years
   * @param evenStart whether the first year is even, as in the ILO's bienniums (2008-09, 2010-11)
   * @return the period
   */
  public static PlanningPeriod planningPeriod(
      RandomnessSource in,
      int firstYearMin,
      int firstYearMax,
      int lengthMin,
      int lengthMax,
      boolean evenStart) {
    int first;
    if (evenStart) {
      int lowest = firstYearMin + Math.floorMod(firstYearMin, 2);
      first = lowest + 2 * Draw.between(in, 0, Math.max(0, (firstYearMax - lowest) / 2));
    } else {
      first = Draw.between(in, firstYearMin, firstYearMax);
    }
    int length = Draw.between(in, lengthMin, lengthMax);
    return PlanningPeriod.of(first, first + length - 1);
  }

  /**
   * Draws a date range within the bounds, of at most {@code maxDays} days.
   *
   * @param in the randomness
   * @param bounds the days the range lies in
   * @param maxDays the most days, at least 1
   * @return the range; shrinks towards the first day of the bounds, one day long
   */
  public static DateRange dateRange(RandomnessSource in, DateRange bounds, long maxDays) {
    long days = bounds.lengthInDays();
    long offset = Draw.between(in, 0L, days - 1);
    long extra = Draw.between(in, 0L, Math.min(maxDays - 1, days - 1 - offset));
    LocalDate start = bounds.start().plusDays(offset);
    return DateRange.of(start, start.plusDays(extra));
  }

  /**
   * Draws a date within the range.
   *
   * @param in the randomness
   * @param range the range
   * @return a day of the range
   */
  public static LocalDate date(RandomnessSource in, DateRange range) {
    return range.start().plusDays(Draw.between(in, 0L, range.lengthInDays() - 1));
  }

  /**
   * Cuts a planning period into {@code count} consecutive reporting periods that cover it without
   * gaps or overlaps: whole months when the months divide evenly (years, half-years, quarters),
   * otherwise nearly equal runs of days.
   *
   * @param period the planning period
   * @param count how many reporting periods, at least 1 and at most the number of days
   * @return the reporting periods, in order
   */
  public static ImmutableList<DateRange> split(PlanningPeriod period, int count) {
    DateRange whole = period.toDateRange();
    int months = 12 * period.lengthInYears();
    ImmutableList.Builder<DateRange> out = ImmutableList.builderWithExpectedSize(count);
    if (months % count == 0) {
      int each = months / count;
      for (int j = 0; j < count; j++) {
        LocalDate start = whole.start().plusMonths((long) j * each);
        out.add(DateRange.of(start, start.plusMonths(each).minusDays(1)));
      }
    } else {
      long days = whole.lengthInDays();
      for (int j = 0; j < count; j++) {
        LocalDate start = whole.start().plusDays(j * days / count);
        LocalDate end = whole.start().plusDays((j + 1) * days / count - 1);
        out.add(DateRange.of(start, end));
      }
    }
    return out.build();
  }

  /**
   * Returns the reporting frequency of {@link #split}'s periods.
   *
   * @param period the planning period
   * @param count how many reporting periods
   * @return the frequency: monthly to biennial for whole months, life of programme for one period
   *     that fits none of those, event otherwise
   */
  public static ReportingFrequency frequency(PlanningPeriod period, int count) {
    int months = 12 * period.lengthInYears();
    ReportingFrequency other =
        count == 1 ? ReportingFrequency.LIFE_OF_PROGRAMME : ReportingFrequency.EVENT;
    if (months % count != 0) {
      return other;
    }
    return switch (months / count) {
      case 1 -> ReportingFrequency.MONTHLY;
      case 3 -> ReportingFrequency.QUARTERLY;
      case 4 -> ReportingFrequency.TRI_ANNUAL;
      case 6 -> ReportingFrequency.SEMI_ANNUAL;
      case 12 -> ReportingFrequency.ANNUAL;
      case 24 -> ReportingFrequency.BIENNIAL;
      default -> other;
    };
  }
}
