package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.text.PerformanceTables;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/** The progress sample offered for README.md, kept compiling and true. */
class ProgressReadmeSampleTest {

  @Test
  void computesAndPrintsThePerformanceTable() {
    ResultsFramework framework = IloFramework.programmeAndBudget2008();
    // README sample starts
    ProgressReport report =
        ProgressCalculator.of(ProgressSettings.defaults()) // % met = actual / target, ±15% band
            .report(framework, LocalDate.of(2009, 1, 1));  // holds this framework, date, settings
    IndicatorProgress dwcps = report.indicator(IndicatorId.of("IND-2a.1-1")).orElseThrow();
    String unit = dwcps.indicator().unit().orElse("");      // "countries"
    PerformanceTable table = report.table();
    String text = PerformanceTables.render(table, TableFormat.PLAIN_TEXT); // or MARKDOWN, CSV
    String csvFr = PerformanceTables.render(
        table, TableFormat.CSV, RenderOptions.defaults().withLocale(Locale.FRENCH));
    RollUp rollUp = report.rollUp(RollUpPolicy.worstStatus());
    ProgressStatus so2 = rollUp.result(ResultId.of("SO2")).orElseThrow().status(); // ON_TRACK
    // README sample ends
    assertEquals(ProgressStatus.ON_TRACK, so2);
    assertTrue(text.contains("| Whole plan"), text);
    assertEquals("countries", unit);
    assertTrue(csvFr.startsWith("Résultat,Niveau,"), csvFr);

    // By the relative method, DWCPs went from 30 to 41 against a target of 45: 11/15, behind.
    ProgressReport okr =
        ProgressCalculator.of(
                ProgressSettings.builder().method(AchievementMethod.RELATIVE_TO_BASELINE).build())
            .report(framework, LocalDate.of(2009, 1, 1));
    assertEquals(
        ProgressStatus.BEHIND, okr.indicator(IndicatorId.of("IND-2a.1-1")).orElseThrow().status());
  }
}
