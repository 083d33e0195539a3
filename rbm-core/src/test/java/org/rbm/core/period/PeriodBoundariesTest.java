package org.rbm.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/** Each limit of the period package, tried exactly at the limit and one step beyond it. */
class PeriodBoundariesTest {
  private static final ReportingCalendar JULY = ReportingCalendar.startingIn(Month.JULY);

  @Test
  void fiscalYearsReachTheFirstAndTheLastYearADateCanHold() {
    assertEquals(
        "-999999999-07-01/-999999998-06-30",
        DateRange.ofFiscalYear(Year.MIN_VALUE, Month.JULY).toString());
    // A fiscal year from July ends in the next year: the last one starts a year before the end.
    assertEquals(
        "+999999998-07-01/+999999999-06-30",
        DateRange.ofFiscalYear(Year.MAX_VALUE - 1, Month.JULY).toString());
    assertEquals(
        "firstYear: got 999999999, expected a year from -999999999 to 999999998",
        assertThrows(
                InvalidValueException.class,
                () -> DateRange.ofFiscalYear(Year.MAX_VALUE, Month.JULY))
            .getMessage());
    assertEquals(
        "firstYear: got -1000000000, expected a year from -999999999 to 999999998",
        assertThrows(
                InvalidValueException.class,
                () -> DateRange.ofFiscalYear(Year.MIN_VALUE - 1, Month.JULY))
            .getMessage());
    // From January a fiscal year is the calendar year, so the last year itself is one.
    assertEquals(
        DateRange.ofYear(Year.MAX_VALUE), DateRange.ofFiscalYear(Year.MAX_VALUE, Month.JANUARY));
  }

  @Test
  void partsOfTheFirstAndTheLastYear() {
    assertEquals(
        "-999999999-01-01/-999999999-03-31", DateRange.ofQuarter(Year.MIN_VALUE, 1).toString());
    assertEquals(
        "+999999999-07-01/+999999999-12-31", DateRange.ofHalfYear(Year.MAX_VALUE, 2).toString());
  }

  @Test
  void planningPeriodsOfOneYearAndUpToTheLastYear() {
    assertEquals("2008", PlanningPeriod.of(2008, 2008).toString());
    assertEquals(2008, PlanningPeriod.of(2008, 9999).firstYear());
    assertEquals(9999, PlanningPeriod.of(2008, 9999).lastYear());
    assertEquals(
        "lastYear: got 2007, expected a year from the first year 2008 to 9999",
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(2008, 2007))
            .getMessage());
  }

  @Test
  void aPlanningPeriodContainsItsFirstAndLastDayAndNothingOutside() {
    PlanningPeriod biennium = PlanningPeriod.of(2008, 2009);
    assertTrue(biennium.contains(LocalDate.of(2008, 1, 1)));
    assertTrue(biennium.contains(LocalDate.of(2009, 12, 31)));
    assertFalse(biennium.contains(LocalDate.of(2007, 12, 31)));
    assertFalse(biennium.contains(LocalDate.of(2010, 1, 1)));
  }

  @Test
  void planningPeriodsOrderByFirstYearBeforeLastYear() {
    // Same last year: the first year decides.
    assertTrue(PlanningPeriod.of(2008, 2009).compareTo(PlanningPeriod.of(2009, 2009)) < 0);
    assertTrue(PlanningPeriod.of(2009, 2009).compareTo(PlanningPeriod.of(2008, 2009)) > 0);
    // An earlier first year comes first even when it ends later.
    assertTrue(PlanningPeriod.of(2008, 2011).compareTo(PlanningPeriod.of(2010, 2011)) < 0);
    assertTrue(PlanningPeriod.of(2008, 2011).compareTo(PlanningPeriod.of(2009, 2009)) < 0);
  }

  @Test
  void shortLabelsForFourDigitYearsOnly() {
    assertEquals("1000", DateRange.ofYear(1000).label());
    assertEquals("9999", DateRange.ofYear(9999).label());
    assertEquals("0999-01-01/0999-12-31", DateRange.ofYear(999).label());
    assertEquals("+10000-01-01/+10000-12-31", DateRange.ofYear(10000).label());
    // Whole months, but the last one is in a five-digit year: the ISO form.
    assertEquals(
        "9999-12-01/+10000-01-31",
        DateRange.ofMonths(YearMonth.of(9999, 12), YearMonth.of(10000, 1)).label());
  }

  @Test
  void fiscalLabelsForFiscalYearsThatStartAndEndInFourDigitYears() {
    assertEquals("FY1000/01", JULY.label(JULY.fiscalYear(1000)));
    assertEquals("FY9998/99", JULY.label(JULY.fiscalYear(9998)));
    assertEquals("0999-07-01/1000-06-30", JULY.label(JULY.fiscalYear(999)));
    assertEquals("9999-07-01/+10000-06-30", JULY.label(JULY.fiscalYear(9999)));
    assertEquals(JULY.fiscalYear(1000), JULY.parse("FY1000/01"));
    assertEquals(JULY.fiscalYear(9998), JULY.parse("FY9998/99"));
    for (String bad : List.of("FY0999/00", "FY9999/00")) {
      assertEquals(
          "fiscal period: cannot parse \"" + bad + "\", expected a fiscal year FY<first year>/<last"
              + " two digits of the next year>, such as FY2024/25",
          assertThrows(RbmParseException.class, () -> JULY.parse(bad)).getMessage());
    }
  }

  @Test
  void aCalendarListsUpToItsLimitOfPeriods() {
    YearMonth first = YearMonth.of(2000, 1);
    DateRange tenThousandMonths = DateRange.ofMonths(first, first.plusMonths(9_999));
    assertEquals(
        10_000,
        ReportingCalendar.CALENDAR_YEAR.periods(PeriodUnit.MONTH, tenThousandMonths).size());
    DateRange oneMore = DateRange.ofMonths(first, first.plusMonths(10_000));
    assertThrows(
        InvalidValueException.class,
        () -> ReportingCalendar.CALENDAR_YEAR.periods(PeriodUnit.MONTH, oneMore));
  }

  @Test
  void aCalendarListsThePeriodsOfTheFirstAndTheLastYear() {
    assertEquals(
        List.of(DateRange.ofYear(Year.MIN_VALUE)),
        ReportingCalendar.CALENDAR_YEAR.periods(PeriodUnit.YEAR, DateRange.ofYear(Year.MIN_VALUE)));
    assertEquals(
        List.of(DateRange.ofYear(Year.MAX_VALUE)),
        ReportingCalendar.CALENDAR_YEAR.periods(PeriodUnit.YEAR, DateRange.ofYear(Year.MAX_VALUE)));
    // From July, the fiscal year holding the last days would end beyond the last year.
    assertEquals(
        "span: got +999999999-01-01/+999999999-12-31, expected periods that lie within the years a"
            + " date can hold",
        assertThrows(
                InvalidValueException.class,
                () -> JULY.periods(PeriodUnit.YEAR, DateRange.ofYear(Year.MAX_VALUE)))
            .getMessage());
  }
}
