package org.rbm.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * A closed range of dates, such as {@code 2008-01-01/2008-12-31}: both the start and the end day
 * belong to it, and a range of one day ({@code 2008-03-31/2008-03-31}) is allowed. Reporting
 * periods of indicators are date ranges.
 *
 * <p>Factories name the usual periods: {@link #ofYear years}, {@link #ofHalfYear half-years},
 * {@link #ofQuarter quarters}, {@link #ofMonth months}, {@link #ofFiscalYear fiscal years} that
 * start in another month than January, {@link #ofMonths project periods of whole months} (April
 * 2024 to March 2027), single {@link #of(LocalDate) days}, and {@code java.time}'s {@link
 * #of(Year) Year} and {@link #of(YearMonth) YearMonth}; {@link #toYear()}, {@link #toYearMonth()}
 * and {@link #toDay()} convert back.
 *
 * <p>{@link #toString()} prints the ISO-8601 interval form {@code start/end}; {@link #label()}
 * prints the shortest label ({@code 2024-Q1}, {@code 2024-H2}, {@code 2024-M03}, {@code
 * 2024-04/2027-03}, the ILO's {@code 2008-09}), and {@link #parse} reads both back. Immutable and
 * thread-safe.
 */
public final class DateRange implements Comparable<DateRange> {
  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range from {@code start} to {@code end}, both included.
   *
   * @param start the first day of the range
   * @param end the last day of the range; may equal {@code start}
   * @return the range
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidValueException("end", end, "a date on or after the start " + start);
    }
    return new DateRange(start, end);
  }

  /**
   * Returns the calendar year {@code year} as a range, from 1 January to 31 December.
   *
   * @param year the year, such as 2009
   * @return the range
   * @throws InvalidValueException if the year is outside {@link Year#MIN_VALUE} to {@link
   *     Year#MAX_VALUE}
   */
  public static DateRange ofYear(int year) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new InvalidValueException(
          "year", year, "a year from " + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
    }
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Reads a range from its ISO interval form {@code start/end} ({@code 2008-01-01/2009-12-31}) or
   * from a {@linkplain #label() label}: {@code 2024} (a year), {@code 2008-09} and {@code 2010-15}
   * (whole years in the ILO's notation, as {@link PlanningPeriod#parse} reads them), {@code 2024-H2}
   * (a half-year), {@code 2024-Q1} (a quarter), {@code 2024-M03} (a month), {@code 2024-04/2027-03}
   * (whole months, such as a project period) or {@code 2024-03-15} (one day). Fiscal labels such as
   * {@code FY2024/25} depend on the month the fiscal year starts in: {@link ReportingCalendar#parse}
   * reads them. Time linear in the text; text longer than 64 characters is refused before it is read.
   *
   * @param text the text to parse
   * @return the range
   * @throws RbmParseException if the text has none of these forms, names a month, quarter or
   *     half-year that does not exist, or if the end is before the start
   */
  public static DateRange parse(CharSequence text) {
    return PeriodLabels.parse(text);
  }

  /**
   * Returns the year as a range, such as {@code 2024} for {@code Year.of(2024)}.
   *
   * @param year the year
   * @return 1 January to 31 December of the year
   */
  public static DateRange of(Year year) {
    return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Returns the month as a range, such as {@code 2024-M03} for {@code YearMonth.of(2024, 3)}.
   *
   * @param month the month
   * @return its first to its last day
   */
  public static DateRange of(YearMonth month) {
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns the range of one day, such as {@code 2024-03-15}.
   *
   * @param day the day
   * @return the range from the day to the same day
   */
  public static DateRange of(LocalDate day) {
    return new DateRange(requireNonNull(day, "day"), day);
  }

  /**
   * Returns the month {@code month} of {@code year}, such as {@code 2024-M03} for (2024, 3).
   *
   * @param year the year, from {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @param month the month, from 1 to 12
   * @return the month's days
   * @throws InvalidValueException if the year or the month is out of range
   */
  public static DateRange ofMonth(int year, int month) {
    return ofParts(year, "month", month, 12, 1);
  }

  /**
   * Returns the calendar quarter, such as {@code 2024-Q2} (April to June 2024) for (2024, 2).
   *
   * @param year the year, from {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @param quarter the quarter, from 1 to 4
   * @return the quarter's days
   * @throws InvalidValueException if the year or the quarter is out of range
   */
  public static DateRange ofQuarter(int year, int quarter) {
    return ofParts(year, "quarter", quarter, 4, 3);
  }

  /**
   * Returns the calendar half-year, such as {@code 2024-H2} (July to December 2024) for (2024, 2).
   *
   * @param year the year, from {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE}
   * @param half 1 for January to June, 2 for July to December
   * @return the half-year's days
   * @throws InvalidValueException if the year or the half is out of range
   */
  public static DateRange ofHalfYear(int year, int half) {
    return ofParts(year, "half", half, 2, 6);
  }

  /**
   * Returns the twelve months from the start of {@code startMonth} in {@code firstYear}, such as 1
   * July 2024 to 30 June 2025 for (2024, JULY): the fiscal year {@code FY2024/25} of a {@link
   * ReportingCalendar} whose year starts in July. With {@code JANUARY} it is the calendar year.
   *
   * @param firstYear the year in which the fiscal year starts
   * @param startMonth the month in which fiscal years start
   * @return the fiscal year's days
   * @throws InvalidValueException if the fiscal year does not lie within {@link Year#MIN_VALUE}
   *     and {@link Year#MAX_VALUE}
   */
  public static DateRange ofFiscalYear(int firstYear, Month startMonth) {
    requireNonNull(startMonth, "startMonth");
    int lastYear = startMonth == Month.JANUARY ? Year.MAX_VALUE : Year.MAX_VALUE - 1;
    if (firstYear < Year.MIN_VALUE || firstYear > lastYear) {
      throw new InvalidValueException(
          "firstYear", firstYear, "a year from " + Year.MIN_VALUE + " to " + lastYear);
    }
    YearMonth first = YearMonth.of(firstYear, startMonth);
    return ofMonths(first, first.plusMonths(11));
  }

  /**
   * Returns the whole months from {@code first} to {@code last}, such as the project period {@code
   * 2024-04/2027-03}: 1 April 2024 to 31 March 2027.
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the first day of {@code first} to the last day of {@code last}
   * @throws InvalidValueException if {@code last} is before {@code first}
   */
  public static DateRange ofMonths(YearMonth first, YearMonth last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidValueException("last", last, "a month on or after the first month " + first);
    }
    return new DateRange(first.atDay(1), last.atEndOfMonth());
  }

  private static DateRange ofParts(int year, String field, int number, int count, int months) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new InvalidValueException(
          "year", year, "a year from " + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
    }
    if (number < 1 || number > count) {
      throw new InvalidValueException(field, number, "a " + field + " from 1 to " + count);
    }
    YearMonth first = YearMonth.of(year, (number - 1) * months + 1);
    return new DateRange(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
  }

  /**
   * Returns the year this range is, if it is exactly one calendar year.
   *
   * @return the year, or empty if the range is not 1 January to 31 December of one year
   */
  public Optional<Year> toYear() {
    Year year = Year.from(start);
    return equals(of(year)) ? Optional.of(year) : Optional.empty();
  }

  /**
   * Returns the month this range is, if it is exactly one calendar month.
   *
   * @return the month, or empty if the range is not the first to the last day of one month
   */
  public Optional<YearMonth> toYearMonth() {
    YearMonth month = YearMonth.from(start);
    return equals(of(month)) ? Optional.of(month) : Optional.empty();
  }

  /**
   * Returns the day this range is, if it is one day long.
   *
   * @return the day, or empty if the range is longer
   */
  public Optional<LocalDate> toDay() {
    return start.equals(end) ? Optional.of(start) : Optional.empty();
  }

  /**
   * Returns the shortest label {@link #parse} reads back as this range: {@code 2024} for a year,
   * {@code 2008-09} for whole calendar years (the ILO's notation), {@code 2024-H2}, {@code
   * 2024-Q1} and {@code 2024-M03} for a half-year, a quarter and a month, {@code 2024-04/2027-03}
   * for other whole months, {@code 2024-03-15} for one day, and the ISO interval ({@link
   * #toString()}) for anything else and for years outside 1000 to 9999. Fiscal labels come from
   * {@link ReportingCalendar#label}.
   *
   * @return the label
   */
  public String label() {
    return PeriodLabels.label(this);
  }

  /**
   * Returns the first day.
   *
   * @return the start, included in the range
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the end, included in the range
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days in the range, counting both ends: 1 for a one-day range.
   *
   * @return the length in days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Tells whether the day lies in the range, ends included.
   *
   * @param date the day
   * @return whether {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Tells whether the other range lies wholly within this one, ends included.
   *
   * @param other the other range
   * @return whether every day of {@code other} lies in this range
   */
  public boolean encloses(DateRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Tells whether the two ranges share at least one day. Ranges that only touch ({@code
   * 2008-01-01/2008-06-30} and {@code 2008-07-01/2008-12-31}) do not overlap.
   *
   * @param other the other range
   * @return whether some day lies in both
   */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** Orders ranges by start, then by end. */
  @Override
  public int compareTo(DateRange other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DateRange that
        && that.start.equals(start)
        && that.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns {@code start/end}, such as {@code 2008-01-01/2008-12-31}; {@link #parse} reads it. For
   * the short form, see {@link #label()}.
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
