package org.rbm.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/** Quarters, half-years, months, project periods, days, their labels and java.time. */
class DateRangeLabelTest {
  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void namesTheUsualPeriods() {
    assertEquals(range("2024-01-01", "2024-03-31"), DateRange.ofQuarter(2024, 1));
    assertEquals(range("2024-10-01", "2024-12-31"), DateRange.ofQuarter(2024, 4));
    assertEquals(range("2024-07-01", "2024-12-31"), DateRange.ofHalfYear(2024, 2));
    assertEquals(range("2024-02-01", "2024-02-29"), DateRange.ofMonth(2024, 2), "a leap year");
    assertEquals(range("2025-02-01", "2025-02-28"), DateRange.ofMonth(2025, 2));
    assertEquals(range("2024-07-01", "2025-06-30"), DateRange.ofFiscalYear(2024, Month.JULY));
    assertEquals(DateRange.ofYear(2024), DateRange.ofFiscalYear(2024, Month.JANUARY));
    assertEquals(range("2024-03-15", "2024-03-15"), DateRange.of(LocalDate.of(2024, 3, 15)));
  }

  @Test
  void anNgoProjectFromApril2024ToMarch2027() {
    DateRange project = DateRange.ofMonths(YearMonth.of(2024, 4), YearMonth.of(2027, 3));
    assertEquals(range("2024-04-01", "2027-03-31"), project);
    // April 2024 to March 2027 holds no 29 February (2024's is before, 2028's after): 3 x 365.
    assertEquals(1095, project.lengthInDays());
    assertEquals("2024-04/2027-03", project.label());
    assertEquals(project, DateRange.parse("2024-04/2027-03"));
  }

  @Test
  void labelsEachPeriodShortest() {
    assertEquals("2024", DateRange.ofYear(2024).label());
    assertEquals("2024-Q1", DateRange.ofQuarter(2024, 1).label());
    assertEquals("2024-Q3", range("2024-07-01", "2024-09-30").label());
    assertEquals("2024-H2", DateRange.ofHalfYear(2024, 2).label());
    assertEquals("2024-M03", DateRange.ofMonth(2024, 3).label());
    assertEquals("2024-03-15", DateRange.of(LocalDate.of(2024, 3, 15)).label());
    assertEquals("2024-02/2024-03", range("2024-02-01", "2024-03-31").label(), "not a quarter");
    assertEquals("2024-07/2025-06", DateRange.ofFiscalYear(2024, Month.JULY).label());
    assertEquals("2024-01-15/2024-02-14", range("2024-01-15", "2024-02-14").label());
    assertEquals("0999-01-01/0999-12-31", DateRange.ofYear(999).label(), "ILO years have 4 digits");
  }

  @Test
  void keepsTheIloBienniumAndMonthsApart() {
    DateRange biennium = range("2008-01-01", "2009-12-31");
    assertEquals("2008-09", biennium.label());
    assertEquals(biennium, DateRange.parse("2008-09"));
    assertEquals(PlanningPeriod.parse("2008-09").toDateRange(), DateRange.parse("2008-09"));
    assertEquals("2008-M09", DateRange.ofMonth(2008, 9).label());
    assertEquals(range("2008-09-01", "2008-09-30"), DateRange.parse("2008-M09"));
    assertEquals("2010-15", range("2010-01-01", "2015-12-31").label());
    assertEquals("1999-2000", range("1999-01-01", "2000-12-31").label());
    assertEquals(range("2010-01-01", "2015-12-31"), DateRange.parse("2010-2015"));
  }

  @Test
  void readsEveryLabelAndTheIsoForm() {
    assertEquals(DateRange.ofYear(2024), DateRange.parse("2024"));
    assertEquals(range("2024-04-01", "2024-06-30"), DateRange.parse("2024-Q2"));
    assertEquals(range("2024-01-01", "2024-06-30"), DateRange.parse("2024-H1"));
    assertEquals(range("2024-12-01", "2024-12-31"), DateRange.parse("2024-M12"));
    assertEquals(range("2024-03-15", "2024-03-15"), DateRange.parse("2024-03-15"));
    assertEquals(range("2024-01-15", "2024-02-14"), DateRange.parse("2024-01-15/2024-02-14"));
  }

  @Test
  void convertsToAndFromJavaTime() {
    assertEquals(DateRange.ofYear(2024), DateRange.of(Year.of(2024)));
    assertEquals(DateRange.ofMonth(2024, 3), DateRange.of(YearMonth.of(2024, 3)));
    assertEquals(Optional.of(Year.of(2024)), DateRange.ofYear(2024).toYear());
    assertEquals(Optional.empty(), DateRange.ofFiscalYear(2024, Month.JULY).toYear());
    assertEquals(Optional.of(YearMonth.of(2024, 2)), DateRange.ofMonth(2024, 2).toYearMonth());
    assertEquals(Optional.empty(), range("2024-02-01", "2024-02-28").toYearMonth());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), DateRange.parse("2024-03-15").toDay());
    assertEquals(Optional.empty(), DateRange.ofMonth(2024, 3).toDay());
  }

  @Test
  void rejectsPartsThatDoNotExist() {
    assertEquals(
        "quarter: got 5, expected a quarter from 1 to 4",
        assertThrows(InvalidValueException.class, () -> DateRange.ofQuarter(2024, 5)).getMessage());
    assertEquals(
        "half: got 0, expected a half from 1 to 2",
        assertThrows(InvalidValueException.class, () -> DateRange.ofHalfYear(2024, 0))
            .getMessage());
    assertEquals(
        "month: got 13, expected a month from 1 to 12",
        assertThrows(InvalidValueException.class, () -> DateRange.ofMonth(2024, 13)).getMessage());
    assertEquals(
        "year: got 1000000000, expected a year from -999999999 to 999999999",
        assertThrows(InvalidValueException.class, () -> DateRange.ofQuarter(1_000_000_000, 1))
            .getMessage());
    assertEquals(
        "firstYear: got 999999999, expected a year from -999999999 to 999999998",
        assertThrows(
                InvalidValueException.class,
                () -> DateRange.ofFiscalYear(999_999_999, Month.JULY))
            .getMessage());
    assertEquals(
        "last: got 2024-03, expected a month on or after the first month 2027-04",
        assertThrows(
                InvalidValueException.class,
                () -> DateRange.ofMonths(YearMonth.of(2027, 4), YearMonth.of(2024, 3)))
            .getMessage());
  }

  @Test
  void rejectsMalformedLabelsNamingTheFault() {
    assertEquals(
        "date range: cannot parse \"2024-Q5\": quarter: got 5, expected a quarter from 1 to 4",
        assertThrows(RbmParseException.class, () -> DateRange.parse("2024-Q5")).getMessage());
    assertEquals(
        "date range: cannot parse \"2024-M13\": month: got 13, expected a month from 1 to 12",
        assertThrows(RbmParseException.class, () -> DateRange.parse("2024-M13")).getMessage());
    assertEquals(
        "date range: cannot parse \"2024-M3\", expected a quarter 2024-Q1, a half-year 2024-H2"
            + " or a month 2024-M03",
        assertThrows(RbmParseException.class, () -> DateRange.parse("2024-M3")).getMessage());
    assertEquals(
        "date range: cannot parse \"2024-13/2025-01\", expected months 01 to 12, such as"
            + " 2024-04/2027-03",
        assertThrows(RbmParseException.class, () -> DateRange.parse("2024-13/2025-01"))
            .getMessage());
    assertEquals(
        "date range: cannot parse \"2027-04/2024-03\": last: got 2024-03, expected a month on or"
            + " after the first month 2027-04",
        assertThrows(RbmParseException.class, () -> DateRange.parse("2027-04/2024-03"))
            .getMessage());
    assertEquals(
        "date range: cannot parse \"FY2024/25\", expected a period label; fiscal labels such as"
            + " FY2024/25 depend on the month the fiscal year starts in and are read by"
            + " ReportingCalendar.parse",
        assertThrows(RbmParseException.class, () -> DateRange.parse("FY2024/25")).getMessage());
    String huge = "2024".repeat(100);
    assertTrue(
        assertThrows(RbmParseException.class, () -> DateRange.parse(huge))
            .getMessage()
            .endsWith(", expected " + PeriodLabels.EXPECTED));
  }

  @Test
  void parseReadsEveryLabelBack() {
    qt().forAll(localDates().withDays(1_000_000), integers().between(0, 800))
        .check(
            (start, days) -> {
              DateRange r = DateRange.of(start, start.plusDays(days));
              return DateRange.parse(r.label()).equals(r);
            });
    // Ranges of whole months, where the short labels are.
    qt().forAll(
            integers().between(990, 10_010),
            enumValues(Month.class),
            integers().between(0, 40))
        .check(
            (year, month, months) -> {
              YearMonth first = YearMonth.of(year, month);
              DateRange r = DateRange.ofMonths(first, first.plusMonths(months));
              return DateRange.parse(r.label()).equals(r) && DateRange.parse(r.toString()).equals(r);
            });
  }

  @Test
  void quartersOrderAsTheirLabels() {
    qt().forAll(integers().between(1000, 9999), integers().between(1, 4), integers().between(1, 4))
        .check(
            (year, q1, q2) ->
                Integer.signum(DateRange.ofQuarter(year, q1).compareTo(DateRange.ofQuarter(year, q2)))
                        == Integer.signum(q1.compareTo(q2))
                    && Integer.signum(
                            DateRange.ofQuarter(year, q1).label()
                                .compareTo(DateRange.ofQuarter(year, q2).label()))
                        == Integer.signum(q1.compareTo(q2)));
  }
}
