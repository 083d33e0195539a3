package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.milestones.Milestones.RECORDED;
import static org.rbm.core.milestones.Milestones.m6;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/**
 * One field per check: each text of a milestone, of a roadmap and of a revision made blank alone,
 * refused with its message; a milestone's text; the shortcuts that return the milestone itself.
 */
class MilestoneFieldsTest {
  private static final String NOT_BLANK = ", expected a text that is not blank";

  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  private static Milestone.Builder from6() {
    return Milestone.builder().from(m6(MilestoneState.PLANNED));
  }

  @Test
  void eachTextOfAMilestoneIsRefusedBlankOnItsOwnField() {
    assertEquals("owner: got \" \"" + NOT_BLANK, refusal(() -> from6().owner(" ").build()));
    assertEquals("initialStatement: got \"\"" + NOT_BLANK,
        refusal(() -> from6().initialStatement("").build()));
    assertEquals("recordedBy: got \"\t\"" + NOT_BLANK,
        refusal(() -> from6().recordedBy("\t").build()));
    assertEquals("recordNote: got \" \", expected a note that is not blank, or none",
        refusal(() -> from6().recordNote(" ").build()));
    assertEquals("initialCondition: got \"\", expected a condition that is not blank, or none",
        refusal(() -> from6().initialState(MilestoneState.ACHIEVED_WITH_CONDITIONS)
            .initialCondition("").build()));
    assertEquals(Optional.of("As noted by the Committee"),
        from6().recordNote("As noted by the Committee").build().recordNote());
  }

  @Test
  void aRevisionsReasonIsRefusedBlank() {
    assertEquals("reason: got \" \"" + NOT_BLANK,
        refusal(() -> new MilestoneEvent.ReviseStatement("A new statement", " ")));
    assertEquals("reason: got \"\"" + NOT_BLANK,
        refusal(() -> new MilestoneEvent.ReviseStatementAndDue("A new statement",
            Due.ofYear(2009), "")));
    assertEquals(Optional.of("A new statement"),
        new MilestoneEvent.ReviseStatement("A new statement", "reason").newStatement());
  }

  @Test
  void aRoadmapsTitleIsNotBlank() {
    assertEquals("title: got \"  \", expected a title that is not blank",
        refusal(() -> Roadmap.builder().title("  ").build()));
    Roadmap r = Roadmap.builder().title("Roadmap").addMilestones(m6(MilestoneState.PLANNED))
        .build();
    assertEquals(Optional.empty(), r.milestone(MilestoneId.of("7")));
    assertEquals("6", r.milestone(MilestoneId.of("6")).orElseThrow().id().toString());
  }

  @Test
  void aMilestoneReadsAsIdStatementDueStateAndChanges() {
    Milestone planned = m6(MilestoneState.PLANNED);
    assertEquals("Milestone{6, \"New staff performance management system introduced\", due 2007,"
        + " planned}", planned.toString());
    Milestone started = planned.apply(MilestoneEvent.start(), RECORDED.plusDays(1), "HRD", Optional.empty());
    assertEquals("Milestone{6, \"New staff performance management system introduced\", due 2007,"
        + " in progress, 1 changes}", started.toString());
    assertEquals("submitted for approval", MilestoneState.SUBMITTED_FOR_APPROVAL.label());
  }

  @Test
  void aMilestoneWithNothingToUndoIsItself() {
    Milestone planned = m6(MilestoneState.PLANNED);
    assertSame(planned, planned.asRecorded());
    Milestone started = planned.apply(MilestoneEvent.start(), RECORDED.plusDays(1), "HRD", Optional.empty());
    assertSame(started, started.asOf(RECORDED.plusDays(1)).orElseThrow());
    assertSame(started, started.asOf(RECORDED.plusDays(30)).orElseThrow());
    assertEquals(planned, started.asOf(RECORDED).orElseThrow());
  }
}
