package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.milestones.EventType.ACHIEVE;
import static org.rbm.core.milestones.EventType.ACHIEVE_WITH_CONDITIONS;
import static org.rbm.core.milestones.EventType.APPROVE;
import static org.rbm.core.milestones.EventType.CANCEL;
import static org.rbm.core.milestones.EventType.DEFER;
import static org.rbm.core.milestones.EventType.REOPEN;
import static org.rbm.core.milestones.EventType.REVISE;
import static org.rbm.core.milestones.EventType.START;
import static org.rbm.core.milestones.EventType.SUBMIT;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED_WITH_CONDITIONS;
import static org.rbm.core.milestones.MilestoneState.CANCELLED;
import static org.rbm.core.milestones.MilestoneState.DEFERRED;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.MilestoneState.PLANNED;
import static org.rbm.core.milestones.MilestoneState.PROPOSED;
import static org.rbm.core.milestones.MilestoneState.SUBMITTED_FOR_APPROVAL;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class TransitionTableTest {
  private static final TransitionTable STANDARD = TransitionTable.standard();

  @Test
  void eachStateAllowsTheEventsOfTheDomain() {
    assertEquals(ImmutableSet.of(APPROVE, REVISE, DEFER, CANCEL), STANDARD.allowedEvents(PROPOSED));
    assertEquals(ImmutableSet.of(START, REVISE, DEFER, CANCEL), STANDARD.allowedEvents(PLANNED));
    assertEquals(
        ImmutableSet.of(SUBMIT, ACHIEVE, ACHIEVE_WITH_CONDITIONS, REVISE, DEFER, CANCEL),
        STANDARD.allowedEvents(IN_PROGRESS));
    assertEquals(
        ImmutableSet.of(ACHIEVE, ACHIEVE_WITH_CONDITIONS, CANCEL, REOPEN),
        STANDARD.allowedEvents(SUBMITTED_FOR_APPROVAL));
    assertEquals(ImmutableSet.of(ACHIEVE, REOPEN), STANDARD.allowedEvents(ACHIEVED));
    assertEquals(ImmutableSet.of(ACHIEVE, REOPEN), STANDARD.allowedEvents(ACHIEVED_WITH_CONDITIONS));
    assertEquals(ImmutableSet.of(START, REVISE, DEFER, CANCEL), STANDARD.allowedEvents(DEFERRED));
    assertEquals(ImmutableSet.of(CANCEL, REOPEN), STANDARD.allowedEvents(CANCELLED));
  }

  @Test
  void noAchievedMilestoneCanBeRevised() {
    assertEquals(Optional.empty(), STANDARD.rule(ACHIEVED, REVISE));
    assertEquals(Optional.empty(), STANDARD.rule(ACHIEVED_WITH_CONDITIONS, REVISE));
  }

  @Test
  void everyDeferralIsGuardedByALaterDueAndEveryRevisionByAChange() {
    for (TransitionRule r : STANDARD.rules()) {
      if (r.event() == DEFER) {
        assertEquals(Optional.of(Guard.LATER_DUE), r.guard(), r.toString());
        assertEquals(DEFERRED, r.to(), r.toString());
      } else if (r.event() == REVISE) {
        assertEquals(Optional.of(Guard.CHANGES_SOMETHING), r.guard(), r.toString());
        assertEquals(r.from(), r.to(), r.toString());
      } else {
        assertEquals(Optional.empty(), r.guard(), r.toString());
      }
    }
  }

  @Test
  void achievingAnAchievedMilestoneAndCancellingACancelledOneAreIgnored() {
    assertTrue(STANDARD.rule(ACHIEVED, ACHIEVE).orElseThrow().isIgnored());
    assertTrue(STANDARD.rule(CANCELLED, CANCEL).orElseThrow().isIgnored());
    assertEquals(2, STANDARD.rules().stream().filter(TransitionRule::isIgnored).count());
    assertEquals(28, STANDARD.rules().size());
  }

  @Test
  void everyStateButProposedCanBeReachedAgainThroughReopen() {
    // Only a revision leads to PROPOSED, and only from PROPOSED: once approved, never proposed.
    assertEquals(EnumSet.allOf(MilestoneState.class), STANDARD.reachableFrom(PROPOSED));
    for (MilestoneState s : EnumSet.complementOf(EnumSet.of(PROPOSED))) {
      assertEquals(
          EnumSet.complementOf(EnumSet.of(PROPOSED)), STANDARD.reachableFrom(s), s.name());
    }
  }

  @Test
  void reachabilityFollowsPermitsOnly() {
    TransitionTable t =
        TransitionTable.builder()
            .permit(PLANNED, START, IN_PROGRESS)
            .permitIf(IN_PROGRESS, DEFER, DEFERRED, Guard.LATER_DUE)
            .permit(IN_PROGRESS, ACHIEVE, ACHIEVED)
            .ignore(ACHIEVED, ACHIEVE)
            .permit(CANCELLED, REOPEN, PLANNED)
            .build();
    assertEquals(ImmutableSet.of(IN_PROGRESS, ACHIEVED, DEFERRED), t.reachableFrom(PLANNED));
    assertEquals(ImmutableSet.of(), t.reachableFrom(ACHIEVED));
    assertEquals(ImmutableSet.of(), t.reachableFrom(PROPOSED));
    assertEquals(
        ImmutableSet.of(PLANNED, IN_PROGRESS, ACHIEVED, DEFERRED), t.reachableFrom(CANCELLED));
    assertFalse(t.reachableFrom(PLANNED).contains(PLANNED));
    assertEquals(ImmutableSet.of(ACHIEVE), t.allowedEvents(ACHIEVED));
    assertEquals(ImmutableSet.of(), t.allowedEvents(PROPOSED));
    assertEquals(
        ImmutableSet.of(PLANNED, IN_PROGRESS, ACHIEVED, DEFERRED, CANCELLED), t.states());
  }

  @Test
  void rejectsTwoRulesForOneStateAndEvent() {
    TransitionTable.Builder b = TransitionTable.builder().permit(PLANNED, START, IN_PROGRESS);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> b.ignore(PLANNED, START));
    assertEquals(
        "rules[1]: got \"PLANNED on start\", expected one rule per state and kind of event",
        e.getMessage());
  }

  @Test
  void describesRules() {
    assertEquals(
        "IN_PROGRESS --defer [later due]--> DEFERRED",
        STANDARD.rule(IN_PROGRESS, DEFER).orElseThrow().toString());
    assertEquals("CANCELLED ignores cancel", STANDARD.rule(CANCELLED, CANCEL).orElseThrow().toString());
  }

  private static TransitionTable small() {
    return TransitionTable.builder()
        .permit(PLANNED, START, IN_PROGRESS)
        .permitIf(IN_PROGRESS, DEFER, DEFERRED, Guard.LATER_DUE)
        .ignore(DEFERRED, CANCEL)
        .build();
  }

  @Test
  void drawsItselfInMermaid() {
    assertEquals(
        """
        stateDiagram-v2
            state "planned" as PLANNED
            state "in progress" as IN_PROGRESS
            state "deferred" as DEFERRED
            PLANNED --> IN_PROGRESS : start
            IN_PROGRESS --> DEFERRED : defer [later due]
            note right of DEFERRED : ignores cancel
        """,
        small().toMermaid());
  }

  @Test
  void drawsItselfInGraphvizDot() {
    assertEquals(
        """
        digraph milestone {
          rankdir=LR;
          node [shape=box, style=rounded];
          PLANNED [label="planned"];
          IN_PROGRESS [label="in progress"];
          DEFERRED [label="deferred"];
          PLANNED -> IN_PROGRESS [label="start"];
          IN_PROGRESS -> DEFERRED [label="defer [later due]"];
          DEFERRED -> DEFERRED [label="cancel (ignored)", style=dashed];
        }
        """,
        small().toDot());
  }

  @Test
  void theStandardDiagramsShowEveryState() {
    String mermaid = STANDARD.toMermaid();
    String dot = STANDARD.toDot();
    for (MilestoneState s : MilestoneState.values()) {
      assertTrue(mermaid.contains("state \"" + s.label() + "\" as " + s.name()), s.name());
      assertTrue(dot.contains(s.name() + " [label=\"" + s.label() + "\"]"), s.name());
    }
    assertTrue(mermaid.contains("    SUBMITTED_FOR_APPROVAL --> IN_PROGRESS : reopen\n"));
    assertTrue(mermaid.contains("    PROPOSED --> PROPOSED : revise [changes statement or due]\n"));
    assertTrue(mermaid.contains("    note right of ACHIEVED : ignores achieve\n"));
    assertEquals(26, mermaid.lines().filter(l -> l.contains("-->")).count());
    assertEquals(28, dot.lines().filter(l -> l.contains("->")).count());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicInstanceMethods(STANDARD);
    new NullPointerTester()
        .setDefault(Guard.class, Guard.LATER_DUE)
        .testAllPublicInstanceMethods(TransitionTable.builder());
    new NullPointerTester().testAllPublicStaticMethods(Guard.class);
  }
}
