package org.rbm.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpRules;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.core.dwcp.StageChange;
import org.rbm.text.DwcpPortfolios;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/**
 * The report's section on Decent Work Country Programmes: the 2007 portfolio by region and stage
 * with the paper's totals, the countries and QA figures, what changed during 2007, the global
 * outcomes the programmes ask for, and the rules' findings. Countries, dates and resources are
 * invented where the paper gives only counts ({@link IloDwcps}).
 */
public final class DwcpSection {
  private DwcpSection() {}

  /**
   * Prints the section.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    DwcpPortfolio portfolio = IloDwcps.portfolio2007();
    out.println("The paper gives counts only: the countries, dates, QA reviews and resources");
    out.println("below are invented so that the counts are the paper's.");
    out.println();
    DwcpStageTable table = portfolio.countsByRegionAndStage(IloDwcps.END_2007);
    out.print(DwcpPortfolios.render(table, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
    out.println();
    out.printf(Locale.ROOT, "DWCPs finalized: %d; being developed: %d.%n",
        table.stageTotal(DwcpStage.FINAL),
        table.stageTotal(DwcpStage.CONCEPT) + table.stageTotal(DwcpStage.DRAFT));
    out.printf(Locale.ROOT, "Countries with DWCP documents in any stage: %d.%n",
        portfolio.countriesWithDocuments(IloDwcps.END_2007).size());
    out.printf(Locale.ROOT, "Assessed or being assessed by regional QA: %d.%n",
        portfolio.qaAssessedCount(IloDwcps.END_2007));
    int moved = 0;
    int recorded = 0;
    for (StageChange c : portfolio.changes(LocalDate.of(2007, 1, 31), IloDwcps.END_2007)) {
      if (c.before().isPresent()) {
        moved++;
      } else {
        recorded++;
      }
    }
    out.printf(Locale.ROOT,
        "From 31 January to 31 December 2007: %d documents moved to a later stage,"
            + " %d were started.%n", moved, recorded);
    out.println();
    out.print(DwcpPortfolios.render(portfolio, IloDwcps.END_2007, TableFormat.PLAIN_TEXT,
        RenderOptions.defaults()));
    out.println();
    int withoutQa = 0;
    for (Dwcp d : portfolio.programmes()) {
      if (DwcpRules.validator().validate(d).findings().stream()
          .anyMatch(f -> f.ruleId().equals(DwcpRules.FINAL_PASSED_QA))) {
        withoutQa++;
      }
    }
    out.printf(Locale.ROOT,
        "RBM-DWCP-001: %d final documents predate regional QA and have no passed review.%n",
        withoutQa);
  }
}
