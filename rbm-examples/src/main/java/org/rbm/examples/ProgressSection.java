package org.rbm.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.rbm.core.progress.FrameworkProgress;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * Prints the progress of a framework as of a date: the performance table (TolaData's "% met" with
 * its ±15% band), then the roll-up of each result along the chain by the worst-status policy.
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
    FrameworkProgress progress =
        ProgressCalculator.of(ProgressSettings.defaults()).framework(framework, asOf);
    out.print(PerformanceTable.of(framework, progress).toPlainText());
    out.println();
    out.println("Roll-up by result (worst status of the indicators at and below each result):");
    RollUp rollUp = RollUp.of(framework, progress, RollUpPolicy.worstStatus());
    for (Result r : framework.resultsInTreeOrder()) {
      ResultRollUp up = rollUp.result(r.id()).orElseThrow();
      out.printf(
          "%s%s %s (%s)%n",
          "  ".repeat(framework.depth(r.id())), r.id(), up.status().label(), counts(up));
    }
  }

  private static String counts(ResultRollUp up) {
    if (up.indicatorCount() == 0) {
      return "no indicators";
    }
    String byStatus =
        up.counts().asMap().entrySet().stream()
            .map((Map.Entry<ProgressStatus, Integer> e) -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    return up.indicatorCount() + (up.indicatorCount() == 1 ? " indicator: " : " indicators: ")
        + byStatus;
  }
}
