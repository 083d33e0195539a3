package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;

/** The sex-disaggregated view of progress (issue 10, point 2). */
class BreakdownTablesTest {
  /** See {@link TrainedBySex#framework}, targets in total only. */
  private static ProgressReport report() {
    return ProgressCalculator.of(ProgressSettings.defaults())
        .report(TrainedBySex.framework(false), LocalDate.of(2026, 1, 15));
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
