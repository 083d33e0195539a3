package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED;
import static org.rbm.core.milestones.MilestoneState.DEFERRED;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.Milestones.RECORDED;
import static org.rbm.core.milestones.Milestones.m6;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;

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
                    Optional.of("Performance management framework fully rolled out"),
                    Optional.of(Due.ofYear(2008)),
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
        m6(MilestoneState.ACHIEVED_WITH_CONDITIONS)
            .withInitialCondition("an updated strategy is submitted in November 2007");
    assertEquals(Optional.of("an updated strategy is submitted in November 2007"), it.condition());
    assertEquals(
        Optional.empty(),
        it.apply(MilestoneEvent.achieve(), GB_NOVEMBER, "Governing Body").condition());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> m6(IN_PROGRESS).withInitialCondition("a condition"));
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
    for (Transition t : m.history()) {
      replayed = replayed.apply(t.event(), t.date(), t.actor(), t.note());
    }
    assertEquals(m, replayed);
  }

  private static Milestone.Builder tampered(Transition... history) {
    return Milestone.builder()
        .from(m6(IN_PROGRESS))
        .history(ImmutableList.copyOf(history));
  }

  private static Transition entry(
      MilestoneState from, MilestoneEvent event, MilestoneState to, LocalDate date) {
    return Transition.builder()
        .fromState(from).event(event).toState(to).date(date).actor("HRD").build();
  }

  @Test
  void rejectsAHistoryEntryTheTableDoesNotPermit() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                tampered(entry(IN_PROGRESS, MilestoneEvent.approve(), MilestoneState.PLANNED, GB_NOVEMBER))
                    .build());
    assertEquals(Optional.of("history[0].event"), e.field());
    assertEquals(
        "history[0].event: got \"approve\", expected an event the state IN_PROGRESS permits:"
            + " submit, achieve, achieve with conditions, revise, defer, cancel",
        e.getMessage());
  }

  @Test
  void rejectsAHistoryEntryThatDoesNotFollowOnFromTheOneBefore() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                tampered(
                        entry(IN_PROGRESS, MilestoneEvent.submit(), MilestoneState.SUBMITTED_FOR_APPROVAL, GB_NOVEMBER),
                        entry(IN_PROGRESS, MilestoneEvent.achieve(), ACHIEVED, GB_NOVEMBER))
                    .build());
    assertEquals(
        "history[1].from: got \"IN_PROGRESS\", expected SUBMITTED_FOR_APPROVAL, the state the"
            + " entries before it reach",
        e.getMessage());
  }

  @Test
  void rejectsAHistoryEntryWithTheWrongTarget() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> tampered(entry(IN_PROGRESS, MilestoneEvent.achieve(), DEFERRED, GB_NOVEMBER)).build());
    assertEquals(
        "history[0].to: got \"DEFERRED\", expected ACHIEVED, where achieve leads from IN_PROGRESS",
        e.getMessage());
  }

  @Test
  void rejectsAHistoryEntryItsGuardRefuses() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                tampered(entry(IN_PROGRESS, MilestoneEvent.defer(Due.ofYear(2006)), DEFERRED, GB_NOVEMBER))
                    .build());
    assertEquals(
        "history[0].event: got \"defer to 2006\", expected an event for which the new due is later"
            + " than the current due (then 2007)",
        e.getMessage());
  }

  @Test
  void rejectsAHistoryWhoseDatesGoBackwards() {
    InvalidValueException early =
        assertThrows(
            InvalidValueException.class,
            () -> tampered(entry(IN_PROGRESS, MilestoneEvent.achieve(), ACHIEVED, RECORDED.minusDays(1))).build());
    assertEquals(
        "history[0].date: got 2007-10-11, expected a date on or after 2007-10-12, the day the"
            + " milestone was recorded",
        early.getMessage());
    InvalidValueException backwards =
        assertThrows(
            InvalidValueException.class,
            () ->
                tampered(
                        entry(IN_PROGRESS, MilestoneEvent.submit(), MilestoneState.SUBMITTED_FOR_APPROVAL, GB_NOVEMBER),
                        entry(MilestoneState.SUBMITTED_FOR_APPROVAL, MilestoneEvent.achieve(), ACHIEVED, RECORDED))
                    .build());
    assertEquals(Optional.of("history[1].date"), backwards.field());
  }

  @Test
  void rejectsAnIgnoredEventInTheHistory() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Milestone.builder()
                    .from(m6(ACHIEVED))
                    .addHistory(entry(ACHIEVED, MilestoneEvent.achieve(), ACHIEVED, GB_NOVEMBER))
                    .build());
    assertEquals(
        "history[0].event: got \"achieve\", expected an event the state ACHIEVED permits: reopen",
        e.getMessage());
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
        .addEqualityGroup(m6(IN_PROGRESS).withId(MilestoneId.of("7")))
        .addEqualityGroup(m6(IN_PROGRESS).apply(MilestoneEvent.cancel(), GB_NOVEMBER, "GB"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(MilestoneEvent.class, MilestoneEvent.cancel())
        .setDefault(LocalDate.class, GB_NOVEMBER)
        .testAllPublicInstanceMethods(m6(IN_PROGRESS));
  }
}
