package org.rbm.text;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class PerformanceTablesTest {
  private static final ProgressSettings PERCENT = ProgressSettings.defaults();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Value n(String amount) {
    return Value.of(new BigDecimal(amount));
  }

  private static IndicatorPeriod period(DateRange range, @Nullable Value target, @Nullable Value actual) {
    IndicatorPeriod.Builder p = IndicatorPeriod.builder().period(range);
    if (target != null) {
      p.addTarget(DataPoint.of(target));
    }
    if (actual != null) {
      p.addActual(DataPoint.of(actual));
    }
    return p.build();
  }

  private static IndicatorPeriod year(int year, @Nullable Value target, @Nullable Value actual) {
    return period(DateRange.ofYear(year), target, actual);
  }

  /** A framework FW whose only result R1 has one count indicator IND-1 with one period. */
  private static ResultsFramework oneIndicator(DateRange range, String target, String actual) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("FW"))
        .title("Test framework")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2010))
        .levelScheme(LevelScheme.of("one level", "result"))
        .addResult(
            Result.builder()
                .id(ResultId.of("R1"))
                .level("result")
                .title("The only result")
                .addIndicator(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-1"))
                        .title("Indicator IND-1")
                        .measure(Measure.COUNT)
                        .direction(Direction.INCREASE)
                        .addPeriod(period(range, n(target), n(actual)))
                        .build())
                .build())
        .build();
  }

  /**
   * O1 (outcome, no indicator) → P1 (output) with IND-1, people trained: baseline 10; 2008 target
   * 40, actual 38; 2009 target 60, no actual yet.
   */
  private static ResultsFramework framework() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("TT"))
        .title("Test table")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2009))
        .levelScheme(LevelScheme.of("two", "outcome", "output"))
        .addResult(Result.builder().id(ResultId.of("O1")).level("outcome").title("Reach people").build())
        .addResult(
            Result.builder()
                .id(ResultId.of("P1"))
                .level("output")
                .title("Train people, in pairs")
                .parent(ResultId.of("O1"))
                .addIndicator(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-1"))
                        .title("People trained")
                        .measure(Measure.COUNT)
                        .direction(Direction.INCREASE)
                        .unit("people")
                        .baseline(Baseline.of(n("10")))
                        .addPeriod(year(2008, n("40"), n("38")))
                        .addPeriod(year(2009, n("60"), null))
                        .build())
                .build())
        .build();
  }

  private static PerformanceTable table() {
    return ProgressCalculator.of(PERCENT).report(framework(), date("2009-06-30")).table();
  }

  @Test
  void rendersCsvWithOneRowPerIndicator() {
    // 38/40 = 95.0%; the plan sums the completed 2008 only, and its target is 40 + 60 = 100.
    assertEquals(
        "Result,Level,Result title,Indicator,Title,Unit,Baseline,"
            + "2008 target,2008 actual,2008 % met,2008 status,"
            + "2009 target,2009 actual,2009 % met,2009 status,"
            + "Plan target,Target to date,Actual to date,Whole plan % met,Whole plan status\r\n"
            + "P1,output,\"Train people, in pairs\",IND-1,People trained,people,10,"
            + "40,38,95.0%,on track,60,,,not yet due,100,40,38,95.0%,on track\r\n",
        PerformanceTables.render(table(), TableFormat.CSV));
  }

  @Test
  void rendersMarkdownWithABoldRowPerResult() {
    String md = PerformanceTables.render(table(), TableFormat.MARKDOWN);
    List<String> lines = md.lines().toList();
    assertEquals(
        "**Performance of Test table (TT) as of 2009-06-30; % met = actual / target**", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals(
        "| Indicator | Title | Baseline | 2008 target | 2008 actual | 2008 % met | 2008 status"
            + " | 2009 target | 2009 actual | 2009 % met | 2009 status | Plan target | Target to date"
            + " | Actual to date | Whole plan % met | Whole plan status |",
        lines.get(2));
    assertEquals("|" + " --- |".repeat(16), lines.get(3));
    assertEquals("| **O1** | **outcome: Reach people** |" + "  |".repeat(14), lines.get(4));
    assertEquals(
        "| IND-1 | People trained | 10 | 40 | 38 | 95.0% | on track | 60 | - | - | not yet due"
            + " | 100 | 40 | 38 | 95.0% | on track |",
        lines.get(6));
  }

  @Test
  void rendersAlignedPlainText() {
    List<String> lines = PerformanceTables.render(table(), TableFormat.PLAIN_TEXT).lines().toList();
    assertEquals(
        "Performance of Test table (TT) as of 2009-06-30; % met = actual / target", lines.get(0));
    assertEquals("O1 [outcome] Reach people", lines.get(4));
    assertEquals("  P1 [output] Train people, in pairs", lines.get(5));
    String row = lines.get(6);
    assertTrue(row.startsWith("    IND-1  People trained  10 "), row);
    List<String> groups = new ArrayList<>();
    for (String g : com.google.common.base.Splitter.on(" | ").split(row)) {
      groups.add(g.strip().replaceAll(" {2,}", "/"));
    }
    assertEquals(
        List.of(
            "IND-1/People trained/10",
            "40/38/95.0%/on track",
            "60/-/-/not yet due",
            "100/40/38/95.0%/on track"),
        groups);
    // The two header lines and the row put their column-group separators at the same places.
    assertEquals(bars(lines.get(2)), bars(row));
    assertEquals(bars(lines.get(3)), bars(row));
    assertTrue(lines.get(2).contains("| 2008 "), lines.get(2));
    assertTrue(lines.get(2).contains("| Whole plan"), lines.get(2));
  }

  private static List<Integer> bars(String line) {
    List<Integer> at = new ArrayList<>();
    for (int i = line.indexOf(" | "); i >= 0; i = line.indexOf(" | ", i + 1)) {
      at.add(i);
    }
    return at;
  }

  @Test
  void longPeriodLabelsWidenTheirColumnInPlainText() {
    ResultsFramework f =
        oneIndicator(DateRange.of(date("2008-01-15"), date("2008-02-14")), "4", "4");
    String text =
        PerformanceTables.render(
            ProgressCalculator.of(PERCENT).report(f, date("2009-01-01")).table(),
            TableFormat.PLAIN_TEXT);
    List<String> lines = text.lines().toList();
    assertEquals(bars(lines.get(2)), bars(lines.get(5)));
    assertTrue(lines.get(2).contains("| 2008-01-15/2008-02-14 "), text);
  }

  @Test
  void showsPercentagesWithTheDecimalsAsked() {
    // 38 / 40 = 0.95: 95% with no decimal, 95.000% with three.
    String none =
        PerformanceTables.render(
            table(), TableFormat.CSV, RenderOptions.defaults().withPercentDecimals(0));
    assertTrue(none.contains(",40,38,95%,on track,"), none);
    String three =
        PerformanceTables.render(
            table(), TableFormat.CSV, RenderOptions.defaults().withPercentDecimals(3));
    assertTrue(three.contains(",40,38,95.000%,on track,"), three);
  }

  @Test
  void speaksFrenchAndSpanishWithTheSameNumbers() {
    String fr =
        PerformanceTables.render(
            table(), TableFormat.CSV, RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertEquals(
        "Résultat,Niveau,Intitulé du résultat,Indicateur,Intitulé,Unité,Référence,"
            + "2008 cible,2008 réalisé,2008 % atteint,2008 statut,"
            + "2009 cible,2009 réalisé,2009 % atteint,2009 statut,"
            + "Cible du plan,Cible à date,Réalisé à date,Plan entier % atteint,Plan entier statut",
        fr.lines().findFirst().orElseThrow());
    assertTrue(fr.contains(",40,38,95.0%,en bonne voie,60,,,pas encore échu,"), fr);
    String es =
        PerformanceTables.render(
            table(), TableFormat.MARKDOWN, RenderOptions.defaults().withLocale(Locale.forLanguageTag("es-AR")));
    assertEquals(
        "**Desempeño de Test table (TT) al 2009-06-30; % logrado = real / meta**",
        es.lines().findFirst().orElseThrow());
    assertTrue(es.contains("| 40 | 38 | 95.0% | en curso | 60 | - | - | aún no vence |"), es);
  }

  @Test
  void speaksEnglishForOtherLanguagesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      String de =
          PerformanceTables.render(
              table(), TableFormat.CSV, RenderOptions.defaults().withLocale(Locale.GERMAN));
      assertTrue(de.startsWith("Result,Level,Result title,"), de);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void labelsStatusesInTheLanguageAsked() {
    assertEquals("on track", PerformanceTables.label(ProgressStatus.ON_TRACK, Locale.ENGLISH));
    assertEquals("en retard", PerformanceTables.label(ProgressStatus.BEHIND, Locale.FRENCH));
    assertEquals(
        "sin datos", PerformanceTables.label(ProgressStatus.NO_DATA, Locale.forLanguageTag("es")));
  }

  @Test
  void rendersAPeriodOfWholeYearsBefore1000InEveryFormat() {
    // Issue 17, point 7: a period of the whole year 999 made every rendering throw "firstYear: got
    // 999". It is labelled by its dates instead.
    ResultsFramework f = oneIndicator(DateRange.ofYear(999), "4", "4");
    PerformanceTable t = ProgressCalculator.of(PERCENT).report(f, date("2009-01-01")).table();
    for (TableFormat format : TableFormat.values()) {
      assertTrue(
          PerformanceTables.render(t, format).contains("0999-01-01/0999-12-31"), format.name());
    }
    ResultsFramework late = oneIndicator(DateRange.ofYear(10_000), "4", "4");
    String csv =
        PerformanceTables.render(
            ProgressCalculator.of(PERCENT).report(late, date("2009-01-01")).table(),
            TableFormat.CSV);
    assertTrue(csv.contains("+10000-01-01/+10000-12-31 target"), csv);
  }

  /** A period: whole years, a month, a quarter, a half-year or any range, across the year range. */
  private static Gen<DateRange> periods() {
    Gen<Integer> years = integers().between(-3000, 12_000);
    return years.zip(
        integers().between(0, 5),
        integers().between(0, 400),
        (y, kind, days) ->
            switch (kind) {
              case 0 -> DateRange.of(LocalDate.of(y, 1, 1), LocalDate.of(y + days % 12, 12, 31));
              case 1 -> DateRange.of(LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 31));
              case 2 -> DateRange.of(LocalDate.of(y, 7, 1), LocalDate.of(y, 9, 30));
              case 3 -> DateRange.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
              default -> DateRange.of(LocalDate.of(y, 1, 15), LocalDate.of(y, 1, 15).plusDays(days));
            });
  }

  @Test
  void renderingAnyTableInAnyFormatDoesNotThrow() {
    Gen<String> titles = strings().betweenCodePoints(9, 0x24F).ofLengthBetween(1, 60).assuming(s -> !s.isBlank());
    Gen<ResultsFramework> frameworks =
        periods()
            .zip(
                integers().between(0, 1_000_000),
                integers().between(0, 1_000_000),
                titles,
                (range, target, actual, title) -> {
                  ResultsFramework f = oneIndicator(range, target.toString(), actual.toString());
                  Indicator i = f.indicators().get(0);
                  return f.withResults(
                      f.results().get(0).withIndicators(i.withTitle(title).withUnit(title)));
                });
    Gen<RenderOptions> options =
        integers()
            .between(0, RenderOptions.MAX_PERCENT_DECIMALS)
            .zip(
                arbitrary().pick(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.GERMAN)),
                (d, l) -> RenderOptions.defaults().withPercentDecimals(d).withLocale(l));
    qt().forAll(
            frameworks,
            arbitrary().enumValues(AchievementMethod.class),
            arbitrary().enumValues(TableFormat.class),
            options)
        .checkAssert(
            (f, method, format, o) -> {
              PerformanceTable t =
                  ProgressCalculator.of(PERCENT.withMethod(method))
                      .report(f, date("2009-01-01"))
                      .table();
              assertFalse(PerformanceTables.render(t, format, o).isEmpty());
            });
  }

  @Test
  void rendersWithTheDefaultOptionsWhenNoneAreGiven() {
    PerformanceTable t = table();
    List<String> same = new ArrayList<>();
    for (TableFormat format : TableFormat.values()) {
      if (PerformanceTables.render(t, format)
          .equals(PerformanceTables.render(t, format, RenderOptions.defaults()))) {
        same.add(format.name());
      }
    }
    assertEquals(List.of("PLAIN_TEXT", "MARKDOWN", "CSV"), same);
  }

  /** Issue 10's case: waiting days, decreasing, baseline 180, target 150 for 2008 and 2009. */
  private static PerformanceTable waitingDays(String actual2008, String actual2009) {
    ResultsFramework f =
        ResultsFramework.builder()
            .id(FrameworkId.of("FW"))
            .title("Waiting")
            .owner("Tests")
            .planningPeriod(PlanningPeriod.of(2008, 2009))
            .levelScheme(LevelScheme.of("one level", "result"))
            .addResult(
                Result.builder()
                    .id(ResultId.of("R1"))
                    .level("result")
                    .title("Shorter waits")
                    .addIndicator(
                        Indicator.builder()
                            .id(IndicatorId.of("IND-1"))
                            .title("Days to a decision")
                            .measure(Measure.COUNT)
                            .direction(Direction.DECREASE)
                            .cumulative(true)
                            .baseline(Baseline.of(n("180")))
                            .addPeriod(year(2008, n("150"), n(actual2008)))
                            .addPeriod(year(2009, n("150"), n(actual2009)))
                            .build())
                    .build())
            .build();
    return ProgressCalculator.of(PERCENT).report(f, date("2010-01-01")).table();
  }

  @Test
  void showsPercentMetOfADecreasingIndicatorTheWayItReadsForAnIncreasingOne() {
    PerformanceTable t = waitingDays("172", "200");
    // The raw ratios stay available: 172/150 = 1.14666…, 200/150 = 1.33333….
    assertEquals(
        "1.146666666666666666666666666666667",
        requireNonNull(t.groups().get(0).rows().get(0).periods().get(DateRange.ofYear(2008)))
            .ratio()
            .orElseThrow()
            .toPlainString());
    // Shown: 2 − 172/150 = 0.85333… → 85.3% (missed, within the 15% band: on track, not achieved);
    // 2 − 200/150 = 0.66666… → 66.7% (worse than the baseline: behind). The plan of a cumulative
    // indicator is its latest period, 2009. Before the fix the table showed 114.7% and 133.3%.
    assertEquals(
        "Result,Level,Result title,Indicator,Title,Unit,Baseline,"
            + "2008 target,2008 actual,2008 % met,2008 status,"
            + "2009 target,2009 actual,2009 % met,2009 status,"
            + "Plan target,Target to date,Actual to date,Whole plan % met,Whole plan status\r\n"
            + "R1,result,Shorter waits,IND-1,Days to a decision,,180,"
            + "150,172,85.3%,on track,150,200,66.7%,behind,150,150,200,66.7%,behind\r\n",
        PerformanceTables.render(t, TableFormat.CSV));
  }

  @Test
  void achievementIsTheRatioExceptForADecreasingIndicatorByPercentOfTarget() {
    BigDecimal ratio = new BigDecimal("1.25");
    // 2 − 1.25 = 0.75 for a decreasing indicator by percent of target; the ratio itself otherwise.
    assertEquals(
        new BigDecimal("0.75"),
        AchievementMethod.PERCENT_OF_TARGET.achievement(Direction.DECREASE, ratio));
    assertEquals(ratio, AchievementMethod.PERCENT_OF_TARGET.achievement(Direction.INCREASE, ratio));
    assertEquals(ratio, AchievementMethod.RELATIVE_TO_BASELINE.achievement(Direction.DECREASE, ratio));
  }
}
