package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.json.RbmJson;

/** The sample of README.md's "DWCPs and evaluations in JSON", kept compiling and true. */
class FollowUpJsonReadmeSampleTest {
  private static final String HEADING = "### DWCPs and evaluations in JSON";

  private static String block(String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertTrue(section >= 0, "README.md has the section " + HEADING);
    int start = readme.indexOf("```" + language + "\n", section) + language.length() + 4;
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theSampleRunsAndSaysWhatItDoes() throws IOException {
    RbmJson json = RbmJson.strict();
    Evaluation evaluation = IloEvaluations.example();
    String text = json.write(evaluation);
    assertTrue(text.startsWith("{\"format\":\"rbm-evaluation/1\",\"id\":\"IEE-2007-04\","), text);
    Evaluation back = json.read(text, Evaluation.class);
    assertEquals(evaluation, back);
    assertEquals(
        Optional.of(new BigDecimal("0.5")),
        FollowUpTracking.of(List.of(back), IloEvaluations.citations(), IloEvaluations.AS_OF)
            .total()
            .rate());
    DwcpPortfolio portfolio = json.read(json.write(IloDwcps.portfolio2007()), DwcpPortfolio.class);
    assertEquals(79, portfolio.countsByRegionAndStage(IloDwcps.END_2007).total());
    assertEquals(
        "{\"type\":\"SUPERSEDE\",\"reason\":\"Replaced by R1.3\"}",
        json.write(new ActionEvent.Supersede("Replaced by R1.3")));
    String java = block("java");
    assertTrue(java.contains("Evaluation back = json.read(text, Evaluation.class);"), java);
    assertTrue(java.contains(".total().rate();                                 // Optional[0.5]"), java);
    assertTrue(java.contains("// {\"type\":\"SUPERSEDE\",\"reason\":\"Replaced by R1.3\"}"), java);
  }

  @Test
  void thePrintedFiguresAreTheSections() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    EvaluationSection.print(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String page = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```\nFollow-up as of", page.indexOf(HEADING)) + 4;
    String readme = page.substring(start, page.indexOf("```", start));
    for (String line : readme.lines().toList()) {
      assertTrue(printed.contains(line + "\n"), line);
    }
    assertEquals(5, readme.lines().count());
  }
}
