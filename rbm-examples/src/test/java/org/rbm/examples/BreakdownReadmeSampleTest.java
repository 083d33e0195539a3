package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.ResultsFramework;
import org.rbm.text.BreakdownTables;
import org.rbm.text.PerformanceTables;
import org.rbm.text.TableFormat;

/** The sample of progress by breakdown offered for README.md, kept compiling and true. */
class BreakdownReadmeSampleTest {

  @Test
  void showsProgressBySex() {
    ResultsFramework framework = IloFramework.programmeAndBudget2008();
    // README sample starts
    // IND-2b.1-1 declares .dimension("sex", "female", "male"); 2008 targets 200 and 200, actuals
    // 170 and 210 (total 380 of 400)
    ProgressReport report =
        ProgressCalculator.of(ProgressSettings.defaults()).report(framework, LocalDate.of(2009, 1, 1));
    PeriodProgress trainers2008 =
        report.indicator(IndicatorId.of("IND-2b.1-1")).orElseThrow().periods().get(0);
    CategoryProgress women = trainers2008.breakdown("sex").get(0);
    Optional<BigDecimal> ofTarget = women.ratio(); // 0.85: 170 of their own target of 200
    Optional<BigDecimal> share = women.share();    // 0.447…: 170 of the 380 trainers
    String bySex = BreakdownTables.render(report, "sex", TableFormat.MARKDOWN); // or PLAIN_TEXT, CSV
    String iptt = PerformanceTables.render(report.table(), "sex", TableFormat.MARKDOWN); // a row per sex
    // README sample ends
    assertEquals("female", women.category());
    assertEquals(Optional.of(new BigDecimal("0.85")), ofTarget);
    // 170/380 = 17/38 = 0.44736842105263157894736842105263157…, 34 digits, half-even.
    assertEquals(Optional.of(new BigDecimal("0.4473684210526315789473684210526316")), share);
    assertTrue(bySex.contains("| IND-2b.1-1 | 2008 | female | 200 | 170 | 85.0% | 44.7% |\n"), bySex);
    // Under the indicator's own row, hers: no baseline, 2008 target and actual, no status.
    assertTrue(iptt.contains("| IND-2b.1-1 | female |  | - | 200 | 170 | 85.0% | - |"), iptt);
  }
}
