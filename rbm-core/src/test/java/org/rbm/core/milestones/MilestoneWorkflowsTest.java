package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED_WITH_CONDITIONS;
import static org.rbm.core.milestones.MilestoneState.CANCELLED;
import static org.rbm.core.milestones.MilestoneState.DEFERRED;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.MilestoneState.PLANNED;
import static org.rbm.core.milestones.MilestoneState.PROPOSED;
import static org.rbm.core.milestones.MilestoneState.SUBMITTED_FOR_APPROVAL;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.MilestoneEvent.Achieve;
import org.rbm.core.milestones.MilestoneEvent.AchieveWithConditions;
import org.rbm.core.milestones.MilestoneEvent.Approve;
import org.rbm.core.milestones.MilestoneEvent.Cancel;
import org.rbm.core.milestones.MilestoneEvent.Defer;
import org.rbm.core.milestones.MilestoneEvent.Reopen;
import org.rbm.core.milestones.MilestoneEvent.Revise;
import org.rbm.core.milestones.MilestoneEvent.Start;
import org.rbm.core.milestones.MilestoneEvent.Submit;
import java.time.LocalDate;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Rule;
import org.rbm.core.workflow.Workflow;

class MilestoneWorkflowsTest {
  private static final Workflow<MilestoneState, MilestoneEvent, Milestone> STANDARD =
      MilestoneWorkflows.standard();

  @Test
  void eachStateAllowsTheEventsOfTheDomain() {
    assertEquals(ImmutableSet.of(Approve.class, Revise.class, Defer.class, Cancel.class), STANDARD.allowedEvents(PROPOSED));
    assertEquals(ImmutableSet.of(Start.class, Revise.class, Defer.class, Cancel.class), STANDARD.allowedEvents(PLANNED));
    assertEquals(
        ImmutableSet.of(Submit.class, Achieve.class, AchieveWithConditions.class, Revise.class, Defer.class, Cancel.class),
        STANDARD.allowedEvents(IN_PROGRESS));
    assertEquals(
        ImmutableSet.of(Achieve.class, AchieveWithConditions.class, Cancel.class, Reopen.class),
        STANDARD.allowedEvents(SUBMITTED_FOR_APPROVAL));
    assertEquals(ImmutableSet.of(Achieve.class, Reopen.class), STANDARD.allowedEvents(ACHIEVED));
    assertEquals(ImmutableSet.of(Achieve.class, Reopen.class), STANDARD.allowedEvents(ACHIEVED_WITH_CONDITIONS));
    assertEquals(ImmutableSet.of(Start.class, Revise.class, Defer.class, Cancel.class), STANDARD.allowedEvents(DEFERRED));
    assertEquals(ImmutableSet.of(Cancel.class, Reopen.class), STANDARD.allowedEvents(CANCELLED));
  }

  @Test
  void noAchievedMilestoneCanBeRevised() {
    assertEquals(Optional.empty(), STANDARD.rule(ACHIEVED, Revise.class));
    assertEquals(Optional.empty(), STANDARD.rule(ACHIEVED_WITH_CONDITIONS, Revise.class));
  }

  @Test
  void everyDeferralIsGuardedByALaterDueAndEveryRevisionByAChange() {
    for (Rule<MilestoneState, MilestoneEvent, Milestone> r : STANDARD.rules()) {
      if (r.event() == Defer.class) {
        assertEquals(Optional.of(MilestoneWorkflows.LATER_DUE), r.guard(), r.toString());
        assertEquals(DEFERRED, r.to(), r.toString());
      } else if (r.event() == Revise.class) {
        assertEquals(Optional.of(MilestoneWorkflows.CHANGES_SOMETHING), r.guard(), r.toString());
        assertEquals(r.from(), r.to(), r.toString());
      } else {
        assertEquals(Optional.empty(), r.guard(), r.toString());
      }
    }
  }

  @Test
  void achievingAnAchievedMilestoneAndCancellingACancelledOneAreIgnored() {
    assertTrue(STANDARD.rule(ACHIEVED, Achieve.class).orElseThrow().isIgnored());
    assertTrue(STANDARD.rule(CANCELLED, Cancel.class).orElseThrow().isIgnored());
    assertEquals(2, STANDARD.rules().stream().filter(Rule::isIgnored).count());
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
    Workflow<MilestoneState, MilestoneEvent, Milestone> t =
        MilestoneWorkflows.builder()
            .permit(PLANNED, Start.class, IN_PROGRESS)
            .permitIf(IN_PROGRESS, Defer.class, DEFERRED, MilestoneWorkflows.LATER_DUE)
            .permit(IN_PROGRESS, Achieve.class, ACHIEVED)
            .ignore(ACHIEVED, Achieve.class)
            .permit(CANCELLED, Reopen.class, PLANNED)
            .build();
    assertEquals(ImmutableSet.of(IN_PROGRESS, ACHIEVED, DEFERRED), t.reachableFrom(PLANNED));
    assertEquals(ImmutableSet.of(), t.reachableFrom(ACHIEVED));
    assertEquals(ImmutableSet.of(), t.reachableFrom(PROPOSED));
    assertEquals(
        ImmutableSet.of(PLANNED, IN_PROGRESS, ACHIEVED, DEFERRED), t.reachableFrom(CANCELLED));
    assertFalse(t.reachableFrom(PLANNED).contains(PLANNED));
    assertEquals(ImmutableSet.of(Achieve.class), t.allowedEvents(ACHIEVED));
    assertEquals(ImmutableSet.of(), t.allowedEvents(PROPOSED));
    assertEquals(
        ImmutableSet.of(PLANNED, IN_PROGRESS, ACHIEVED, DEFERRED, CANCELLED), t.states());
  }

  @Test
  void rejectsTwoRulesForOneStateAndEvent() {
    Workflow.Builder<MilestoneState, MilestoneEvent, Milestone> b =
        MilestoneWorkflows.builder().permit(PLANNED, Start.class, IN_PROGRESS);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> b.ignore(PLANNED, Start.class));
    assertEquals(
        "rules[1]: got \"PLANNED on start\", expected one rule per state and kind of event",
        e.getMessage());
  }

  @Test
  void describesRules() {
    assertEquals(
        "IN_PROGRESS --defer [later due]--> DEFERRED",
        STANDARD.rule(IN_PROGRESS, Defer.class).orElseThrow().toString());
    assertEquals("CANCELLED ignores cancel", STANDARD.rule(CANCELLED, Cancel.class).orElseThrow().toString());
  }

  @Test
  void kindsComeInTheOrderOfTheSealedInterface() {
    assertEquals(
        ImmutableList.of(
            Approve.class, Start.class, Submit.class, Achieve.class, AchieveWithConditions.class,
            Revise.class, Defer.class, Cancel.class, Reopen.class),
        STANDARD.events());
    assertEquals(EnumSet.allOf(MilestoneState.class), STANDARD.initialStates());
  }

  @Test
  void permittedEventsLeaveOutTheIgnoredOnes() {
    assertEquals(ImmutableSet.of(Reopen.class), STANDARD.permittedEvents(ACHIEVED));
    assertEquals(ImmutableSet.of(Reopen.class), STANDARD.permittedEvents(CANCELLED));
    assertEquals(
        ImmutableSet.of(Achieve.class, Reopen.class), STANDARD.permittedEvents(ACHIEVED_WITH_CONDITIONS));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Enum.class, PLANNED)
        .setDefault(MilestoneState.class, PLANNED)
        .setDefault(History.class, STANDARD.start(PLANNED, Milestones.RECORDED))
        .setDefault(Milestone.class, Milestones.m6(PLANNED))
        .setDefault(MilestoneEvent.class, MilestoneEvent.start())
        .setDefault(LocalDate.class, Milestones.RECORDED)
        .testAllPublicInstanceMethods(STANDARD);
    new NullPointerTester()
        .setDefault(Workflow.Builder.class, MilestoneWorkflows.builder())
        .testAllPublicStaticMethods(MilestoneWorkflows.class);
  }
}
