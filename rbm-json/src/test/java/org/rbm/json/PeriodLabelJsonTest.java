package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.ReportingCalendar;

/** Date ranges read from labels, and the new periods written and read back. */
class PeriodLabelJsonTest {
  private final RbmJson json = RbmJson.strict();

  @Test
  void readsADateRangeFromItsLabel() {
    assertEquals(DateRange.ofQuarter(2024, 1), json.read("\"2024-Q1\"", DateRange.class));
    assertEquals(DateRange.ofHalfYear(2024, 2), json.read("\"2024-H2\"", DateRange.class));
    assertEquals(DateRange.ofMonth(2008, 9), json.read("\"2008-M09\"", DateRange.class));
    assertEquals(
        DateRange.parse("2008-01-01/2009-12-31"), json.read("\"2008-09\"", DateRange.class));
    assertEquals(
        DateRange.ofMonths(YearMonth.of(2024, 4), YearMonth.of(2027, 3)),
        json.read("\"2024-04/2027-03\"", DateRange.class));
  }

  @Test
  void writesTheObjectFormForEveryPeriod() {
    assertEquals(
        "{\"start\":\"2024-04-01\",\"end\":\"2024-06-30\"}",
        json.write(DateRange.ofQuarter(2024, 2)));
  }

  @Test
  void theNewPeriodsRoundTrip() {
    ReportingCalendar july = ReportingCalendar.startingIn(Month.JULY);
    List<DateRange> periods =
        List.of(
            DateRange.ofQuarter(2024, 1),
            DateRange.ofHalfYear(2024, 2),
            DateRange.ofMonth(2024, 2),
            DateRange.ofMonths(YearMonth.of(2024, 4), YearMonth.of(2027, 3)),
            july.parse("FY2024/25"),
            july.parse("FY2024/25-Q3"),
            DateRange.parse("2024-03-15"));
    for (DateRange period : periods) {
      IndicatorPeriod p =
          IndicatorPeriod.builder().period(period).addTarget(DataPoint.of(Value.of(10))).build();
      assertEquals(p, json.read(json.write(p), IndicatorPeriod.class), period.label());
      assertEquals(period, json.read("\"" + period.label() + "\"", DateRange.class));
    }
  }

  @Test
  void rejectsABadLabelAtItsPlace() {
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class,
            () -> json.read("{\"period\": \"2024-Q5\"}", IndicatorPeriod.class));
    assertEquals(
        "period: got \"2024-Q5\", expected a quarter from 1 to 4 (line 1, column 21)",
        e.getMessage());
  }
}
