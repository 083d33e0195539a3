package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.milestones.Roadmap;
import org.rbm.text.DiagramFormat;
import org.rbm.text.RoadmapTables;
import org.rbm.text.TableFormat;
import org.rbm.text.WorkflowDiagrams;
import com.google.common.collect.ImmutableSet;

/** The milestones sample of the README (in the milestones engineer's report), kept true. */
class MilestonesReadmeSampleTest {

  @Test
  void theSampleDoesWhatTheReadmeSays() {
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

    Milestone revised = m6.apply(
        MilestoneEvent.reviseDue(Due.ofYear(2008), "Full roll-out after the pilot"),
        LocalDate.of(2007, 11, 16), "Governing Body");

    assertEquals(Due.ofYear(2008), revised.due());
    assertEquals(1, revised.history().size());
    assertTrue(m6.isOverdueOn(LocalDate.of(2008, 7, 1)));
    assertFalse(revised.isOverdueOn(LocalDate.of(2008, 7, 1)));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> revised.apply(MilestoneEvent.approve(), LocalDate.of(2008, 1, 10), "HRD"));
    assertEquals("event: got approve in state in progress, expected one of the events allowed"
        + " there: submit, achieve, achieve with conditions, revise, defer, cancel", e.getMessage());
    assertEquals(
        ImmutableSet.of(MilestoneEvent.Submit.class, MilestoneEvent.Achieve.class,
            MilestoneEvent.AchieveWithConditions.class, MilestoneEvent.Revise.class,
            MilestoneEvent.Defer.class, MilestoneEvent.Cancel.class),
        revised.permittedEvents());
    assertEquals(MilestoneState.IN_PROGRESS, e.state(MilestoneState.class));
    assertTrue(MilestoneWorkflows.standard().allowedEvents(MilestoneState.ACHIEVED)
        .contains(MilestoneEvent.Reopen.class));
    String diagram =
        WorkflowDiagrams.render(MilestoneWorkflows.standard(), DiagramFormat.MERMAID);
    assertTrue(diagram.startsWith("stateDiagram-v2"));
    Roadmap roadmap = Roadmap.builder().title("RBM roadmap").addMilestone(revised).build();
    String table = RoadmapTables.render(roadmap, TableFormat.MARKDOWN);
    assertEquals(
        """
        ## RBM roadmap

        ### Performance and accountability

        | # | Milestone | Year | Status |
        |---|---|---|---|
        | 6 | New staff performance management system introduced | 2008 | in progress |
        """,
        table);
  }
}
