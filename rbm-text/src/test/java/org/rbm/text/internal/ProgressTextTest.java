package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

class ProgressTextTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void showsRatiosAsPercentagesWithOneDecimalRoundedHalfEven() {
    assertEquals("91.1%", ProgressText.percent(d("0.9111111111111111111111111111111111"), 1));
    assertEquals("100.0%", ProgressText.percent(d("1"), 1));
    assertEquals("-20.0%", ProgressText.percent(d("-0.2"), 1));
    // Ties go to the even neighbour: 12.25 to 12.2, 12.35 to 12.4.
    assertEquals("12.2%", ProgressText.percent(d("0.1225"), 1));
    assertEquals("12.4%", ProgressText.percent(d("0.1235"), 1));
    // Display only: 0.84996 shows as 85.0% but is below the band's edge.
    assertEquals("85.0%", ProgressText.percent(d("0.84996"), 1));
  }

  @Test
  void showsARatioTooSmallToShowAsZeroWithoutExpandingIt() {
    assertEquals("0.0%", ProgressText.percent(d("1E-999999999"), 1));
    assertEquals("0.0%", ProgressText.percent(d("-1E-999999999"), 1));
    // 0.00004 is 0.004%, still 0.0; 0.0005 is 0.05%, half-even to 0.0; 0.00051 is 0.051%, 0.1.
    assertEquals("0.0%", ProgressText.percent(d("0.00004"), 1));
    assertEquals("0.0%", ProgressText.percent(d("0.0005"), 1));
    assertEquals("0.1%", ProgressText.percent(d("0.00051"), 1));
    // The largest ratio a model value holds (below 10^200) is written out, never refused.
    assertEquals("1" + "0".repeat(201) + ".0%", ProgressText.percent(d("1E+199"), 1));
  }

  @Test
  void showsAsManyDecimalsAsAsked() {
    // 41/45 = 0.91111…: 91%, 91.1%, 91.111%.
    BigDecimal ratio = d("0.9111111111111111111111111111111111");
    assertEquals("91%", ProgressText.percent(ratio, 0));
    assertEquals("91.111%", ProgressText.percent(ratio, 3));
    assertEquals("0.000%", ProgressText.percent(d("1E-999999999"), 3));
  }

  @Test
  void showsValuesExactly() {
    assertEquals("12.5", ProgressText.value(Measure.COUNT, Value.of(d("12.50")), 1));
    assertEquals("1000000", ProgressText.value(Measure.COUNT, Value.of(d("1E+6")), 1));
    // 40/88 = 45.45…%.
    assertEquals("40/88 (45.5%)", ProgressText.value(Measure.PERCENTAGE, Value.fraction(d("40"), d("88")), 1));
    assertEquals("40/88", ProgressText.value(Measure.RATIO, Value.fraction(d("40"), d("88")), 1));
    assertEquals("Adopted", ProgressText.value(Measure.QUALITATIVE, Value.text("Adopted"), 1));
  }

  @Test
  void labelsPeriodsShortly() {
    assertEquals("2008", ProgressText.periodLabel(DateRange.ofYear(2008)));
    assertEquals("2008-09", ProgressText.periodLabel(range("2008-01-01", "2009-12-31")));
    assertEquals("2008-Q3", ProgressText.periodLabel(range("2008-07-01", "2008-09-30")));
    assertEquals("2008-H1", ProgressText.periodLabel(range("2008-01-01", "2008-06-30")));
    assertEquals("2008-H2", ProgressText.periodLabel(range("2008-07-01", "2008-12-31")));
    // A month is 2008-M02: 2008-02 would read as the years 2008 to 2102 in ILO notation.
    assertEquals("2008-M02", ProgressText.periodLabel(range("2008-02-01", "2008-02-29")));
    assertEquals("2008-11/2008-12", ProgressText.periodLabel(range("2008-11-01", "2008-12-31")));
    assertEquals("2008-07/2009-06", ProgressText.periodLabel(range("2008-07-01", "2009-06-30")));
    assertEquals(
        "2008-01-15/2008-02-14", ProgressText.periodLabel(range("2008-01-15", "2008-02-14")));
  }

  @Test
  void labelsWholeYearsOutsideIloNotationByTheirDates() {
    // PlanningPeriod covers 1000 to 9999; a table may hold any year the model accepts.
    assertEquals("0999-01-01/0999-12-31", ProgressText.periodLabel(DateRange.ofYear(999)));
    assertEquals(
        "0999-01-01/1000-12-31", ProgressText.periodLabel(range("0999-01-01", "1000-12-31")));
    assertEquals("1000", ProgressText.periodLabel(DateRange.ofYear(1000)));
    assertEquals(
        "0999-01-01/0999-03-31", ProgressText.periodLabel(range("0999-01-01", "0999-03-31")));
  }

  private static DateRange range(String start, String end) {
    return DateRange.of(date(start), date(end));
  }
}
