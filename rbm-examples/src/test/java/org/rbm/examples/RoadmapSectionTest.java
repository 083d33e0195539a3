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
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
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
  void listsTheSubmittedMilestonesAsOverdueSinceOnlyParagraphs31And32AreAppliedAsDecisions()
      throws IOException {
    String out = section();
    String overdue =
        out.substring(
            out.indexOf("Overdue on 2008-07-01"), out.indexOf("The roadmap as a JSON document"));
    List<String> lines = overdue.lines().filter(l -> !l.isBlank()).toList();
    // The line before the list says why 2 and 14 are in it: the paper submits them to the
    // session of November 2007 but does not record its decision, and the example invents none.
    assertEquals(
        "Only paragraphs 31 and 32 are applied as decisions; milestones awaiting the session's"
            + " decision (2 and 14) show as still submitted and therefore overdue.",
        lines.get(2));
    // Due 2007 and still open: 2 and 14 (submitted, no decision applied), 5 and 7 (in progress).
    // Milestone 1 is achieved (with conditions); 6 moved to 2008 by paragraph 31.
    List<String> ids =
        lines.stream().skip(3).map(l -> l.substring(0, l.indexOf(' '))).toList();
    assertEquals(List.of("2", "5", "7", "14"), ids);
  }

  /** A milestone as DOMAIN.md's tables give it, written out by hand. */
  private record Expected(String id, String area, String statement, int year) {}

  private static final String IMS = "Integrated management strategy";
  private static final String PAA = "Performance and accountability";
  private static final String RPC = "Reform of the programme cycle";

  /** DOMAIN.md, "The RBM roadmap: milestones and their status (November 2007)". */
  private static final List<Expected> DOMAIN_TABLES =
      List.of(
          new Expected("1", IMS, "Results-based IT strategy for 2007-09 adopted", 2007),
          new Expected(
              "2", IMS, "Results-based knowledge-sharing and research strategy adopted", 2007),
          new Expected(
              "3", IMS, "Common approach and terminology for all ILO strategies adopted", 2008),
          new Expected(
              "4",
              IMS,
              "All strategies revised to the common approach and terminology, in a clear results"
                  + " framework, with explicit links among all Office strategies",
              2009),
          new Expected(
              "5",
              PAA,
              "DWCPs implemented in a growing number of member States; DWCPs subject to quality"
                  + " assurance and regular evaluation",
              2007),
          new Expected("6", PAA, "New staff performance management system introduced", 2007),
          new Expected("7", PAA, "Standards for workplanning introduced", 2007),
          new Expected("8", PAA, "DWCPs implemented in a [set] number of member States", 2008),
          new Expected(
              "9", PAA, "Implementing units prepare workplans in a common computerized format",
              2008),
          new Expected(
              "10",
              PAA,
              "RBM performance appraisal piloted in technical programmes, regions and management"
                  + " and administrative services",
              2008),
          new Expected(
              "11", PAA, "Fully revised internal governance documents system in place", 2008),
          new Expected(
              "12", PAA, "Workplanning standards and formats used by most implementing units",
              2009),
          new Expected(
              "13",
              PAA,
              "Efficiency and substantive targets set in a growing number of technical"
                  + " programmes, regions and management and administrative services",
              2009),
          new Expected(
              "14",
              RPC,
              "Decision approving changes to the programme cycle, incl. the intent, duration and"
                  + " timing of the medium-term plan",
              2007),
          new Expected(
              "15",
              RPC,
              "Strategic Policy Framework redesigned, its duration adjusted to the revised cycle",
              2008),
          new Expected(
              "16",
              RPC,
              "Governing Body endorses a comprehensive plan for programme implementation and"
                  + " performance reporting, incl. its own review and independent evaluation",
              2008));

  private static void assertMilestone(Expected e, Roadmap roadmap, String when) {
    Milestone m =
        roadmap
            .milestone(MilestoneId.of(e.id()))
            .orElseThrow(() -> new AssertionError("no milestone " + e.id() + " " + when));
    assertEquals(e.area(), m.area(), () -> "area of " + e.id() + " " + when);
    assertEquals(e.statement(), m.statement(), () -> "statement of " + e.id() + " " + when);
    assertEquals(Due.ofYear(e.year()), m.due(), () -> "due year of " + e.id() + " " + when);
  }

  @Test
  void theSixteenMilestonesHaveTheStatementsYearsAndAreasOfThePapersTables() {
    Roadmap before = IloRoadmap.november2007();
    assertEquals(
        DOMAIN_TABLES.stream().map(Expected::id).toList(),
        before.milestones().stream().map(m -> m.id().toString()).toList());
    assertEquals(List.of(IMS, PAA, RPC), before.areas());
    for (Expected e : DOMAIN_TABLES) {
      assertMilestone(e, before, "in November 2007");
    }
  }

  @Test
  void afterTheDecisionsSixIsDue2008EightHasItsTargetNumberAndSeventeenIsAdded() {
    Roadmap after = IloRoadmap.afterDecisions();
    // Paragraph 31: 6 moves to 2008, 8 gets a specific target number set after the Technical
    // Cooperation Committee's discussion. Paragraph 32: 17, due 2009, in the same area. The
    // other fourteen are unchanged.
    Expected six =
        new Expected("6", PAA, "New staff performance management system introduced", 2008);
    Expected eight =
        new Expected(
            "8",
            PAA,
            "DWCPs implemented in a specific target number of member States, set after the"
                + " Technical Cooperation Committee's discussion",
            2008);
    Expected seventeen =
        new Expected(
            "17",
            PAA,
            "A policy for follow-up to all types of independent evaluation consistently applied,"
                + " and a database for tracking management follow-up fully established",
            2009);
    for (Expected e : DOMAIN_TABLES) {
      Expected revised =
          switch (e.id()) {
            case "6" -> six;
            case "8" -> eight;
            default -> e;
          };
      assertMilestone(revised, after, "after the decisions");
    }
    assertMilestone(seventeen, after, "after the decisions");
    assertEquals(17, after.milestones().size());
    assertFalse(after.milestone(MilestoneId.of("8")).orElseThrow().statement().contains("[set]"));
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
