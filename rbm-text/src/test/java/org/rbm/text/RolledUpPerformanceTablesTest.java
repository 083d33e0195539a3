package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PerformanceTableOptions;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** A quarterly indicator next to a yearly one, shown in a yearly table: marked, with a legend. */
class RolledUpPerformanceTablesTest {
  private static IndicatorPeriod period(DateRange range, long target, long actual) {
    return IndicatorPeriod.builder()
        .period(range)
        .addTarget(DataPoint.of(Value.of(target)))
        .addActual(DataPoint.of(Value.of(actual)))
        .build();
  }

  /** Q: quarters of 2024, actuals 10, 20, 30, 40 against 25 each; Y: 2024, 90 against 100. */
  private static PerformanceTable yearlyTable(PerformanceTableOptions options) {
    Indicator.Builder q =
        Indicator.builder()
            .id(IndicatorId.of("Q"))
            .title("Farmers trained")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .reportingFrequency(ReportingFrequency.QUARTERLY);
    for (int i = 1; i <= 4; i++) {
      q.addPeriod(period(DateRange.ofQuarter(2024, i), 25, 10L * i));
    }
    Indicator y =
        Indicator.builder()
            .id(IndicatorId.of("Y"))
            .title("Wells built")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .reportingFrequency(ReportingFrequency.ANNUAL)
            .addPeriod(period(DateRange.ofYear(2024), 100, 90))
            .build();
    ResultsFramework f =
        ResultsFramework.builder()
            .id(FrameworkId.of("NGO"))
            .title("Water and farming")
            .owner("An NGO")
            .planningPeriod(PlanningPeriod.of(2024, 2024))
            .levelScheme(LevelScheme.of("logframe", "output"))
            .addResult(
                Result.builder()
                    .id(ResultId.of("OP1"))
                    .level("output")
                    .title("Services delivered")
                    .addIndicator(q.build())
                    .addIndicator(y)
                    .build())
            .build();
    return ProgressCalculator.of(ProgressSettings.defaults())
        .report(f, LocalDate.of(2025, 1, 1))
        .table(options);
  }

  @Test
  void showsOneColumnGroupForTheYearWithTheQuartersSummedAndMarked() {
    String text =
        PerformanceTables.render(
            yearlyTable(PerformanceTableOptions.defaults()), TableFormat.PLAIN_TEXT);
    String[] lines = text.split("\n", -1);
    // Heading, blank, two header lines, the result, two rows, blank, legend, and the final "".
    assertEquals(10, lines.length, text);
    assertEquals("                                     | 2024                             | Whole plan",
        lines[2], text);
    assertFalse(text.contains("2024-Q"), text);
    // 10 + 20 + 30 + 40 = 100 against 4 × 25 = 100: 100.0%, achieved.
    assertTrue(lines[5].contains("| 100†    100†    100.0%  achieved |"), text);
    assertTrue(lines[6].contains("| 100     90      90.0%   on track |"), text);
    assertFalse(lines[6].contains("†"), text);
    assertTrue(lines[8].startsWith("† rolled up from shorter periods, as the plan totals are"), text);
    // The table's lines (the legend is prose): 12 columns instead of a column group per quarter.
    int widest = Arrays.stream(lines, 0, 7).mapToInt(String::length).max().orElseThrow();
    assertTrue(widest <= 140, () -> widest + " characters:\n" + text);
  }

  @Test
  void markdownHasTwelveColumnsAndTheLegendInEachLanguage() {
    PerformanceTable t = yearlyTable(PerformanceTableOptions.defaults());
    String md = PerformanceTables.render(t, TableFormat.MARKDOWN);
    String header = md.split("\n", -1)[2];
    // Indicator, title, baseline; target, actual, % met, status of 2024; five of the whole plan:
    // twelve columns, thirteen bars.
    assertEquals(13, header.chars().filter(c -> c == '|').count(), header);
    assertTrue(md.endsWith("\n† rolled up from shorter periods, as the plan totals are: the sum,"
        + " the latest value for a cumulative indicator, pooled numerators and denominators for a"
        + " fraction\n"), md);
    String fr =
        PerformanceTables.render(
            t, TableFormat.MARKDOWN, RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertTrue(fr.contains("\n† agrégé à partir de périodes plus courtes"), fr);
    String es =
        PerformanceTables.render(
            t, TableFormat.PLAIN_TEXT, RenderOptions.defaults().withLocale(Locale.forLanguageTag("es")));
    assertTrue(es.contains("\n† agregado a partir de períodos más cortos"), es);
  }

  @Test
  void csvKeepsBareNumbersAndNoLegend() {
    String csv =
        PerformanceTables.render(yearlyTable(PerformanceTableOptions.defaults()), TableFormat.CSV);
    assertFalse(csv.contains("†"), csv);
    assertTrue(csv.contains(",100,100,100.0%,achieved,"), csv);
  }

  @Test
  void planTotalsOnlyShowsTheWholePlanAlone() {
    String text =
        PerformanceTables.render(
            yearlyTable(PerformanceTableOptions.defaults().withPlanTotalsOnly(true)),
            TableFormat.PLAIN_TEXT);
    assertFalse(text.contains("†"), text);
    assertEquals("                                     | Whole plan", text.split("\n", -1)[2], text);
  }
}
