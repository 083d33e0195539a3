package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbm.core.results.ResultsFramework;

class IloReportTest {
  @TempDir Path target;

  private String report() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IloReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), target);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exampleFrameworkHasTheIloShape() {
    ResultsFramework pb = IloFramework.programmeAndBudget2008();
    assertEquals("2008-09", pb.planningPeriod().toString());
    assertEquals(2, pb.roots().size());
    assertEquals(4, pb.resultsAtLevel("outcome").size());
    assertEquals(4, pb.resultsAtLevel("immediate outcome").size());
    assertEquals(6, pb.indicators().size());
  }

  @Test
  void printsEveryResultIndentedByDepth() throws IOException {
    String report = report();
    for (String line :
        List.of(
            "\nSO1 [strategic objective] ",
            "\n  OC1a [outcome] ",
            "\n    IO1a.1 [immediate outcome] ",
            "\n  OC1b [outcome] ",
            "\n    IO1b.1 [immediate outcome] ",
            "\nSO2 [strategic objective] ",
            "\n  OC2a [outcome] ",
            "\n    IO2a.1 [immediate outcome] ",
            "\n  OC2b [outcome] ",
            "\n    IO2b.1 [immediate outcome] ")) {
      assertTrue(report.contains(line), () -> "missing " + line.strip() + " in\n" + report);
    }
  }

  @Test
  void printsBaselinesTargetsAndActuals() throws IOException {
    String report = report();
    assertTrue(report.contains("baseline 30 (2007-11-01)"), report);
    assertTrue(report.contains("2008-01-01/2008-12-31  target 45  actual 41"), report);
    assertTrue(report.contains("baseline not available: No count was kept before 2008"), report);
    assertTrue(report.contains("actual 380, sex=female: 170, sex=male: 210"), report);
    assertTrue(report.contains("baseline 26/79 (2007-11-01)"), report);
  }

  @Test
  void printsWordsInsteadOfConstantNames() throws IOException {
    String report = report();
    assertTrue(
        report.contains("National skills policy adopted with the social partners"
            + " (qualitative, not applicable)"),
        report);
    assertTrue(report.contains("  regular budget  allocated     22000000"), report);
    assertTrue(report.contains("  extra-budgetary allocated     22000000"), report);
    assertFalse(report.contains("not_applicable"), report);
    assertFalse(report.contains("REGULAR_BUDGET"), report);
  }

  @Test
  void writesTheFrameworkAsJsonAndReadsBackAnEqualValue() throws IOException {
    String report = report();
    assertTrue(report.contains("the round trip gave an equal framework"), report);
    ResultsFramework back =
        org.rbm.json.RbmJson.strict()
            .readFramework(java.nio.file.Files.readString(target.resolve("PB-2008-09.json")));
    assertEquals(IloFramework.programmeAndBudget2008(), back);
  }
}
