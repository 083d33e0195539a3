package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.milestones.Milestones.RECORDED;
import static org.rbm.core.milestones.Milestones.m6;
import static org.rbm.core.milestones.Milestones.passing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.workflow.Rule;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/** Every transition the standard table permits, and a sample of those it forbids. */
class MilestoneTransitionsTest {
  private static final LocalDate DAY = LocalDate.of(2007, 11, 16);

  /** The permitted transitions, from the domain, written out by hand. */
  private static final String[] PERMITTED = {
    "PROPOSED, APPROVE, PLANNED",
    "PROPOSED, REVISE, PROPOSED",
    "PROPOSED, DEFER, DEFERRED",
    "PROPOSED, CANCEL, CANCELLED",
    "PLANNED, START, IN_PROGRESS",
    "PLANNED, REVISE, PLANNED",
    "PLANNED, DEFER, DEFERRED",
    "PLANNED, CANCEL, CANCELLED",
    "IN_PROGRESS, SUBMIT, SUBMITTED_FOR_APPROVAL",
    "IN_PROGRESS, ACHIEVE, ACHIEVED",
    "IN_PROGRESS, ACHIEVE_WITH_CONDITIONS, ACHIEVED_WITH_CONDITIONS",
    "IN_PROGRESS, REVISE, IN_PROGRESS",
    "IN_PROGRESS, DEFER, DEFERRED",
    "IN_PROGRESS, CANCEL, CANCELLED",
    "SUBMITTED_FOR_APPROVAL, ACHIEVE, ACHIEVED",
    "SUBMITTED_FOR_APPROVAL, ACHIEVE_WITH_CONDITIONS, ACHIEVED_WITH_CONDITIONS",
    "SUBMITTED_FOR_APPROVAL, REOPEN, IN_PROGRESS",
    "SUBMITTED_FOR_APPROVAL, CANCEL, CANCELLED",
    "ACHIEVED, REOPEN, IN_PROGRESS",
    "ACHIEVED_WITH_CONDITIONS, ACHIEVE, ACHIEVED",
    "ACHIEVED_WITH_CONDITIONS, REOPEN, IN_PROGRESS",
    "DEFERRED, START, IN_PROGRESS",
    "DEFERRED, REVISE, DEFERRED",
    "DEFERRED, DEFER, DEFERRED",
    "DEFERRED, CANCEL, CANCELLED",
    "CANCELLED, REOPEN, PLANNED",
  };

  static Stream<Arguments> permitted() {
    return Stream.of(PERMITTED)
        .map(line -> line.split(", "))
        .map(
            p ->
                Arguments.of(
                    MilestoneState.valueOf(p[0]), kind(p[1]), MilestoneState.valueOf(p[2])));
  }

  /** The kind of event named as the JSON format names it: ACHIEVE_WITH_CONDITIONS. */
  private static Class<? extends MilestoneEvent> kind(String name) {
    for (Class<? extends MilestoneEvent> k : MilestoneWorkflows.standard().events()) {
      if (k.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
          .equals(name)) {
        return k;
      }
    }
    throw new AssertionError(name);
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("permitted")
  void permittedEventMovesTheMilestoneAndIsRecorded(
      MilestoneState from, Class<? extends MilestoneEvent> type, MilestoneState to) {
    Milestone before = m6(from);
    MilestoneEvent event = passing(type);
    Milestone after = before.apply(event, DAY, "Governing Body", Optional.of("GB.300"));
    assertEquals(to, after.state());
    assertEquals(1, after.history().size());
    Transition<MilestoneState, MilestoneEvent> t = after.history().get(0);
    assertEquals(from, t.from());
    assertEquals(event, t.event());
    assertEquals(to, t.to());
    assertEquals(DAY, t.date());
    assertEquals("Governing Body", t.actor());
    assertEquals(Optional.of("GB.300"), t.note());
    assertEquals(from, before.state());
    assertEquals(ImmutableList.of(), before.history());
  }

  @Test
  void theTableHasExactlyThePermittedTransitionsListedHere() {
    Set<String> inTable = new HashSet<>();
    for (Rule<MilestoneState, MilestoneEvent, Milestone> r : MilestoneWorkflows.standard().rules()) {
      if (!r.isIgnored()) {
        inTable.add(r.from() + ", " + name(r.event()) + ", " + r.to());
      }
    }
    assertEquals(Set.of(PERMITTED), inTable);
  }

  private static String name(Class<?> kind) {
    return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  @Test
  void ignoredEventsChangeNothingAndRecordNothing() {
    Milestone achieved = m6(MilestoneState.ACHIEVED);
    assertSame(achieved, achieved.apply(MilestoneEvent.achieve(), DAY, "someone"));
    Milestone cancelled = m6(MilestoneState.CANCELLED);
    assertSame(cancelled, cancelled.apply(MilestoneEvent.cancel(), DAY, "someone"));
  }

  @Test
  void approvingAMilestoneInProgressIsRefusedNamingTheAllowedEvents() {
    Milestone m = m6(MilestoneState.IN_PROGRESS);
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> m.apply(MilestoneEvent.approve(), DAY, "Governing Body"));
    assertEquals(
        "event: got approve in state in progress, expected one of the events allowed there:"
            + " submit, achieve, achieve with conditions, revise, defer, cancel",
        e.getMessage());
    assertEquals(MilestoneState.IN_PROGRESS, e.state(MilestoneState.class));
    assertEquals(MilestoneEvent.approve(), e.event(MilestoneEvent.class));
    assertEquals(
        ImmutableList.of(
            MilestoneEvent.Submit.class,
            MilestoneEvent.Achieve.class,
            MilestoneEvent.AchieveWithConditions.class,
            MilestoneEvent.Revise.class,
            MilestoneEvent.Defer.class,
            MilestoneEvent.Cancel.class),
        e.allowedEvents(MilestoneEvent.class));
    assertEquals(Optional.empty(), e.guard());
  }

  @Test
  void revisingAnAchievedMilestoneIsRefused() {
    Milestone m = m6(MilestoneState.ACHIEVED);
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> m.apply(MilestoneEvent.reviseDue(Due.ofYear(2008), "late"), DAY, "HRD"));
    assertEquals(
        "event: got revise (due 2008; reason \"late\") in state achieved, expected one of the"
            + " events allowed there: achieve, reopen",
        e.getMessage());
    Milestone withConditions = m6(MilestoneState.ACHIEVED_WITH_CONDITIONS);
    assertThrows(
        IllegalTransitionException.class,
        () -> withConditions.apply(MilestoneEvent.reviseStatement("New", "why"), DAY, "HRD"));
  }

  @Test
  void startingAProposedMilestoneIsRefused() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> m6(MilestoneState.PROPOSED).apply(MilestoneEvent.start(), DAY, "HRD"));
    assertEquals(
        "event: got start in state proposed, expected one of the events allowed there: approve,"
            + " revise, defer, cancel",
        e.getMessage());
  }

  @Test
  void submittingTwiceIsRefused() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                m6(MilestoneState.SUBMITTED_FOR_APPROVAL)
                    .apply(MilestoneEvent.submit(), DAY, "HRD"));
    assertEquals(
        "event: got submit in state submitted for approval, expected one of the events allowed"
            + " there: achieve, achieve with conditions, cancel, reopen",
        e.getMessage());
  }

  @Test
  void deferringACancelledMilestoneIsRefused() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                m6(MilestoneState.CANCELLED)
                    .apply(MilestoneEvent.defer(Due.ofYear(2009)), DAY, "HRD"));
    assertEquals(
        "event: got defer to 2009 in state cancelled, expected one of the events allowed there:"
            + " cancel, reopen",
        e.getMessage());
  }

  @Test
  void everyForbiddenKindIsRefusedInEveryStateAndChangesNothing() {
    Workflow<MilestoneState, MilestoneEvent, Milestone> table = MilestoneWorkflows.standard();
    int refused = 0;
    for (MilestoneState s : MilestoneState.values()) {
      for (Class<? extends MilestoneEvent> type : table.events()) {
        if (table.rule(s, type).isEmpty()) {
          Milestone m = m6(s);
          assertThrows(
              IllegalTransitionException.class,
              () -> m.apply(passing(type), DAY, "HRD"),
              s + " " + type);
          assertEquals(s, m.state());
          assertEquals(ImmutableList.of(), m.history());
          refused++;
        }
      }
    }
    // 8 states x 9 kinds, less the 28 rules of the table.
    assertEquals(72 - 28, refused);
  }

  @Test
  void recordedOnIsTheEarliestDayAnEventCanTakeEffect() {
    Milestone m = m6(MilestoneState.PLANNED);
    assertEquals(RECORDED, m.lastChanged());
    assertEquals(
        "date: got 2007-10-11, expected a date on or after 2007-10-12, the day of the last change",
        assertThrows(
                org.rbm.core.InvalidValueException.class,
                () -> m.apply(MilestoneEvent.start(), RECORDED.minusDays(1), "HRD"))
            .getMessage());
    assertEquals(MilestoneState.IN_PROGRESS, m.apply(MilestoneEvent.start(), RECORDED, "HRD").state());
  }
}
