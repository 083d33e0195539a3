package org.rbm.core.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * The short labels of date ranges, written and read in one place: {@code 2024} (a year), {@code
 * 2008-09} (whole years in the ILO's notation), {@code 2024-H2}, {@code 2024-Q1}, {@code 2024-M03}
 * (a month: {@code 2008-09} is the biennium), {@code 2024-04/2027-03} (whole months), {@code
 * 2024-03-15} (a day), and the ISO interval {@code 2024-01-15/2024-02-14} for anything else; the
 * fiscal labels {@code FY2024/25}, {@code FY2024/25-Q3} and {@code FY2024/25-H1} of a {@link
 * ReportingCalendar}. Every pattern is anchored and bounded, so reading takes time linear in the
 * text.
 */
final class PeriodLabels {
  /** Short labels are written for four-digit years only, as the ILO notation is defined. */
  static final int MIN_YEAR = PlanningPeriod.MIN_YEAR;

  static final int MAX_YEAR = PlanningPeriod.MAX_YEAR;

  static final String EXPECTED =
      "a period label: 2024, 2008-09 (years in ILO notation), 2024-H2, 2024-Q1, 2024-M03,"
          + " 2024-04/2027-03 (months), 2024-03-15 (a day) or two ISO dates as start/end";

  private static final Pattern YEARS = Pattern.compile("\\d{4}(?:-(?:\\d{2}|\\d{4}))?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-([QHM])(\\d{1,2})");
  private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");
  private static final Pattern FISCAL =
      Pattern.compile("FY(\\d{4})/(\\d{2})(?:-([QH])(\\d))?");

  private PeriodLabels() {}

  /** The shortest label that {@link #parse} reads back as {@code range}. */
  static String label(DateRange range) {
    LocalDate start = range.start();
    LocalDate end = range.end();
    if (!shortYear(start.getYear()) || !shortYear(end.getYear())) {
      return range.toString();
    }
    if (start.equals(end)) {
      return start.toString();
    }
    if (start.getDayOfMonth() != 1 || !end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))) {
      return range.toString();
    }
    if (start.getMonthValue() == 1 && end.getMonthValue() == 12) {
      return PlanningPeriod.of(start.getYear(), end.getYear()).toString();
    }
    int first = start.getMonthValue();
    long months = monthIndex(end) - monthIndex(start) + 1;
    if (start.getYear() == end.getYear()) {
      if (months == 1) {
        return part(start.getYear(), 'M', first);
      }
      if (months == 3 && first % 3 == 1) {
        return part(start.getYear(), 'Q', first / 3 + 1);
      }
      if (months == 6 && first % 6 == 1) {
        return part(start.getYear(), 'H', first / 6 + 1);
      }
    }
    return YearMonth.from(start) + "/" + YearMonth.from(end);
  }

  /** Reads any label {@link #label} writes, and the ISO interval form; fiscal labels are refused. */
  static DateRange parse(CharSequence text) {
    String s = text.toString();
    if (s.length() > 64) {
      throw new RbmParseException("date range", text, EXPECTED);
    }
    try {
      if (YEARS.matcher(s).matches()) {
        return PlanningPeriod.parse(s).toDateRange();
      }
      Matcher m = PART.matcher(s);
      if (m.matches()) {
        return part(s, Integer.parseInt(m.group(1)), m.group(2).charAt(0), m.group(3));
      }
      m = MONTHS.matcher(s);
      if (m.matches()) {
        return DateRange.ofMonths(
            yearMonth(s, m.group(1), m.group(2)), yearMonth(s, m.group(3), m.group(4)));
      }
      if (s.startsWith("FY")) {
        throw new RbmParseException(
            "date range",
            text,
            "a period label; fiscal labels such as FY2024/25 depend on the month the fiscal year"
                + " starts in and are read by ReportingCalendar.parse");
      }
      int slash = s.indexOf('/');
      if (slash < 0) {
        return DateRange.of(LocalDate.parse(s));
      }
      if (s.indexOf('/', slash + 1) >= 0) {
        throw new RbmParseException("date range", text, EXPECTED);
      }
      return DateRange.of(
          LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new RbmParseException("date range", text, EXPECTED);
    } catch (InvalidValueException e) {
      throw new RbmParseException("date range", text, e);
    }
  }

  /** The fiscal label of {@code range} in {@code calendar}, or {@link #label} if it has none. */
  static String fiscalLabel(ReportingCalendar calendar, DateRange range) {
    Month startMonth = calendar.fiscalYearStart();
    LocalDate start = range.start();
    if (startMonth == Month.JANUARY) {
      return label(range);
    }
    int year = calendar.fiscalYearOf(start);
    if (year < MIN_YEAR || year >= MAX_YEAR) {
      return label(range);
    }
    String fy = String.format(Locale.ROOT, "FY%d/%02d", year, (year + 1) % 100);
    if (range.equals(calendar.fiscalYear(year))) {
      return fy;
    }
    for (int q = 1; q <= 4; q++) {
      if (range.equals(calendar.fiscalQuarter(year, q))) {
        return fy + "-Q" + q;
      }
    }
    for (int h = 1; h <= 2; h++) {
      if (range.equals(calendar.fiscalHalfYear(year, h))) {
        return fy + "-H" + h;
      }
    }
    return label(range);
  }

  /** Reads a fiscal label of {@code calendar}, or any label {@link #parse} reads. */
  static DateRange parseFiscal(ReportingCalendar calendar, CharSequence text) {
    Matcher m = FISCAL.matcher(text);
    if (!m.matches()) {
      return parse(text);
    }
    String expected = "a fiscal year FY<first year>/<last two digits of the next year>";
    if (calendar.fiscalYearStart() == Month.JANUARY) {
      throw new RbmParseException(
          "fiscal period",
          text,
          "a label of a calendar whose fiscal year starts in January: years such as 2024");
    }
    int year = Integer.parseInt(m.group(1));
    if (Integer.parseInt(m.group(2)) != (year + 1) % 100 || year < MIN_YEAR || year >= MAX_YEAR) {
      throw new RbmParseException("fiscal period", text, expected + ", such as FY2024/25");
    }
    String kind = m.group(3);
    if (kind == null) {
      return calendar.fiscalYear(year);
    }
    int n = Integer.parseInt(m.group(4));
    try {
      return kind.equals("Q") ? calendar.fiscalQuarter(year, n) : calendar.fiscalHalfYear(year, n);
    } catch (InvalidValueException e) {
      throw new RbmParseException("fiscal period", text, e);
    }
  }

  private static DateRange part(String text, int year, char kind, String number) {
    if (number.length() != (kind == 'M' ? 2 : 1)) {
      throw new RbmParseException(
          "date range", text, "a quarter 2024-Q1, a half-year 2024-H2 or a month 2024-M03");
    }
    int n = Integer.parseInt(number);
    return switch (kind) {
      case 'Q' -> DateRange.ofQuarter(year, n);
      case 'H' -> DateRange.ofHalfYear(year, n);
      default -> DateRange.ofMonth(year, n);
    };
  }

  private static YearMonth yearMonth(String text, String year, String month) {
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      throw new RbmParseException("date range", text, "months 01 to 12, such as 2024-04/2027-03");
    }
  }

  private static String part(int year, char kind, int number) {
    return kind == 'M'
        ? String.format(Locale.ROOT, "%d-M%02d", year, number)
        : year + "-" + kind + number;
  }

  private static boolean shortYear(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /** Months counted from year 0, so that consecutive months differ by one. */
  static long monthIndex(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }
}
