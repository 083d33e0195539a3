package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * When a milestone is due: a whole year, such as {@code 2008} (the ILO's roadmap gives years), or a
 * day, such as {@code 2008-06-30}.
 *
 * <p>A milestone due in a year is due by the end of it: its {@linkplain #deadline() deadline} is 31
 * December. Dues are ordered by deadline; a year comes before the day that is its deadline, so that
 * the order agrees with {@code equals}. {@link #toString()} prints {@code 2008} or {@code
 * 2008-06-30} and {@link #parse} reads exactly those forms back. Immutable and thread-safe.
 */
public final class Due implements Comparable<Due> {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String EXPECTED = "a year such as 2008 or an ISO date such as 2008-06-30";
  private static final Comparator<Due> ORDER =
      Comparator.comparing(Due::deadline).thenComparing(Due::isYear, Comparator.reverseOrder());

  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1000;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 9999;

  private final int year;
  private final @Nullable LocalDate date;

  private Due(int year, @Nullable LocalDate date) {
    this.year = year;
    this.date = date;
  }

  /**
   * Returns a due year: the milestone is due by the end of that year.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the due year
   * @throws InvalidValueException if the year is out of range
   */
  public static Due ofYear(int year) {
    checkYear("due", year, year);
    return new Due(year, null);
  }

  /**
   * Returns a due date: the milestone is due by the end of that day.
   *
   * @param date the day, in a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the due date
   * @throws InvalidValueException if the year is out of range
   */
  public static Due of(LocalDate date) {
    requireNonNull(date, "date");
    checkYear("due", date.getYear(), date);
    return new Due(date.getYear(), date);
  }

  private static void checkYear(String field, int year, Object value) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          field, value, "a year from " + MIN_YEAR + " to " + MAX_YEAR);
    }
  }

  /**
   * Reads a due year ({@code 2008}) or a due date ({@code 2008-06-30}).
   *
   * @param text the text to parse
   * @return the due
   * @throws RbmParseException if the text has another form
   */
  public static Due parse(CharSequence text) {
    String s = text.toString();
    try {
      if (YEAR.matcher(s).matches()) {
        return ofYear(Integer.parseInt(s));
      }
      if (s.length() == 10) {
        return of(LocalDate.parse(s));
      }
    } catch (DateTimeParseException e) {
      throw new RbmParseException("due", text, EXPECTED);
    } catch (InvalidValueException e) {
      throw new RbmParseException("due", text, e);
    }
    throw new RbmParseException("due", text, EXPECTED);
  }

  /**
   * Tells whether the milestone is due in a whole year rather than on a day.
   *
   * @return whether this is a due year
   */
  public boolean isYear() {
    return date == null;
  }

  /**
   * Returns the year the milestone is due in: the year itself, or the year of the due date.
   *
   * @return the year, such as 2008
   */
  public int year() {
    return year;
  }

  /**
   * Returns the due date, for a due given as a day.
   *
   * @return the day; empty for a due year
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the last day by which the milestone is due: the due date, or 31 December of the due
   * year.
   *
   * @return the deadline
   */
  public LocalDate deadline() {
    return date != null ? date : LocalDate.of(year, 12, 31);
  }

  /**
   * Tells whether this due ends later than another: its deadline is after the other's.
   *
   * @param other the due to compare with
   * @return whether this deadline is strictly after the other's; {@code 2008-12-31} is not later
   *     than {@code 2008}
   */
  public boolean isLaterThan(Due other) {
    return deadline().isAfter(other.deadline());
  }

  /**
   * Tells whether the milestone would be late on a day: the day is after the deadline.
   *
   * @param day the day
   * @return whether {@code day} is after {@link #deadline()}
   */
  public boolean isPassedOn(LocalDate day) {
    return day.isAfter(deadline());
  }

  /** Orders dues by deadline; a year comes before the day that is its deadline. */
  @Override
  public int compareTo(Due other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Due that && that.year == year && Objects.equals(that.date, date);
  }

  @Override
  public int hashCode() {
    return date != null ? date.hashCode() : year;
  }

  /** Returns {@code 2008} or {@code 2008-06-30}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return date != null ? date.toString() : Integer.toString(year);
  }
}
