package org.rbm.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class ReportingCalendarTest {
  private static final ReportingCalendar JULY = ReportingCalendar.startingIn(Month.JULY);
  private static final ReportingCalendar APRIL = ReportingCalendar.startingIn(Month.APRIL);
  private static final DateRange PROJECT =
      DateRange.ofMonths(YearMonth.of(2024, 4), YearMonth.of(2027, 3));

  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void aFiscalYearStartingInJuly() {
    assertEquals(range("2024-07-01", "2025-06-30"), JULY.fiscalYear(2024));
    assertEquals("FY2024/25", JULY.label(JULY.fiscalYear(2024)));
    assertEquals(range("2024-07-01", "2024-09-30"), JULY.fiscalQuarter(2024, 1));
    assertEquals(range("2025-01-01", "2025-03-31"), JULY.fiscalQuarter(2024, 3));
    assertEquals("FY2024/25-Q3", JULY.label(range("2025-01-01", "2025-03-31")));
    assertEquals("2025-Q1", range("2025-01-01", "2025-03-31").label(), "the same days, by the year");
    assertEquals(range("2025-01-01", "2025-06-30"), JULY.fiscalHalfYear(2024, 2));
    assertEquals("FY2024/25-H2", JULY.label(JULY.fiscalHalfYear(2024, 2)));
    assertEquals(2024, JULY.fiscalYearOf(LocalDate.of(2025, 3, 15)));
    assertEquals(2025, JULY.fiscalYearOf(LocalDate.of(2025, 7, 1)));
    assertEquals(JULY.fiscalYear(2024), JULY.parse("FY2024/25"));
    assertEquals(range("2025-01-01", "2025-03-31"), JULY.parse("FY2024/25-Q3"));
    assertEquals(range("2024-07-01", "2024-12-31"), JULY.parse("FY2024/25-H1"));
    assertEquals(range("1999-07-01", "2000-06-30"), JULY.parse("FY1999/00"));
  }

  @Test
  void otherRangesKeepTheirOwnLabels() {
    assertEquals("2024-M08", JULY.label(DateRange.ofMonth(2024, 8)));
    assertEquals("2008-09", JULY.label(DateRange.parse("2008-09")));
    assertEquals("2024-08/2024-10", JULY.label(range("2024-08-01", "2024-10-31")));
    assertEquals(DateRange.ofQuarter(2024, 1), JULY.parse("2024-Q1"));
  }

  @Test
  void theCalendarYearLabelsYearsAsYears() {
    assertSame(ReportingCalendar.CALENDAR_YEAR, ReportingCalendar.startingIn(Month.JANUARY));
    assertEquals(DateRange.ofYear(2024), ReportingCalendar.CALENDAR_YEAR.fiscalYear(2024));
    assertEquals("2024", ReportingCalendar.CALENDAR_YEAR.label(DateRange.ofYear(2024)));
    assertEquals(
        DateRange.ofQuarter(2024, 3), ReportingCalendar.CALENDAR_YEAR.fiscalQuarter(2024, 3));
    assertEquals(
        "fiscal period: cannot parse \"FY2024/25\", expected a label of a calendar whose fiscal"
            + " year starts in January: years such as 2024",
        assertThrows(
                RbmParseException.class, () -> ReportingCalendar.CALENDAR_YEAR.parse("FY2024/25"))
            .getMessage());
  }

  @Test
  void theQuartersAndYearsOfAnNgoProject() {
    ImmutableList<DateRange> quarters = APRIL.periods(PeriodUnit.QUARTER, PROJECT);
    assertEquals(12, quarters.size());
    assertEquals(range("2024-04-01", "2024-06-30"), quarters.get(0));
    assertEquals("FY2024/25-Q1", APRIL.label(quarters.get(0)));
    assertEquals(range("2027-01-01", "2027-03-31"), quarters.get(11));
    assertEquals("FY2026/27-Q4", APRIL.label(quarters.get(11)));
    assertEquals(
        List.of("FY2024/25", "FY2025/26", "FY2026/27"),
        APRIL.periods(PeriodUnit.YEAR, PROJECT).stream().map(APRIL::label).toList());
    // In calendar years the project touches four years, the first and the last in part.
    assertEquals(
        List.of("2024", "2025", "2026", "2027"),
        ReportingCalendar.CALENDAR_YEAR.periods(PeriodUnit.YEAR, PROJECT).stream()
            .map(DateRange::label)
            .toList());
    // Fiscal years from July: the one holding April 2024 (FY2023/24) to the one holding March 2027.
    assertEquals(
        List.of("FY2023/24", "FY2024/25", "FY2025/26", "FY2026/27"),
        JULY.periods(PeriodUnit.YEAR, PROJECT).stream().map(JULY::label).toList());
  }

  @Test
  void periodsOfEachUnit() {
    ReportingCalendar calendar = ReportingCalendar.CALENDAR_YEAR;
    assertEquals(
        List.of("2024-01/2024-04", "2024-05/2024-08", "2024-09/2024-12"),
        calendar.periods(PeriodUnit.FOUR_MONTHS, DateRange.ofYear(2024)).stream()
            .map(DateRange::label)
            .toList());
    assertEquals(
        List.of("2008-09"),
        calendar.periods(PeriodUnit.BIENNIUM, DateRange.ofYear(2009)).stream()
            .map(DateRange::label)
            .toList());
    assertEquals(
        List.of("2024-M02", "2024-M03"),
        calendar.periods(PeriodUnit.MONTH, range("2024-02-29", "2024-03-01")).stream()
            .map(DateRange::label)
            .toList());
    assertEquals(
        List.of("FY2024/25-H1", "FY2024/25-H2"),
        JULY.periods(PeriodUnit.HALF_YEAR, JULY.fiscalYear(2024)).stream()
            .map(JULY::label)
            .toList());
  }

  @Test
  void refusesTooManyPeriodsBeforeMakingThem() {
    DateRange millennium = range("1000-01-01", "9999-12-31");
    assertEquals(
        "span: got 1000-01-01/9999-12-31, expected a span of at most 10000 periods of MONTH",
        assertThrows(
                InvalidValueException.class,
                () -> JULY.periods(PeriodUnit.MONTH, millennium))
            .getMessage());
    assertEquals(9000, JULY.periods(PeriodUnit.YEAR, range("1000-07-01", "9999-12-31")).size());
    DateRange lastDays = range("+999999999-12-01", "+999999999-12-31");
    assertEquals(
        "span: got +999999999-12-01/+999999999-12-31, expected periods that lie within the years"
            + " a date can hold",
        assertThrows(InvalidValueException.class, () -> JULY.periods(PeriodUnit.YEAR, lastDays))
            .getMessage());
  }

  @Test
  void rejectsMalformedFiscalLabels() {
    assertEquals(
        "fiscal period: cannot parse \"FY2024/26\", expected a fiscal year FY<first year>/<last"
            + " two digits of the next year>, such as FY2024/25",
        assertThrows(RbmParseException.class, () -> JULY.parse("FY2024/26")).getMessage());
    assertEquals(
        "fiscal period: cannot parse \"FY2024/25-Q5\": quarter: got 5, expected a quarter from 1"
            + " to 4",
        assertThrows(RbmParseException.class, () -> JULY.parse("FY2024/25-Q5")).getMessage());
    assertThrows(RbmParseException.class, () -> JULY.parse("FY2024"));
  }

  @Test
  void periodsFollowEachOtherAndCoverTheSpan() {
    qt().forAll(
            enumValues(Month.class),
            enumValues(PeriodUnit.class),
            localDates().withDays(3_000_000),
            integers().between(0, 2_000))
        .check(
            (start, unit, from, days) -> {
              ReportingCalendar calendar = ReportingCalendar.startingIn(start);
              DateRange span = DateRange.of(from, from.plusDays(days));
              ImmutableList<DateRange> periods = calendar.periods(unit, span);
              boolean ok =
                  !periods.get(0).start().isAfter(span.start())
                      && !periods.get(periods.size() - 1).end().isBefore(span.end());
              for (int i = 0; i < periods.size(); i++) {
                DateRange p = periods.get(i);
                ok &= p.start().getDayOfMonth() == 1;
                ok &= p.overlaps(span);
                ok &= calendar.parse(calendar.label(p)).equals(p);
                if (i > 0) {
                  ok &= periods.get(i - 1).end().plusDays(1).equals(p.start());
                  ok &= periods.get(i - 1).compareTo(p) < 0;
                }
              }
              return ok;
            });
  }

  @Test
  void parseReadsEveryLabelBackInEveryCalendar() {
    qt().forAll(
            enumValues(Month.class),
            integers().between(995, 10_005),
            enumValues(Month.class),
            integers().between(0, 30))
        .check(
            (start, year, month, months) -> {
              ReportingCalendar calendar = ReportingCalendar.startingIn(start);
              YearMonth first = YearMonth.of(year, month);
              DateRange r = DateRange.ofMonths(first, first.plusMonths(months));
              return calendar.parse(calendar.label(r)).equals(r);
            });
  }

  @Test
  void equalsByStartMonth() {
    new EqualsTester()
        .addEqualityGroup(JULY, ReportingCalendar.startingIn(Month.JULY))
        .addEqualityGroup(ReportingCalendar.CALENDAR_YEAR)
        .addEqualityGroup(APRIL)
        .testEquals();
    assertEquals("fiscal years starting in JULY", JULY.toString());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(ReportingCalendar.class);
    new NullPointerTester()
        .setDefault(DateRange.class, DateRange.ofYear(2024))
        .testAllPublicInstanceMethods(JULY);
  }
}
