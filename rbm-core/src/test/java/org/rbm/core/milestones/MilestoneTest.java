package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED;
import static org.rbm.core.milestones.MilestoneState.DEFERRED;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.Milestones.RECORDED;
import static org.rbm.core.milestones.Milestones.m6;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

class MilestoneTest {
  private static final LocalDate GB_NOVEMBER = LocalDate.of(2007, 11, 16);

  /** Milestone 6: due moved to 2008, deferred to 2009, resumed, achieved. */
  private static Milestone lifeOfM6() {
    return m6(IN_PROGRESS)
        .apply(
            MilestoneEvent.reviseDue(Due.ofYear(2008), "Full roll-out after the pilot"),
            GB_NOVEMBER,
            "Governing Body",
            Optional.of("GB.300/PFA/9/1, paragraph 31"))
        .apply(MilestoneEvent.defer(Due.ofYear(2009)), LocalDate.of(2008, 9, 1), "HRD")
        .apply(MilestoneEvent.start(), LocalDate.of(2009, 1, 15), "HRD")
        .apply(MilestoneEvent.achieve(), LocalDate.of(2009, 6, 30), "Governing Body");
  }

  @Test
  void recordedMilestoneStandsAsRecorded() {
    Milestone m = m6(IN_PROGRESS);
    assertEquals("New staff performance management system introduced", m.statement());
    assertEquals(Due.ofYear(2007), m.due());
    assertEquals(IN_PROGRESS, m.state());
    assertEquals(ImmutableList.of(), m.history());
    assertEquals(RECORDED, m.lastChanged());
  }

  @Test
  void revisionChangesDueAndStatementButNotWhatWasRecorded() {
    Milestone m =
        m6(IN_PROGRESS)
            .apply(
                MilestoneEvent.revise(
                    "Performance management framework fully rolled out",
                    Due.ofYear(2008),
                    "Full roll-out after the pilot"),
                GB_NOVEMBER,
                "Governing Body");
    assertEquals("Performance management framework fully rolled out", m.statement());
    assertEquals(Due.ofYear(2008), m.due());
    assertEquals(IN_PROGRESS, m.state());
    assertEquals("New staff performance management system introduced", m.initialStatement());
    assertEquals(Due.ofYear(2007), m.initialDue());
    assertEquals(GB_NOVEMBER, m.lastChanged());
  }

  @Test
  void deferringToAnEarlierOrTheSameDueIsRefusedByTheGuard() {
    Milestone m =
        m6(IN_PROGRESS)
            .apply(MilestoneEvent.reviseDue(Due.ofYear(2008), "after the pilot"), GB_NOVEMBER, "GB");
    IllegalTransitionException earlier =
        assertThrows(
            IllegalTransitionException.class,
            () -> m.apply(MilestoneEvent.defer(Due.ofYear(2007)), GB_NOVEMBER, "HRD"));
    assertEquals(
        "event: got defer to 2007 in state in progress, expected an event for which the new due"
            + " is later than the current due (now 2008); events allowed there: submit, achieve,"
            + " achieve with conditions, revise, defer, cancel",
        earlier.getMessage());
    assertEquals(
        Optional.of("the new due is later than the current due (now 2008)"), earlier.guard());
    assertThrows(
        IllegalTransitionException.class,
        () -> m.apply(MilestoneEvent.defer(Due.parse("2008-12-31")), GB_NOVEMBER, "HRD"));
    assertEquals(
        DEFERRED,
        m.apply(MilestoneEvent.defer(Due.parse("2009-01-01")), GB_NOVEMBER, "HRD").state());
  }

  @Test
  void aRevisionThatChangesNothingIsRefusedByTheGuard() {
    Milestone m = m6(MilestoneState.PLANNED);
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> m.apply(MilestoneEvent.reviseDue(Due.ofYear(2007), "no change"), GB_NOVEMBER, "HRD"));
    assertEquals(
        Optional.of("the revision changes the statement or the due (now 2007)"), e.guard());
    assertThrows(
        IllegalTransitionException.class,
        () ->
            m.apply(
                MilestoneEvent.reviseStatement(
                    "New staff performance management system introduced", "same words"),
                GB_NOVEMBER,
                "HRD"));
  }

  @Test
  void achievementWithConditionsKeepsTheConditionUntilFullyAchieved() {
    Milestone m =
        m6(IN_PROGRESS)
            .apply(
                MilestoneEvent.achieveWithConditions("pilot results reported in 2008"),
                GB_NOVEMBER,
                "GB");
    assertEquals(Optional.of("pilot results reported in 2008"), m.condition());
    Milestone full = m.apply(MilestoneEvent.achieve(), LocalDate.of(2008, 11, 20), "GB");
    assertEquals(ACHIEVED, full.state());
    assertEquals(Optional.empty(), full.condition());
  }

  @Test
  void aMilestoneRecordedAsAchievedWithConditionsKeepsItsCondition() {
    Milestone it =
        Milestone.builder()
            .from(m6(MilestoneState.ACHIEVED_WITH_CONDITIONS))
            .initialCondition("an updated strategy is submitted in November 2007")
            .build();
    assertEquals(Optional.of("an updated strategy is submitted in November 2007"), it.condition());
    assertEquals(
        Optional.empty(),
        it.apply(MilestoneEvent.achieve(), GB_NOVEMBER, "Governing Body").condition());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Milestone.builder().from(m6(IN_PROGRESS)).initialCondition("a condition").build());
    assertEquals(
        "initialCondition: got \"a condition\", expected no condition, since the initial state is"
            + " IN_PROGRESS, not ACHIEVED_WITH_CONDITIONS",
        e.getMessage());
  }

  @Test
  void stateOnADayIsReplayedFromTheHistory() {
    Milestone m = lifeOfM6();
    assertEquals(Optional.empty(), m.stateOn(LocalDate.of(2007, 10, 11)));
    assertEquals(Optional.of(IN_PROGRESS), m.stateOn(RECORDED));
    assertEquals(Optional.of(IN_PROGRESS), m.stateOn(LocalDate.of(2008, 8, 31)));
    assertEquals(Optional.of(DEFERRED), m.stateOn(LocalDate.of(2008, 9, 1)));
    assertEquals(Optional.of(DEFERRED), m.stateOn(LocalDate.of(2009, 1, 14)));
    assertEquals(Optional.of(IN_PROGRESS), m.stateOn(LocalDate.of(2009, 1, 15)));
    assertEquals(Optional.of(ACHIEVED), m.stateOn(LocalDate.of(2009, 6, 30)));
    assertEquals(Optional.of(ACHIEVED), m.stateOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void asOfADayKeepsTheEntriesUpToThatDay() {
    Milestone m = lifeOfM6();
    Milestone then = m.asOf(LocalDate.of(2008, 12, 31)).orElseThrow();
    assertEquals(2, then.history().size());
    assertEquals(Due.ofYear(2009), then.due());
    assertEquals(Due.ofYear(2008), m.asOf(LocalDate.of(2008, 8, 31)).orElseThrow().due());
    assertEquals(Due.ofYear(2007), m.asOf(RECORDED).orElseThrow().due());
    assertEquals(Optional.empty(), m.asOf(LocalDate.of(2007, 1, 1)));
  }

  @Test
  void overdueWhenOpenAfterTheDeadlineOfTheDueThenInForce() {
    Milestone unrevised = m6(IN_PROGRESS);
    assertFalse(unrevised.isOverdueOn(LocalDate.of(2007, 12, 31)));
    assertTrue(unrevised.isOverdueOn(LocalDate.of(2008, 1, 1)));
    assertFalse(unrevised.isOverdueOn(LocalDate.of(2007, 1, 1)));

    Milestone m = lifeOfM6();
    // Due moved to 2008 on 2007-11-16, then deferred to 2009, then achieved: never overdue.
    assertFalse(m.isOverdueOn(LocalDate.of(2008, 1, 1)));
    assertFalse(m.isOverdueOn(LocalDate.of(2008, 12, 31)));
    assertFalse(m.isOverdueOn(LocalDate.of(2010, 1, 1)));

    Milestone stillDeferred = m.asOf(LocalDate.of(2008, 12, 31)).orElseThrow();
    assertTrue(stillDeferred.isOverdueOn(LocalDate.of(2010, 1, 1)));
    Milestone cancelled = unrevised.apply(MilestoneEvent.cancel(), GB_NOVEMBER, "GB");
    assertFalse(cancelled.isOverdueOn(LocalDate.of(2008, 1, 1)));
  }

  @Test
  void countsTheDaysSpentInEachState() {
    Milestone m = lifeOfM6();
    // In progress 2007-10-12 to 2008-09-01 (325 days) and 2009-01-15 to 2009-06-30 (166 days);
    // deferred 2008-09-01 to 2009-01-15 (136 days); achieved 2009-06-30 to 2009-12-31 (184 days).
    assertEquals(
        ImmutableMap.of(IN_PROGRESS, 491L, ACHIEVED, 184L, DEFERRED, 136L),
        m.daysInEachState(LocalDate.of(2009, 12, 31)));
    assertEquals(
        ImmutableList.of(IN_PROGRESS, ACHIEVED, DEFERRED),
        m.daysInEachState(LocalDate.of(2009, 12, 31)).keySet().asList());
    assertEquals(
        ImmutableMap.of(IN_PROGRESS, 325L, DEFERRED, 121L),
        m.daysInEachState(LocalDate.of(2008, 12, 31)));
    assertEquals(ImmutableMap.of(IN_PROGRESS, 0L), m.daysInEachState(RECORDED));
    assertEquals(ImmutableMap.of(), m.daysInEachState(LocalDate.of(2007, 10, 11)));
  }

  @Test
  void replayingTheHistoryReproducesTheMilestone() {
    Milestone m = lifeOfM6();
    Milestone replayed = m.asRecorded();
    for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
      replayed = replayed.apply(t.event(), t.date(), t.actor(), t.note());
    }
    assertEquals(m, replayed);
    assertEquals(m, m.workflow().replay(m.asRecorded(), m.history()));
  }

  /** An organisation's own workflow: no deferrals at all, and achieving needs a submission. */
  private static final Workflow<MilestoneState, MilestoneEvent, Milestone> STRICT =
      MilestoneWorkflows.builder()
          .initial(MilestoneState.PLANNED, IN_PROGRESS)
          .permit(MilestoneState.PLANNED, MilestoneEvent.Start.class, IN_PROGRESS)
          .permitIf(IN_PROGRESS, MilestoneEvent.Revise.class, IN_PROGRESS,
              MilestoneWorkflows.CHANGES_SOMETHING)
          .permit(IN_PROGRESS, MilestoneEvent.Submit.class, MilestoneState.SUBMITTED_FOR_APPROVAL)
          .permit(MilestoneState.SUBMITTED_FOR_APPROVAL, MilestoneEvent.Achieve.class, ACHIEVED)
          .build();

  private static Milestone strictM6() {
    return Milestone.builder().from(m6(IN_PROGRESS)).workflow(STRICT).build();
  }

  @Test
  void anOrganisationsOwnWorkflowGovernsItsMilestones() {
    Milestone m = strictM6();
    assertSame(STRICT, m.workflow());
    // The standard workflow would defer it and achieve it straight from in progress.
    IllegalTransitionException deferral =
        assertThrows(
            IllegalTransitionException.class,
            () -> m.apply(MilestoneEvent.defer(Due.ofYear(2009)), GB_NOVEMBER, "HRD"));
    assertEquals(
        "event: got defer to 2009 in state in progress, expected one of the events allowed there:"
            + " submit, revise",
        deferral.getMessage());
    assertThrows(
        IllegalTransitionException.class,
        () -> m.apply(MilestoneEvent.achieve(), GB_NOVEMBER, "HRD"));
    Milestone achieved =
        m.apply(MilestoneEvent.submit(), GB_NOVEMBER, "HRD")
            .apply(MilestoneEvent.achieve(), GB_NOVEMBER, "Governing Body");
    assertEquals(ACHIEVED, achieved.state());
    assertSame(STRICT, achieved.workflow());
    // Its initial states are its own too: it records no proposed milestone.
    assertThrows(
        InvalidValueException.class,
        () -> Milestone.builder().from(m6(MilestoneState.PROPOSED)).workflow(STRICT).build());
    assertFalse(m.equals(m6(IN_PROGRESS)));
  }

  @Test
  void permittedEventsAreThoseOfTheWorkflowInTheCurrentState() {
    assertEquals(
        ImmutableSet.of(
            MilestoneEvent.Submit.class,
            MilestoneEvent.Achieve.class,
            MilestoneEvent.AchieveWithConditions.class,
            MilestoneEvent.Revise.class,
            MilestoneEvent.Defer.class,
            MilestoneEvent.Cancel.class),
        m6(IN_PROGRESS).permittedEvents());
    // Achieving an achieved milestone is ignored, not permitted.
    assertEquals(ImmutableSet.of(MilestoneEvent.Reopen.class), m6(ACHIEVED).permittedEvents());
    assertEquals(
        ImmutableSet.of(MilestoneEvent.Submit.class, MilestoneEvent.Revise.class),
        strictM6().permittedEvents());
  }

  @Test
  void aHistoryReplayedThroughAStricterWorkflowIsRejectedAtTheOffendingEntry() {
    Milestone standard = lifeOfM6();
    Milestone strict = strictM6();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> STRICT.replay(strict, standard.history()));
    assertEquals(Optional.of("history[1].event"), e.field());
    assertEquals(
        "history[1].event: got \"defer to 2009\", expected an event the state IN_PROGRESS permits:"
            + " submit, revise",
        e.getMessage());
  }

  @Test
  void aRecordedMilestoneHasAnEmptyHistoryAndNoBuilderTakesOne() {
    assertEquals(ImmutableList.of(), Milestone.builder().from(lifeOfM6()).build().history());
    for (java.lang.reflect.Method method : Milestone.Builder.class.getMethods()) {
      assertFalse(method.getName().toLowerCase(java.util.Locale.ROOT).contains("history"),
          method.getName());
    }
  }

  @Test
  void rejectsEachBlankTextByItsField() {
    assertEquals(
        "owner: got \"\", expected a text that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> Milestone.builder().from(m6(IN_PROGRESS)).owner("").build())
            .getMessage());
    assertEquals(
        "initialStatement: got \"  \", expected a text that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> Milestone.builder().from(m6(IN_PROGRESS)).initialStatement("  ").build())
            .getMessage());
    assertEquals(
        "recordedBy: got \"\t\", expected a text that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> Milestone.builder().from(m6(IN_PROGRESS)).recordedBy("\t").build())
            .getMessage());
  }

  @Test
  void rejectsBlankTextsAndMissingAttributes() {
    assertEquals(
        "area: got \" \", expected a text that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> Milestone.builder().from(m6(IN_PROGRESS)).area(" ").build())
            .getMessage());
    InvalidValueException missing =
        assertThrows(
            InvalidValueException.class,
            () -> Milestone.builder().id(MilestoneId.of("6")).area("A").build());
    assertTrue(missing.getMessage().contains("initialDue"), missing.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> m6(IN_PROGRESS).apply(MilestoneEvent.cancel(), GB_NOVEMBER, " "));
  }

  @Test
  void equalsByEveryAttributeAndTheHistory() {
    new EqualsTester()
        .addEqualityGroup(m6(IN_PROGRESS), m6(IN_PROGRESS))
        .addEqualityGroup(m6(MilestoneState.PLANNED))
        .addEqualityGroup(lifeOfM6(), lifeOfM6())
        .addEqualityGroup(Milestone.builder().from(m6(IN_PROGRESS)).id(MilestoneId.of("7")).build())
        .addEqualityGroup(strictM6())
        .addEqualityGroup(m6(IN_PROGRESS).apply(MilestoneEvent.cancel(), GB_NOVEMBER, "GB"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(MilestoneEvent.class, MilestoneEvent.cancel())
        .setDefault(Workflow.class, MilestoneWorkflows.standard())
        .setDefault(LocalDate.class, GB_NOVEMBER)
        .testAllPublicInstanceMethods(m6(IN_PROGRESS));
  }
}
