package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbm.core.milestones.Roadmap;
import org.rbm.json.RbmJson;

class RoadmapSectionTest {
  @TempDir Path target;

  /** The milestones of DOMAIN.md: number, year, mapped state; then 6 revised to 2008 and 17 added. */
  private static final List<String> NOVEMBER_2007 =
      List.of(
          "1 2007 achieved with conditions: an updated strategy is submitted in November 2007",
          "2 2007 submitted for approval",
          "3 2008 in progress",
          "4 2009 in progress",
          "5 2007 in progress",
          "6 2007 in progress",
          "7 2007 in progress",
          "8 2008 planned",
          "9 2008 in progress",
          "10 2008 planned",
          "11 2008 in progress",
          "12 2009 planned",
          "13 2009 planned",
          "14 2007 submitted for approval",
          "15 2008 planned",
          "16 2008 planned");

  private String section() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RoadmapSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), target);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A table row: the number, its statement's first line, the year, the state. */
  private static Pattern row(String expected) {
    String[] p = expected.split(" ", 3);
    return Pattern.compile(
        "(?m)^" + p[0] + " +\\S.*  " + p[1] + "  " + Pattern.quote(p[2]) + "$");
  }

  @Test
  void printsAllSixteenMilestonesOfNovember2007AndTheSeventeenthAfterTheDecisions()
      throws IOException {
    String out = section();
    int decisions = out.indexOf("The Governing Body's decisions, applied as events");
    assertTrue(decisions > 0, out);
    String before = out.substring(0, decisions);
    String after = out.substring(decisions);
    for (String m : NOVEMBER_2007) {
      assertTrue(row(m).matcher(before).find(), () -> "missing " + m + " in\n" + before);
      String revised = m.startsWith("6 ") ? "6 2008 in progress" : m;
      assertTrue(row(revised).matcher(after).find(), () -> "missing " + revised + " in\n" + after);
    }
    assertTrue(row("17 2009 in progress").matcher(after).find(), after);
    assertFalse(row("17 2009 in progress").matcher(before).find(), before);
  }

  @Test
  void printsTheThreeAreasAsTables() throws IOException {
    String out = section();
    for (String area :
        List.of(
            "\nIntegrated management strategy\n#  ",
            "\nPerformance and accountability\n#  ",
            "\nReform of the programme cycle\n#  ")) {
      assertTrue(out.contains(area), () -> "missing " + area.strip() + " in\n" + out);
    }
  }

  @Test
  void listsTheMilestonesOverdueOnTheFirstOfJuly2008() throws IOException {
    String out = section();
    String overdue =
        out.substring(out.indexOf("Overdue on 2008-07-01"), out.indexOf("The roadmap as a JSON document"));
    // Due 2007 and still open: 2, 5, 7 and 14. Milestone 1 is achieved (with conditions); 6 moved
    // to 2008.
    List<String> ids =
        overdue.lines().skip(2).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(' '))).toList();
    assertEquals(List.of("2", "5", "7", "14"), ids);
  }

  @Test
  void printsTheDecisionsAsEvents() throws IOException {
    String out = section();
    assertTrue(out.contains("6: 2007-11-16 revise (due 2008; reason \"Full roll-out of the"
        + " performance management framework in the second half of 2008, after the pilot\") by"
        + " Governing Body, in progress -> in progress (GB.300/PFA/9/1, paragraph 31)"), out);
    assertTrue(out.contains("17: 2007-11-16 approve by Governing Body, proposed -> planned"), out);
    assertTrue(out.contains("17: recorded 2007-10-12 as proposed, due 2009"), out);
  }

  @Test
  void writesTheRevisedRoadmapAsAJsonDocumentThatReadsBackEqual() throws IOException {
    String out = section();
    Roadmap back =
        RbmJson.strict()
            .read(Files.readString(target.resolve(RoadmapSection.JSON_FILE)), Roadmap.class);
    assertEquals(IloRoadmap.afterDecisions(), back);
    assertEquals(17, back.milestones().size());
    assertTrue(out.contains("; read back equal."), out);
  }

  @Test
  void writesTheTransitionDiagrams() throws IOException {
    section();
    String mermaid = Files.readString(target.resolve(RoadmapSection.MERMAID_FILE));
    String dot = Files.readString(target.resolve(RoadmapSection.DOT_FILE));
    assertTrue(mermaid.startsWith("stateDiagram-v2\n"), mermaid);
    assertTrue(mermaid.contains("IN_PROGRESS --> DEFERRED : defer [later due]"), mermaid);
    assertTrue(dot.startsWith("digraph milestone {\n"), dot);
    assertTrue(dot.contains("PROPOSED -> PLANNED [label=\"approve\"];"), dot);
  }
}
