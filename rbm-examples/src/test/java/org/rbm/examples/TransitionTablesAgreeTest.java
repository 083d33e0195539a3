package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.AmendmentWorkflows;
import org.rbm.core.dwcp.DwcpWorkflows;
import org.rbm.core.evaluation.ActionWorkflows;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Rule;
import org.rbm.core.workflow.Workflow;

/**
 * The tables of the standard milestone, follow-up action and DWCP workflows in the README and in
 * their Javadoc restate their rules: this test fails as soon as one drifts from them.
 */
class TransitionTablesAgreeTest {
  private static final Path ROOT = Path.of("..");

  /**
   * The rules as table rows "from | event | to": one row per kind of event (with its guard) and
   * target, in the order the rules first name them, the sources joined in the order declared.
   */
  static List<String> rowsFromTheRules() {
    return rowsFrom(MilestoneWorkflows.standard());
  }

  /** The rows of any workflow, as {@link #rowsFromTheRules()} makes them for milestones. */
  static <S extends Enum<S>, E, T> List<String> rowsFrom(Workflow<S, E, T> workflow) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (Rule<S, E, T> r : workflow.rules()) {
      String event =
          Workflow.label(r.event()) + r.guard().map(g -> " [" + g.label() + "]").orElse("");
      String to = r.isIgnored() ? "(ignored)" : Workflow.label(r.to());
      sources.computeIfAbsent(event + " | " + to, k -> new ArrayList<>()).add(Workflow.label(r.from()));
    }
    List<String> rows = new ArrayList<>();
    sources.forEach(
        (eventAndTo, from) -> {
          String[] parts = eventAndTo.split(" \\| ", -1);
          rows.add(String.join(", ", from) + " | " + parts[0] + " | " + parts[1]);
        });
    return rows;
  }

  @Test
  void theReadmeTableListsTheStandardRules() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("| From | Event | To |");
    List<String> rows = new ArrayList<>();
    for (String line : readme.substring(start).lines().skip(2).toList()) {
      if (!line.startsWith("|")) {
        break;
      }
      rows.add(line.substring(2, line.length() - 2));
    }
    assertEquals(rowsFromTheRules(), rows);
  }

  @Test
  void theJavadocTableListsTheStandardRules() throws IOException {
    assertEquals(rowsFromTheRules(), javadocRows("milestones/MilestoneWorkflows.java"));
  }

  @Test
  void theFollowUpActionTablesInTheReadmeAndJavadocListTheStandardRules() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Evaluation follow-up");
    int start = readme.indexOf("| From | Event | To |", section);
    List<String> rows = new ArrayList<>();
    for (String line : readme.substring(start).lines().skip(2).toList()) {
      if (!line.startsWith("|")) {
        break;
      }
      rows.add(line.substring(2, line.length() - 2));
    }
    // Four rows, the seven rules grouped by event: start from planned only, the others from both.
    assertEquals(4, rows.size());
    assertEquals(rowsFrom(ActionWorkflows.standard()), rows);
    assertEquals(rowsFrom(ActionWorkflows.standard()), javadocRows("evaluation/ActionWorkflows.java"));
  }

  @Test
  void theDwcpJavadocTableListsTheStandardRules() throws IOException {
    assertEquals(
        List.of(
            "concept | submit draft | draft",
            "draft | review quality | draft",
            "draft | finalize [QA passed] | final",
            "final | finalize | (ignored)"),
        rowsFrom(DwcpWorkflows.standard()));
    assertEquals(rowsFrom(DwcpWorkflows.standard()), javadocRows("dwcp/DwcpWorkflows.java"));
  }

  @Test
  void theSpfAmendmentTablesInTheReadmeAndJavadocListTheStandardRules() throws IOException {
    assertEquals(
        List.of(
            "none, adopted, rejected, withdrawn | propose | proposed",
            "none, adopted, rejected, withdrawn | amend | adopted",
            "proposed | adopt | adopted",
            "proposed | reject | rejected",
            "proposed | withdraw | withdrawn"),
        rowsFrom(AmendmentWorkflows.standard()));
    assertEquals(
        rowsFrom(AmendmentWorkflows.standard()), javadocRows("cycle/AmendmentWorkflows.java"));
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("| From | Event | To |", readme.indexOf("SPF amendments as a stream"));
    List<String> rows = new ArrayList<>();
    for (String line : readme.substring(start).lines().skip(2).toList()) {
      if (!line.startsWith("|")) {
        break;
      }
      rows.add(line.substring(2, line.length() - 2));
    }
    assertEquals(rowsFrom(AmendmentWorkflows.standard()), rows);
  }

  private static List<String> javadocRows(String file) throws IOException {
    String source =
        Files.readString(
            ROOT.resolve("rbm-core/src/main/java/org/rbm/core/" + file), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(source);
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1) + " | " + m.group(2) + " | " + m.group(3));
    }
    return rows;
  }

  @Test
  void theRowsCoverEveryRule() {
    // 28 rules; the rows group them, and their sources add up to 28 again.
    int sources = 0;
    for (String row : rowsFromTheRules()) {
      sources += row.split(" \\| ", -1)[0].split(", ", -1).length;
    }
    assertEquals(28, sources);
    assertEquals(15, rowsFromTheRules().size());
  }
}
