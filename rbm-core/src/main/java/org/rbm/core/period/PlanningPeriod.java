package org.rbm.core.period;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * A planning period of whole calendar years in the ILO's notation: a biennium such as {@code
 * 2008-09} (the Programme and Budget), a six-year Strategic Policy Framework such as {@code 2010-15},
 * or a single year such as {@code 2007}.
 *
 * <p>{@link #toString()} prints the ILO notation: the first year in full, then the last year's two
 * final digits ({@code 2010-15}); the last year in full when the period crosses a century ({@code
 * 1999-2000}). {@link #parse} reads that form, and also a last year given in full ({@code
 * 2010-2015}), so {@code parse(p.toString())} equals {@code p}. Immutable and thread-safe.
 */
public final class PlanningPeriod implements Comparable<PlanningPeriod> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2}|\\d{4}))?");
  private static final String EXPECTED =
      "a year (2007) or years in ILO notation (2008-09, 2010-15, 1999-2000)";

  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1000;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 9999;

  private final int firstYear;
  private final int lastYear;

  private PlanningPeriod(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the period from the start of {@code firstYear} to the end of {@code lastYear}.
   *
   * @param firstYear the first year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param lastYear the last year, not before {@code firstYear} and at most {@value #MAX_YEAR}
   * @return the period
   * @throws InvalidValueException if a year is out of range or {@code lastYear} is before {@code
   *     firstYear}
   */
  public static PlanningPeriod of(int firstYear, int lastYear) {
    if (firstYear < MIN_YEAR || firstYear > MAX_YEAR) {
      throw new InvalidValueException(
          "firstYear", firstYear, "a year from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (lastYear < firstYear || lastYear > MAX_YEAR) {
      throw new InvalidValueException(
          "lastYear", lastYear, "a year from the first year " + firstYear + " to " + MAX_YEAR);
    }
    return new PlanningPeriod(firstYear, lastYear);
  }

  /**
   * Returns the biennium that starts in {@code firstYear}, such as {@code 2008-09} for 2008.
   *
   * @param firstYear the first of the two years
   * @return the two-year period
   * @throws InvalidValueException if the years are out of range
   */
  public static PlanningPeriod biennium(int firstYear) {
    return of(firstYear, firstYear + 1);
  }

  /**
   * Reads a period in ILO notation: {@code 2007}, {@code 2008-09}, {@code 2010-15}, {@code
   * 1999-2000} (or {@code 1999-00}), {@code 2010-2015}. A two-digit last year is the first year at
   * or after the first year that ends in those digits.
   *
   * @param text the text to parse
   * @return the period
   * @throws RbmParseException if the text has another form, or the last year is before the first
   */
  public static PlanningPeriod parse(CharSequence text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RbmParseException("planning period", text, EXPECTED);
    }
    int first = Integer.parseInt(m.group(1));
    String last = m.group(2);
    int lastYear;
    if (last == null) {
      lastYear = first;
    } else if (last.length() == 4) {
      lastYear = Integer.parseInt(last);
    } else {
      int century = first - first % 100;
      lastYear = century + Integer.parseInt(last);
      if (lastYear < first) {
        lastYear += 100;
      }
    }
    try {
      return of(first, lastYear);
    } catch (InvalidValueException e) {
      throw new RbmParseException("planning period", text, e);
    }
  }

  /**
   * Returns the first year.
   *
   * @return the first year, such as 2010 for {@code 2010-15}
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year.
   *
   * @return the last year, such as 2015 for {@code 2010-15}
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the number of calendar years covered.
   *
   * @return 2 for a biennium, 6 for {@code 2010-15}
   */
  public int lengthInYears() {
    return lastYear - firstYear + 1;
  }

  /**
   * Tells whether this is a biennium, two years like the ILO's Programme and Budget.
   *
   * @return whether the period covers exactly two years
   */
  public boolean isBiennium() {
    return lengthInYears() == 2;
  }

  /**
   * Returns the days the period covers, from 1 January of the first year to 31 December of the last.
   *
   * @return the period as a date range
   */
  public DateRange toDateRange() {
    return DateRange.of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * Tells whether the day falls within the period.
   *
   * @param date the day
   * @return whether the day's year lies between the first and the last year
   */
  public boolean contains(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  /** Orders periods by first year, then by last year. */
  @Override
  public int compareTo(PlanningPeriod other) {
    int byFirst = Integer.compare(firstYear, other.firstYear);
    return byFirst != 0 ? byFirst : Integer.compare(lastYear, other.lastYear);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlanningPeriod that
        && that.firstYear == firstYear
        && that.lastYear == lastYear;
  }

  @Override
  public int hashCode() {
    return firstYear * 31 + lastYear;
  }

  /** Returns the ILO notation, such as {@code 2008-09}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    if (firstYear == lastYear) {
      return Integer.toString(firstYear);
    }
    if (firstYear / 100 == lastYear / 100) {
      return String.format(Locale.ROOT, "%d-%02d", firstYear, lastYear % 100);
    }
    return firstYear + "-" + lastYear;
  }
}
