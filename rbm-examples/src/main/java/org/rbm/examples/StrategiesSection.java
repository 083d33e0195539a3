package org.rbm.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.ValidationReport;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyCriteria;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyPair;
import org.rbm.text.LinkageMatrices;
import org.rbm.text.TableFormat;

/**
 * The report's section on strategies: the paper's strategy-linkage matrix in its layout, the gap
 * analysis, and a check of a sample knowledge-sharing strategy against the seven common criteria.
 */
public final class StrategiesSection {
  private StrategiesSection() {}

  /**
   * Prints the section.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    LinkageMatrix paper = IloStrategies.linkageMatrix();
    out.println("Strategy-linkage matrix (GB.300/PFA/9/1, paragraph 22): rows are strategies,");
    out.println("columns the core management strategies; each pair of core strategies once.");
    out.println();
    out.print(LinkageMatrices.render(paper, TableFormat.PLAIN_TEXT));
    out.println();
    out.printf(Locale.ROOT, "%d of %d allowed cells hold a linkage.%n",
        paper.cells().size(), paper.allowedPositions().size());
    printGaps(out, paper);

    // The paper names the global employment agenda among the other strategies, but gives it no
    // row: added without links, its five cells are the gaps to fill.
    LinkageMatrix withAgenda = paper.toBuilder()
        .addOtherStrategy(IloStrategies.EMPLOYMENT, "Global employment agenda")
        .build();
    out.println();
    out.println("With the global employment agenda, which the paper names but does not link:");
    printGaps(out, withAgenda);

    out.println();
    printCriteria(out, IloStrategies.knowledgeSharingStrategy());
  }

  private static void printCriteria(PrintStream out, Strategy strategy) {
    ValidationReport report = StrategyCriteria.validator().validate(
        strategy, ValidationContext.of(List.of(IloFramework.programmeAndBudget2008())));
    out.printf("The seven common criteria (paragraph 20) applied to the sample %s, %s:%n",
        strategy.name().toLowerCase(Locale.ROOT), strategy.period());
    for (Finding f : report.findings()) {
      out.printf("  %s %-7s %s: %s%n",
          f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.location(), f.message());
    }
    out.printf(Locale.ROOT, "%d findings: %d errors, %d warnings.%n", report.findings().size(),
        report.count(org.rbm.core.rules.Severity.ERROR),
        report.count(org.rbm.core.rules.Severity.WARNING));
  }

  private static void printGaps(PrintStream out, LinkageMatrix matrix) {
    List<StrategyPair> gaps = matrix.gaps();
    if (gaps.isEmpty()) {
      out.println("Gaps: none.");
      return;
    }
    out.printf(Locale.ROOT, "Gaps: %d allowed cells without a linkage:%n", gaps.size());
    for (StrategyPair gap : gaps) {
      out.printf("  %s - %s%n", name(matrix, gap.row()), name(matrix, gap.column()));
    }
  }

  private static String name(LinkageMatrix matrix, StrategyId id) {
    return matrix.strategy(id).map(h -> h.name()).orElse(id.toString());
  }
}
