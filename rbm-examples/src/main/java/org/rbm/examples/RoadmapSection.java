package org.rbm.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;
import org.rbm.json.RbmJson;
import org.rbm.text.DiagramFormat;
import org.rbm.text.RoadmapTables;
import org.rbm.text.TableFormat;
import org.rbm.text.WorkflowDiagrams;

/**
 * Prints the ILO's RBM roadmap of November 2007 ({@link IloRoadmap}) as the paper's three tables,
 * then the Governing Body's decisions applied as events and the roadmap after them, the milestones
 * overdue on 1 July 2008; writes the revised roadmap as a JSON document (read back, strictly) and
 * the standard milestone workflow as Mermaid and Graphviz DOT diagrams. Only paragraphs 31 and 32
 * are applied as decisions, so the overdue list says, in a line before it, that milestones awaiting
 * the session's decision show as still submitted and therefore overdue.
 */
final class RoadmapSection {
  /** The day of the overdue list. */
  static final LocalDate OVERDUE_DAY = LocalDate.of(2008, 7, 1);

  /** The Mermaid diagram's file name, under the target folder. */
  static final String MERMAID_FILE = "milestone-states.mmd";

  /** The Graphviz diagram's file name, under the target folder. */
  static final String DOT_FILE = "milestone-states.dot";

  /** The roadmap document's file name, under the target folder. */
  static final String JSON_FILE = "ilo-roadmap.json";

  private RoadmapSection() {}

  /**
   * Prints the section and writes the diagrams.
   *
   * @param out where to print
   * @param targetDir where to write the roadmap document and the diagrams; must exist
   * @throws IOException if a file cannot be written or read
   */
  static void print(PrintStream out, Path targetDir) throws IOException {
    Roadmap before = IloRoadmap.november2007();
    out.print(RoadmapTables.render(before, TableFormat.PLAIN_TEXT));
    out.println();
    subheading(out, "Milestones by state, November 2007");
    out.print(RoadmapTables.renderCounts(before, TableFormat.PLAIN_TEXT));
    out.println();

    Roadmap after = IloRoadmap.afterDecisions();
    subheading(out, "The Governing Body's decisions, applied as events");
    for (Milestone m : after.milestones()) {
      if (!m.history().isEmpty()) {
        out.printf("%s: recorded %s as %s, due %s%n",
            m.id(), m.recordedOn(), m.initialState().label(), m.initialDue());
      }
      for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
        out.printf("%s: %s %s by %s, %s -> %s%s%n",
            m.id(), t.date(), t.event(), t.actor(), t.from().label(), t.to().label(),
            t.note().map(n -> " (" + n + ")").orElse(""));
      }
    }
    out.println();
    out.print(RoadmapTables.render(after, TableFormat.PLAIN_TEXT));
    out.println();
    subheading(out, "Milestones by state, after the decisions");
    out.print(RoadmapTables.renderCounts(after, TableFormat.PLAIN_TEXT));
    out.println();

    subheading(out, "Overdue on " + OVERDUE_DAY);
    // The paper records no decision on the milestones it submits to the session: say so, since
    // that is why they are listed as overdue.
    out.printf("Only paragraphs 31 and 32 are applied as decisions; milestones awaiting the"
            + " session's decision (%s) show as still submitted and therefore overdue.%n",
        awaitingDecision(after));
    for (Milestone m : after.overdueOn(OVERDUE_DAY)) {
      out.printf("%-3s %s (due %s, %s)%n", m.id(), m.statement(), m.due(), m.state().label());
    }
    out.println();

    subheading(out, "The roadmap as a JSON document");
    Path document = targetDir.resolve(JSON_FILE);
    RbmJson json = RbmJson.strict().prettyPrinting();
    Files.writeString(document, json.write(after), StandardCharsets.UTF_8);
    boolean same = json.read(Files.readString(document, StandardCharsets.UTF_8), Roadmap.class)
        .equals(after);
    out.printf("Wrote the revised roadmap, with every milestone's history, to %s; read back %s.%n",
        document, same ? "equal" : "DIFFERENT");
    out.println();

    Workflow<MilestoneState, MilestoneEvent, Milestone> workflow = MilestoneWorkflows.standard();
    String diagram = WorkflowDiagrams.render(workflow, DiagramFormat.MERMAID);
    Path mermaid = targetDir.resolve(MERMAID_FILE);
    Path dot = targetDir.resolve(DOT_FILE);
    Files.writeString(mermaid, diagram, StandardCharsets.UTF_8);
    Files.writeString(
        dot, WorkflowDiagrams.render(workflow, DiagramFormat.DOT), StandardCharsets.UTF_8);
    subheading(out, "Milestone states and events");
    out.println("Diagrams written to " + mermaid + " and " + dot + ":");
    out.println();
    out.print(diagram);
  }

  /** The ids of the milestones still submitted for approval, as "2 and 14"; linear. */
  private static String awaitingDecision(Roadmap roadmap) {
    List<String> ids = roadmap.milestones().stream()
        .filter(m -> m.state() == MilestoneState.SUBMITTED_FOR_APPROVAL)
        .map(m -> m.id().toString())
        .toList();
    if (ids.size() < 2) {
      return ids.isEmpty() ? "none" : ids.get(0);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
  }

  private static void subheading(PrintStream out, String title) {
    out.println(title);
    out.println("-".repeat(title.length()));
  }
}
