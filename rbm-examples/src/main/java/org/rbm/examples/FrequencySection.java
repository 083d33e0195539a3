package org.rbm.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.progress.PerformanceTableOptions;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.text.PerformanceTables;
import org.rbm.text.TableFormat;

/**
 * Prints a quarterly indicator next to a yearly one in a yearly performance table: the quarters
 * summed into their year (marked †, with a legend), one column group per year.
 */
final class FrequencySection {
  private FrequencySection() {}

  /**
   * Prints the NGO logframe's yearly table as of 1 January 2025.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    ProgressReport report =
        ProgressCalculator.of(ProgressSettings.defaults())
            .report(NgoLogframe.waterAndFarming(), LocalDate.of(2025, 1, 1));
    out.print(
        PerformanceTables.render(
            report.table(PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR)),
            TableFormat.PLAIN_TEXT));
  }
}
