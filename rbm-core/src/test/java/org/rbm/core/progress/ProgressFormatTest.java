package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.date;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

class ProgressFormatTest {

  @Test
  void showsRatiosAsPercentagesWithOneDecimalRoundedHalfEven() {
    assertEquals("91.1%", ProgressFormat.percent(d("0.9111111111111111111111111111111111")));
    assertEquals("100.0%", ProgressFormat.percent(d("1")));
    assertEquals("-20.0%", ProgressFormat.percent(d("-0.2")));
    // Ties go to the even neighbour: 12.25 to 12.2, 12.35 to 12.4.
    assertEquals("12.2%", ProgressFormat.percent(d("0.1225")));
    assertEquals("12.4%", ProgressFormat.percent(d("0.1235")));
    // Display only: 0.84996 shows as 85.0% but is below the band's edge.
    assertEquals("85.0%", ProgressFormat.percent(d("0.84996")));
  }

  @Test
  void showsARatioTooSmallToShowAsZeroWithoutExpandingIt() {
    assertEquals("0.0%", ProgressFormat.percent(d("1E-999999999")));
    assertEquals("0.0%", ProgressFormat.percent(d("-1E-999999999")));
    // 0.00004 is 0.004%, still 0.0; 0.0005 is 0.05%, half-even to 0.0; 0.00051 is 0.051%, 0.1.
    assertEquals("0.0%", ProgressFormat.percent(d("0.00004")));
    assertEquals("0.0%", ProgressFormat.percent(d("0.0005")));
    assertEquals("0.1%", ProgressFormat.percent(d("0.00051")));
    org.rbm.core.InvalidValueException huge =
        assertThrows(
            org.rbm.core.InvalidValueException.class,
            () -> ProgressFormat.percent(d("1E+999999999")));
    assertEquals(
        "ratio: got \"1E+999999999\", expected a number below 10^200 in magnitude with at most"
            + " 400 decimal places",
        huge.getMessage());
  }

  @Test
  void showsValuesExactly() {
    assertEquals("12.5", ProgressFormat.value(Measure.COUNT, Value.of(d("12.50"))));
    assertEquals("1000000", ProgressFormat.value(Measure.COUNT, Value.of(d("1E+6"))));
    // 40/88 = 45.45…%.
    assertEquals("40/88 (45.5%)", ProgressFormat.value(Measure.PERCENTAGE, Fixtures.frac(40, 88)));
    assertEquals("40/88", ProgressFormat.value(Measure.RATIO, Fixtures.frac(40, 88)));
    assertEquals("Adopted", ProgressFormat.value(Measure.QUALITATIVE, Value.text("Adopted")));
  }

  @Test
  void labelsAMonthWithAsciiDigitsWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar-SA", "fa-IR", "hi-IN", "th-TH")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("2008-02", ProgressFormat.periodLabel(range("2008-02-01", "2008-02-29")), tag);
        assertEquals("12.5%", ProgressFormat.percent(d("0.125")), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void labelsPeriodsShortly() {
    assertEquals("2008", ProgressFormat.periodLabel(DateRange.ofYear(2008)));
    assertEquals("2008-09", ProgressFormat.periodLabel(range("2008-01-01", "2009-12-31")));
    assertEquals("2008-Q3", ProgressFormat.periodLabel(range("2008-07-01", "2008-09-30")));
    assertEquals("2008-H1", ProgressFormat.periodLabel(range("2008-01-01", "2008-06-30")));
    assertEquals("2008-H2", ProgressFormat.periodLabel(range("2008-07-01", "2008-12-31")));
    assertEquals("2008-02", ProgressFormat.periodLabel(range("2008-02-01", "2008-02-29")));
    assertEquals(
        "2008-11-01/2008-12-31", ProgressFormat.periodLabel(range("2008-11-01", "2008-12-31")));
    assertEquals(
        "2008-07-01/2009-06-30", ProgressFormat.periodLabel(range("2008-07-01", "2009-06-30")));
    assertEquals(
        "2008-01-15/2008-02-14", ProgressFormat.periodLabel(range("2008-01-15", "2008-02-14")));
  }

  private static DateRange range(String start, String end) {
    return DateRange.of(date(start), date(end));
  }
}
