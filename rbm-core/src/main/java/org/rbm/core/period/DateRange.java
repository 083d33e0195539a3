package org.rbm.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * A closed range of dates, such as {@code 2008-01-01/2008-12-31}: both the start and the end day
 * belong to it, and a range of one day ({@code 2008-03-31/2008-03-31}) is allowed. Reporting
 * periods of indicators are date ranges.
 *
 * <p>{@link #toString()} prints the ISO-8601 interval form {@code start/end} and {@link #parse}
 * reads exactly that form back. Immutable and thread-safe.
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
   * Reads a range in the form {@code start/end}, such as {@code 2008-01-01/2009-12-31}.
   *
   * @param text the text to parse
   * @return the range
   * @throws RbmParseException if the text is not two ISO dates separated by {@code /}, or if the end
   *     is before the start
   */
  public static DateRange parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new RbmParseException("date range", text, "two ISO dates as start/end");
    }
    try {
      return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new RbmParseException("date range", text, "two ISO dates as start/end");
    } catch (InvalidValueException e) {
      throw new RbmParseException("date range", text, e);
    }
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

  /** Returns {@code start/end}, such as {@code 2008-01-01/2008-12-31}; {@link #parse} reads it. */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
