package org.rbm.core.period;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * The calendar an organisation reports in, given by the month its fiscal year starts in, such as
 * {@code ReportingCalendar.startingIn(Month.JULY)}: its fiscal years ({@code FY2024/25}, 1 July 2024
 * to 30 June 2025), their quarters and halves ({@code FY2024/25-Q3} is January to March 2025), the
 * periods of a {@link PeriodUnit} over a span of time, and the labels of all of them. {@link
 * #CALENDAR_YEAR} starts in January: its fiscal years are calendar years, labelled {@code 2024}.
 *
 * <p>A fiscal year is numbered by the year it starts in. {@link #label} and {@link #parse} are
 * inverses: {@code parse(label(r))} equals {@code r} for every range. Immutable and thread-safe.
 */
public final class ReportingCalendar {
  /** The most periods {@link #periods} returns. */
  public static final int MAX_PERIODS = 10_000;

  /** Fiscal years are calendar years. */
  public static final ReportingCalendar CALENDAR_YEAR = new ReportingCalendar(Month.JANUARY);

  private final Month fiscalYearStart;

  private ReportingCalendar(Month fiscalYearStart) {
    this.fiscalYearStart = fiscalYearStart;
  }

  /**
   * Returns the calendar whose fiscal years start on the first day of {@code month}.
   *
   * @param month the first month of each fiscal year, such as {@code JULY}
   * @return the calendar; {@link #CALENDAR_YEAR} for {@code JANUARY}
   */
  public static ReportingCalendar startingIn(Month month) {
    requireNonNull(month, "month");
    return month == Month.JANUARY ? CALENDAR_YEAR : new ReportingCalendar(month);
  }

  /**
   * Returns the month each fiscal year starts in.
   *
   * @return the month, {@code JANUARY} for calendar years
   */
  public Month fiscalYearStart() {
    return fiscalYearStart;
  }

  /**
   * Returns the fiscal year that starts in {@code firstYear}, such as {@code FY2024/25} (1 July 2024
   * to 30 June 2025) for 2024 in a calendar starting in July.
   *
   * @param firstYear the year the fiscal year starts in
   * @return its days
   * @throws InvalidValueException if the fiscal year does not lie within the years a date can hold
   */
  public DateRange fiscalYear(int firstYear) {
    return DateRange.ofFiscalYear(firstYear, fiscalYearStart);
  }

  /**
   * Returns a quarter of a fiscal year, such as {@code FY2024/25-Q3} (January to March 2025) for
   * (2024, 3) in a calendar starting in July.
   *
   * @param firstYear the year the fiscal year starts in
   * @param quarter the quarter, from 1 to 4
   * @return its days
   * @throws InvalidValueException if the quarter is not 1 to 4, or the year is out of range
   */
  public DateRange fiscalQuarter(int firstYear, int quarter) {
    return partOf(firstYear, "quarter", quarter, 4, 3);
  }

  /**
   * Returns a half of a fiscal year, such as {@code FY2024/25-H2} (January to June 2025) for (2024,
   * 2) in a calendar starting in July.
   *
   * @param firstYear the year the fiscal year starts in
   * @param half 1 or 2
   * @return its days
   * @throws InvalidValueException if the half is not 1 or 2, or the year is out of range
   */
  public DateRange fiscalHalfYear(int firstYear, int half) {
    return partOf(firstYear, "half", half, 2, 6);
  }

  private DateRange partOf(int firstYear, String field, int number, int count, int months) {
    DateRange year = fiscalYear(firstYear);
    if (number < 1 || number > count) {
      throw new InvalidValueException(field, number, "a " + field + " from 1 to " + count);
    }
    YearMonth first = YearMonth.from(year.start()).plusMonths((number - 1L) * months);
    return DateRange.ofMonths(first, first.plusMonths(months - 1L));
  }

  /**
   * Returns the year in which the fiscal year holding {@code date} starts: 2024 for 15 March 2025
   * in a calendar starting in July ({@code FY2024/25}), 2025 in {@link #CALENDAR_YEAR}.
   *
   * @param date the day
   * @return the fiscal year's first year
   */
  public int fiscalYearOf(LocalDate date) {
    return date.getMonthValue() >= fiscalYearStart.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /**
   * Returns the periods of {@code unit} that share a day with {@code span}, in order, each the day
   * after the one before: whole periods aligned to the fiscal year (the first and the last may
   * reach outside the span). The quarters of the project {@code 2024-04/2027-03} in a calendar
   * starting in April are {@code FY2024/25-Q1} to {@code FY2026/27-Q4}, twelve of them. Time and
   * memory linear in the number of periods, which is checked before any is made.
   *
   * @param unit the length of each period
   * @param span the days to cover
   * @return the periods, at least one
   * @throws InvalidValueException if there would be more than {@value #MAX_PERIODS} periods, or a
   *     period would reach beyond the years a date can hold
   */
  public ImmutableList<DateRange> periods(PeriodUnit unit, DateRange span) {
    requireNonNull(unit, "unit");
    requireNonNull(span, "span");
    long offset = fiscalYearStart.getValue() - 1L;
    long firstIndex = Math.floorDiv(PeriodLabels.monthIndex(span.start()) - offset, unit.months());
    long lastIndex = Math.floorDiv(PeriodLabels.monthIndex(span.end()) - offset, unit.months());
    long count = lastIndex - firstIndex + 1;
    if (count > MAX_PERIODS) {
      throw new InvalidValueException(
          "span",
          span,
          "a span of at most " + MAX_PERIODS + " periods of " + unit);
    }
    long firstMonth = firstIndex * unit.months() + offset;
    long lastMonth = (lastIndex + 1) * unit.months() + offset - 1;
    if (Math.floorDiv(firstMonth, 12) < Year.MIN_VALUE
        || Math.floorDiv(lastMonth, 12) > Year.MAX_VALUE) {
      throw new InvalidValueException(
          "span", span, "periods that lie within the years a date can hold");
    }
    ImmutableList.Builder<DateRange> periods = ImmutableList.builderWithExpectedSize((int) count);
    for (long month = firstMonth; month <= lastMonth; month += unit.months()) {
      periods.add(DateRange.ofMonths(yearMonth(month), yearMonth(month + unit.months() - 1)));
    }
    return periods.build();
  }

  private static YearMonth yearMonth(long monthIndex) {
    return YearMonth.of(
        Math.toIntExact(Math.floorDiv(monthIndex, 12)), Math.floorMod(monthIndex, 12) + 1);
  }

  /**
   * Returns the label of {@code range} in this calendar: {@code FY2024/25}, {@code FY2024/25-Q3} or
   * {@code FY2024/25-H1} for a fiscal year, quarter or half-year of a calendar that does not start
   * in January, otherwise {@link DateRange#label()} ({@code 2024-Q1}, {@code 2024-04/2027-03}).
   *
   * @param range the range
   * @return the label, which {@link #parse} reads back
   */
  public String label(DateRange range) {
    return PeriodLabels.fiscalLabel(this, requireNonNull(range, "range"));
  }

  /**
   * Reads a label of this calendar: a fiscal label {@code FY2024/25}, {@code FY2024/25-Q3} or
   * {@code FY2024/25-H1} (the second number the last two digits of the year after the first), or
   * any form {@link DateRange#parse} reads.
   *
   * @param text the text to parse
   * @return the range
   * @throws RbmParseException if the text has none of these forms, if the fiscal year's two years
   *     do not follow each other, or if this calendar starts in January (its years are {@code 2024})
   */
  public DateRange parse(CharSequence text) {
    return PeriodLabels.parseFiscal(this, text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportingCalendar that && that.fiscalYearStart == fiscalYearStart;
  }

  @Override
  public int hashCode() {
    return fiscalYearStart.hashCode();
  }

  /** Returns a description such as {@code fiscal years starting in JULY}. */
  @Override
  public String toString() {
    return "fiscal years starting in " + fiscalYearStart;
  }
}
