package org.rbm.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.text.BreakdownTables;
import org.rbm.text.PerformanceTables;
import org.rbm.text.TableFormat;

/**
 * Prints the progress of a framework as of a date: the performance table (TolaData's "% met" with
 * its ±15% band), then the roll-up of each result along the chain by the worst-status policy, then
 * the sex-disaggregated view: each sex against its own target and as a share of the total.
 */
final class ProgressSection {
  private ProgressSection() {}

  /**
   * Prints the performance table and the roll-up per result.
   *
   * @param out where to print
   * @param framework the framework
   * @param asOf the as-of date: periods ending before it are completed
   */
  static void print(PrintStream out, ResultsFramework framework, LocalDate asOf) {
    ProgressReport report = ProgressCalculator.of(ProgressSettings.defaults()).report(framework, asOf);
    out.print(PerformanceTables.render(report.table(), TableFormat.PLAIN_TEXT));
    out.println();
    out.println("Roll-up by result (worst status of the indicators at and below each result):");
    RollUp rollUp = report.rollUp(RollUpPolicy.worstStatus());
    for (Result r : framework.resultsInTreeOrder()) {
      ResultRollUp up = rollUp.result(r.id()).orElseThrow();
      out.printf(
          "%s%s %s (%s)%n",
          "  ".repeat(framework.depth(r.id())), r.id(), label(up.status()), counts(up));
    }
    out.println();
    out.print(BreakdownTables.render(report, "sex", TableFormat.PLAIN_TEXT));
  }

  private static String label(ProgressStatus status) {
    return PerformanceTables.label(status, Locale.ENGLISH);
  }

  private static String counts(ResultRollUp up) {
    if (up.indicatorCount() == 0) {
      return "no indicators";
    }
    String byStatus =
        up.counts().asMap().entrySet().stream()
            .map((Map.Entry<ProgressStatus, Integer> e) -> e.getValue() + " " + label(e.getKey()))
            .collect(Collectors.joining(", "));
    return up.indicatorCount() + (up.indicatorCount() == 1 ? " indicator: " : " indicators: ")
        + byStatus;
  }
}
