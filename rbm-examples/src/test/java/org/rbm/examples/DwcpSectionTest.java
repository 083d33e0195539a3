package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.core.dwcp.IloRegion;

/** The DWCP section reproduces the paper's 2007 figures (DOMAIN.md, "DWCP documents by region"). */
class DwcpSectionTest {
  private static final DwcpPortfolio PORTFOLIO = IloDwcps.portfolio2007();

  @Test
  void countsByRegionAndStageAreThePapers() {
    DwcpStageTable t = PORTFOLIO.countsByRegionAndStage(IloDwcps.END_2007);
    int[][] paper = {{6, 8, 11}, {5, 10, 3}, {2, 2, 1}, {11, 4, 4}, {0, 1, 11}};
    IloRegion[] rows = {IloRegion.AFRICA, IloRegion.AMERICAS, IloRegion.ARAB_STATES,
        IloRegion.ASIA_AND_THE_PACIFIC, IloRegion.EUROPE};
    DwcpStage[] columns = {DwcpStage.CONCEPT, DwcpStage.DRAFT, DwcpStage.FINAL};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        assertEquals(paper[r][c], t.count(rows[r], columns[c]), rows[r] + " " + columns[c]);
      }
    }
    assertEquals(24, t.stageTotal(DwcpStage.CONCEPT));
    assertEquals(25, t.stageTotal(DwcpStage.DRAFT));
    assertEquals(30, t.stageTotal(DwcpStage.FINAL));
    assertEquals(79, t.total());
  }

  @Test
  void countriesAndQaAreThePapers() {
    assertEquals(75, PORTFOLIO.countriesWithDocuments(IloDwcps.END_2007).size());
    assertEquals(26, PORTFOLIO.qaAssessedCount(IloDwcps.END_2007));
  }

  /**
   * Worked by hand from {@link IloDwcps}: 19 finals predate QA (Africa 7, Americas 1, Asia 2,
   * Europe 9); 11 finals and 25 drafts move on after 31 January; the 4 successors start on 1
   * October; every one of the 79 programmes brings USD 200,000 RB to IO1a.1 and USD 100,000 XBTC
   * to IO2a.1.
   */
  @Test
  void printsTheTableAndTheFiguresWorkedByHand() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DwcpSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("""
        Region                Concept document  Draft document  Final document  Total
        Africa                               6               8              11     25
        Americas                             5              10               3     18
        Arab States                          2               2               1      5
        Asia and the Pacific                11               4               4     19
        Europe                               –               1              11     12
        Total                               24              25              30     79
        """), out);
    assertTrue(out.contains("DWCPs finalized: 30; being developed: 49.\n"), out);
    assertTrue(out.contains("Countries with DWCP documents in any stage: 75.\n"), out);
    assertTrue(out.contains("Assessed or being assessed by regional QA: 26.\n"), out);
    assertTrue(out.contains("36 documents moved to a later stage, 4 were started.\n"), out);
    assertTrue(out.contains("PB-2008-09/IO1a.1         75  USD 15800000"), out);
    assertTrue(out.contains("USD 7900000"), out);
    assertTrue(out.contains("RBM-DWCP-001: 19 final documents predate regional QA"), out);
  }
}
