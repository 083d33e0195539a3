package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The sex-disaggregated view of progress (issue 10, point 2). */
class BreakdownTablesTest {
  /**
   * IND-1, people trained, by sex: 2025 target 100 in total, actuals female 60 and male 45 only;
   * IND-2, without breakdown, left out of the view.
   */
  private static ProgressReport report() {
    Indicator bySex =
        Indicator.builder()
            .id(IndicatorId.of("IND-1"))
            .title("People trained")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .dimension("sex", "female", "male")
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2025))
                    .addTarget(DataPoint.of(Value.of(100)))
                    .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                    .addActual(DataPoint.of(Value.of(45), "sex", "male"))
                    .build())
            .build();
    Indicator plain =
        Indicator.builder()
            .id(IndicatorId.of("IND-2"))
            .title("Manuals printed")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2025))
                    .addTarget(DataPoint.of(Value.of(10)))
                    .addActual(DataPoint.of(Value.of(9)))
                    .build())
            .build();
    ResultsFramework framework =
        ResultsFramework.builder()
            .id(FrameworkId.of("FW"))
            .title("Test framework")
            .owner("Tests")
            .planningPeriod(PlanningPeriod.of(2025, 2026))
            .levelScheme(LevelScheme.of("one level", "result"))
            .addResult(
                Result.builder()
                    .id(ResultId.of("R1"))
                    .level("result")
                    .title("The only result")
                    .addIndicator(bySex)
                    .addIndicator(plain)
                    .build())
            .build();
    return ProgressCalculator.of(ProgressSettings.defaults())
        .report(framework, LocalDate.of(2026, 1, 15));
  }

  @Test
  void showsTheDerivedTotalAndEachSexsShareInMarkdown() {
    // 60 + 45 = 105 (derived), 105 / 100 = 105.0%; no target by sex: shares 60/105 = 57.1%,
    // 45/105 = 42.9%.
    assertEquals(
        """
        **Progress by sex as of 2026-01-15**

        | Indicator | Period | sex | Target | Actual | % met | Share of total |
        |---|---|---|---:|---:|---:|---:|
        | IND-1 | 2025 | Total | 100 | 105 (sum) | 105.0% |  |
        | IND-1 | 2025 | female |  | 60 |  | 57.1% |
        | IND-1 | 2025 | male |  | 45 |  | 42.9% |
        """,
        BreakdownTables.render(report(), "sex", TableFormat.MARKDOWN));
  }

  @Test
  void speaksFrenchAndSpanish() {
    String fr =
        BreakdownTables.render(
            report(), "sex", TableFormat.CSV, RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertEquals(
        """
        Indicateur,Période,sex,Cible,Réalisé,% atteint,Part du total\r
        IND-1,2025,Total,100,105 (somme),105.0%,\r
        IND-1,2025,female,,60,,57.1%\r
        IND-1,2025,male,,45,,42.9%\r
        """,
        fr);
    String es =
        BreakdownTables.render(
            report(), "sex", TableFormat.MARKDOWN,
            RenderOptions.defaults().withLocale(Locale.forLanguageTag("es")));
    assertEquals(
        """
        **Avance por sex al 2026-01-15**

        | Indicador | Período | sex | Meta | Real | % logrado | Proporción del total |
        |---|---|---|---:|---:|---:|---:|
        | IND-1 | 2025 | Total | 100 | 105 (suma) | 105.0% |  |
        | IND-1 | 2025 | female |  | 60 |  | 57.1% |
        | IND-1 | 2025 | male |  | 45 |  | 42.9% |
        """,
        es);
  }

  @Test
  void aDimensionNoValueUsesGivesOnlyTheHeader() {
    assertEquals(
        "Indicator,Period,age,Target,Actual,% met,Share of total\r\n",
        BreakdownTables.render(report(), "age", TableFormat.CSV));
  }
}
