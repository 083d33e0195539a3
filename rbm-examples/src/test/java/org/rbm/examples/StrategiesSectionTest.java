package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strategies section prints the paper's 20 cells under the right row and column. */
class StrategiesSectionTest {
  private static final String HR = "Human resources";
  private static final String IT = "Information technology";
  private static final String KNOWLEDGE = "Knowledge";
  private static final String EVALUATION = "Evaluation";
  private static final String RBM = "Results-based management";
  private static final String GENDER = "Gender equality";
  private static final String RESOURCES = "Resource mobilization";

  /** DOMAIN.md's table, cell by cell: row, column, statements. */
  private static final Map<List<String>, Set<String>> PAPER = new LinkedHashMap<>();

  static {
    PAPER.put(List.of(HR, IT), Set.of("Update IT skills among staff"));
    PAPER.put(List.of(HR, KNOWLEDGE), Set.of("Update core competencies",
        "Update knowledge-sharing skills", "Support retention of institutional knowledge"));
    PAPER.put(List.of(HR, EVALUATION), Set.of("Update evaluation skills",
        "Accountability for results", "Follow-up on recommendations"));
    PAPER.put(List.of(HR, RBM), Set.of("Update management competencies",
        "Support results-based performance appraisal"));
    PAPER.put(List.of(IT, KNOWLEDGE), Set.of("Support knowledge management and knowledge sharing"));
    PAPER.put(List.of(IT, EVALUATION),
        Set.of("Support capturing, storing and accessing lessons learned"));
    PAPER.put(List.of(IT, RBM), Set.of("Support management information systems"));
    PAPER.put(List.of(KNOWLEDGE, EVALUATION), Set.of("Support knowledge sharing in evaluation"));
    PAPER.put(List.of(KNOWLEDGE, RBM),
        Set.of("Integrate knowledge into results management, reporting and DWCPs"));
    PAPER.put(List.of(EVALUATION, RBM), Set.of(
        "Apply lessons learned in major programming and planning steps",
        "Monitor implementation of evaluation recommendations"));
    PAPER.put(List.of(GENDER, HR), Set.of("Improve gender balance",
        "Measures against workplace harassment", "Update gender-mainstreaming capacity"));
    PAPER.put(List.of(GENDER, IT), Set.of("Encourage use of sex-disaggregated databases"));
    PAPER.put(List.of(GENDER, KNOWLEDGE),
        Set.of("Update the knowledge base on good practices", "Support gender networks"));
    PAPER.put(List.of(GENDER, EVALUATION),
        Set.of("Use gender audits and evaluations to promote gender equality"));
    PAPER.put(List.of(GENDER, RBM),
        Set.of("Apply gender results, indicators and targets in the programming process"));
    PAPER.put(List.of(RESOURCES, HR),
        Set.of("Update resource-mobilization skills in regional offices"));
    PAPER.put(List.of(RESOURCES, IT), Set.of("IRIS supports technical cooperation reporting"));
    PAPER.put(List.of(RESOURCES, KNOWLEDGE),
        Set.of("Integrate knowledge into partnership frameworks"));
    PAPER.put(List.of(RESOURCES, EVALUATION),
        Set.of("Apply evaluation lessons learned", "Follow up on recommendations"));
    PAPER.put(List.of(RESOURCES, RBM),
        Set.of("Strengthen RBM in technical cooperation proposals and reports"));
  }

  private static String section() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StrategiesSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads the printed grid back: for each row block between borders, the row's name and, per
   * column, the statements (a line starting "- " starts one, indented lines continue it).
   */
  private static Map<List<String>, Set<String>> grid(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.startsWith("+")) {
        if (!block.isEmpty()) {
          blocks.add(block);
        }
        block = new ArrayList<>();
      } else if (line.startsWith("|")) {
        block.add(line);
      }
    }
    List<String> headings = names(blocks.get(0));
    Map<List<String>, Set<String>> cells = new LinkedHashMap<>();
    for (List<String> rowBlock : blocks.subList(1, blocks.size())) {
      List<String> names = names(rowBlock);
      for (int c = 1; c < headings.size(); c++) {
        List<String> statements = new ArrayList<>();
        for (String line : rowBlock) {
          String segment = line.split("\\|", -1)[c + 1].substring(1).stripTrailing();
          if (segment.startsWith("- ")) {
            statements.add(segment.substring(2));
          } else if (!segment.isBlank()) {
            int last = statements.size() - 1;
            statements.set(last, statements.get(last) + " " + segment.strip());
          }
        }
        if (!statements.isEmpty()) {
          cells.put(List.of(names.get(0), headings.get(c)), Set.copyOf(statements));
        }
      }
    }
    return cells;
  }

  /** The text of each column of a block, its lines joined by spaces. */
  private static List<String> names(List<String> block) {
    List<StringBuilder> columns = new ArrayList<>();
    for (String line : block) {
      String[] parts = line.split("\\|", -1);
      for (int c = 1; c < parts.length - 1; c++) {
        if (columns.size() < c) {
          columns.add(new StringBuilder());
        }
        String part = parts[c].strip();
        if (!part.isEmpty()) {
          columns.get(c - 1).append(columns.get(c - 1).length() > 0 ? " " : "").append(part);
        }
      }
    }
    return columns.stream().map(StringBuilder::toString).toList();
  }

  @Test
  void printsAllTwentyCellsUnderTheirRowAndColumn() {
    String section = section();
    String matrix = section.substring(0, section.indexOf("allowed cells hold a linkage"));
    assertEquals(PAPER, grid(matrix), section);
    assertTrue(section.contains("20 of 20 allowed cells hold a linkage."), section);
  }

  @Test
  void checksTheSampleKnowledgeSharingStrategyAgainstTheCriteria() {
    String section = section();
    // OC2a is an outcome: the example framework measures only immediate outcomes, and the sample
    // links milestone 2 to IO2a.1 alone; no partnership is stated; the RBSA amount is zero.
    String findings = """
          RBM-STR-006 warning /costs/RBSA: The RBSA requirement is 0 USD; a requirement is a \
        positive amount.
          RBM-STR-002 warning /expectedResults/OC2a: Expected result OC2a has no indicator, so it \
        cannot be measured.
          RBM-STR-003 warning /expectedResults/OC2a: No milestone marks the way to expected result \
        OC2a.
          RBM-STR-004 warning /partnerships: The strategy states no external partnership.
        4 findings: 0 errors, 4 warnings.
        """;
    assertTrue(section.contains(findings), section);
  }

  @Test
  void printsTheGapsOfTheGlobalEmploymentAgenda() {
    String section = section();
    assertTrue(section.contains("Gaps: none."), section);
    String gaps = """
        Gaps: 5 allowed cells without a linkage:
          Global employment agenda - Human resources
          Global employment agenda - Information technology
          Global employment agenda - Knowledge
          Global employment agenda - Evaluation
          Global employment agenda - Results-based management
        """;
    assertTrue(section.contains(gaps), section);
  }
}
