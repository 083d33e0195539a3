package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.strategies.LinkageMatrix;

/** The paper's matrix (DOMAIN.md, paragraph 22) in the three formats. */
class LinkageMatricesPaperTest {
  private final LinkageMatrix paper = PaperMatrix.matrix();

  @Test
  void theCsvFormPutsEachStatementUnderItsColumnHeading() {
    String csv = LinkageMatrices.render(paper, TableFormat.CSV);
    assertTrue(csv.startsWith("Strategy,Human resources [HR],Information technology [IT],"
        + "Knowledge [KNOWLEDGE],Evaluation [EVALUATION],Results-based management [RBM]\r\n"), csv);
    // Cells with several statements or a comma are quoted; statements sorted, one per line.
    assertTrue(csv.contains("\r\nGender equality [GENDER],"
        + "\"Improve gender balance\nMeasures against workplace harassment\n"
        + "Update gender-mainstreaming capacity\","
        + "Encourage use of sex-disaggregated databases,"
        + "\"Support gender networks\nUpdate the knowledge base on good practices\","
        + "Use gender audits and evaluations to promote gender equality,"
        + "\"Apply gender results, indicators and targets in the programming process\"\r\n"),
        csv);
    assertTrue(csv.contains("\r\nEvaluation [EVALUATION],,,,,\"Apply lessons learned in major "
        + "programming and planning steps\nMonitor implementation of evaluation recommendations\"\r\n"),
        csv);
    assertEquals(paper, LinkageMatrices.parseCsv(csv));
  }

  @Test
  void theMarkdownFormHasThePapersRowsAndColumns() {
    List<String> lines = LinkageMatrices.render(paper, TableFormat.MARKDOWN).lines().toList();
    assertEquals(2 + 6, lines.size());
    assertEquals("| Strategy | Human resources | Information technology | Knowledge | Evaluation "
        + "| Results-based management |", lines.get(0));
    assertEquals("| Evaluation | | | | | Apply lessons learned in major programming and planning "
        + "steps; Monitor implementation of evaluation recommendations |", lines.get(5));
    assertEquals("| Resource mobilization | Update resource-mobilization skills in regional offices "
        + "| IRIS supports technical cooperation reporting "
        + "| Integrate knowledge into partnership frameworks "
        + "| Apply evaluation lessons learned; Follow up on recommendations "
        + "| Strengthen RBM in technical cooperation proposals and reports |", lines.get(7));
  }

  @Test
  void everyStatementOfThePaperAppearsInTheText() {
    String text = LinkageMatrices.render(
        paper, TableFormat.PLAIN_TEXT, RenderOptions.defaults().withColumnWidth(200));
    for (ImmutableSet<String> cell : PaperMatrix.CELLS.values()) {
      for (String s : cell) {
        assertTrue(text.contains("- " + s + " "), s);
      }
    }
    ImmutableList<String> lines = ImmutableList.copyOf(text.lines().iterator());
    // One line per statement in the tallest cell of each row: 3, 1, 1, 2, 3, 2 lines of rows.
    assertEquals(1 + 1 + 1 + (3 + 1 + 1 + 2 + 3 + 2) + 6, lines.size());
  }
}
