package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.text.DiagramFormat;
import org.rbm.text.PerformanceTables;
import org.rbm.text.RenderOptions;
import org.rbm.text.RoadmapTables;
import org.rbm.text.TableFormat;
import org.rbm.text.WorkflowDiagrams;

/** The sample of the README's "Rendering (rbm-text)" section, kept compiling and true. */
class RenderingReadmeSampleTest {

  @Test
  void theSampleDoesWhatTheReadmeSays() {
    // m6 of the milestones sample.
    Milestone m6 = Milestone.builder()
        .id(MilestoneId.of("6"))
        .area("Performance and accountability")
        .owner("International Labour Office")
        .initialStatement("New staff performance management system introduced")
        .initialDue(Due.ofYear(2007))
        .initialState(MilestoneState.IN_PROGRESS)
        .recordedOn(LocalDate.of(2007, 10, 12))
        .recordedBy("GB.300/PFA/9/1")
        .build();

    RenderOptions french = RenderOptions.defaults().withLocale(Locale.FRENCH);
    Roadmap roadmap = Roadmap.builder().title("RBM roadmap").addMilestone(m6).build();
    String counts = RoadmapTables.renderCounts(roadmap, TableFormat.MARKDOWN, french);
    String status = PerformanceTables.label(ProgressStatus.BEHIND, Locale.FRENCH);
    String dot = WorkflowDiagrams.render(MilestoneWorkflows.standard(), DiagramFormat.DOT);

    // One milestone, in progress: one state column ("en cours" in roadmap-labels_fr).
    assertEquals(
        """
        | Domaine | en cours | Total |
        |---|---:|---:|
        | Performance and accountability | 1 | 1 |
        | Total | 1 | 1 |
        """,
        counts);
    assertEquals("en retard", status);
    assertTrue(dot.startsWith("digraph"), dot);
  }
}
