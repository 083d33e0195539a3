package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.workflow.Rule;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;
import org.rbm.testkit.RbmGen;
import org.rbm.testkit.TimedEvent;

/**
 * Stateful properties of milestones: random sequences of events, allowed or not, thrown at
 * generated milestones.
 */
class MilestoneStatefulPropertiesTest {
  private static final Workflow<MilestoneState, MilestoneEvent, Milestone> TABLE =
      MilestoneWorkflows.standard();

  private static Optional<Rule<MilestoneState, MilestoneEvent, Milestone>> rule(
      MilestoneState state, MilestoneEvent e) {
    return TABLE.rule(state, TABLE.kindOf(e).orElseThrow());
  }

  /**
   * The guards, stated from the domain rather than taken from the table: a deferral moves the
   * deadline later; a revision changes the statement or the due.
   */
  private static boolean guardsLetThrough(Milestone m, MilestoneEvent e) {
    if (e instanceof MilestoneEvent.Defer d) {
      return d.due().deadline().isAfter(m.due().deadline());
    } else if (e instanceof MilestoneEvent.Revise r) {
      return r.newStatement().filter(s -> !s.equals(m.statement())).isPresent()
          || r.newDue().filter(d -> !d.equals(m.due())).isPresent();
    }
    return true;
  }

  @Test
  void aDisallowedEventChangesNothingAndRaisesTheException() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              Milestone m = start;
              for (TimedEvent step : steps) {
                Optional<Rule<MilestoneState, MilestoneEvent, Milestone>> rule = rule(m.state(), step.event());
                if (rule.isPresent() && guardsLetThrough(m, step.event())) {
                  m = step.applyTo(m);
                  continue;
                }
                Milestone before = m;
                Milestone copy = TABLE.replay(m.asRecorded(), m.history());
                IllegalTransitionException e =
                    assertThrows(IllegalTransitionException.class, () -> step.applyTo(before));
                assertEquals(copy, before);
                assertEquals(before.state(), e.state(MilestoneState.class));
                assertEquals(step.event(), e.event(MilestoneEvent.class));
                assertEquals(
                    TABLE.allowedEvents(before.state()).asList(),
                    e.allowedEvents(MilestoneEvent.class));
                assertEquals(rule.isPresent(), e.guard().isPresent());
              }
            });
  }

  @Test
  void anAllowedEventMovesWhereTheTableSaysAndAppendsOneEntry() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              Milestone m = start;
              for (TimedEvent step : steps) {
                Optional<Rule<MilestoneState, MilestoneEvent, Milestone>> rule = rule(m.state(), step.event());
                if (rule.isEmpty() || !guardsLetThrough(m, step.event())) {
                  continue;
                }
                Milestone next = step.applyTo(m);
                if (rule.get().isIgnored()) {
                  assertSame(m, next);
                } else {
                  assertEquals(rule.get().to(), next.state());
                  assertEquals(m.history().size() + 1, next.history().size());
                  assertEquals(m.history(), next.history().subList(0, m.history().size()));
                  Transition<MilestoneState, MilestoneEvent> last =
                      next.history().get(m.history().size());
                  assertEquals(m.state(), last.from());
                  assertEquals(step.event(), last.event());
                  assertEquals(m.lastChanged().plusDays(step.daysAfterLastChange()), last.date());
                }
                m = next;
              }
            });
  }

  @Test
  void theHistoryAlwaysAgreesWithTheTableAndTheCurrentState() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              for (Milestone m : run(start, steps)) {
                MilestoneState state = m.initialState();
                LocalDate day = m.recordedOn();
                for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
                  assertEquals(state, t.from());
                  Rule<MilestoneState, MilestoneEvent, Milestone> rule =
                      rule(state, t.event()).orElseThrow();
                  assertTrue(!rule.isIgnored(), rule.toString());
                  assertEquals(rule.to(), t.to());
                  assertTrue(!t.date().isBefore(day), t.toString());
                  state = t.to();
                  day = t.date();
                }
                assertEquals(state, m.state());
                assertEquals(day, m.lastChanged());
              }
            });
  }

  @Test
  void replayingTheHistoryReproducesTheMilestone() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              for (Milestone m : run(start, steps)) {
                Milestone replayed = m.asRecorded();
                for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
                  replayed = replayed.apply(t.event(), t.date(), t.actor(), t.note());
                }
                assertEquals(m, replayed);
                // The workflow's own replay checks every entry and gives the same milestone.
                Milestone throughWorkflow = TABLE.replay(m.asRecorded(), m.history());
                assertEquals(m, throughWorkflow);
                assertEquals(m.statement(), throughWorkflow.statement());
                assertEquals(m.due(), throughWorkflow.due());
                assertEquals(m.condition(), throughWorkflow.condition());
              }
            });
  }

  @Test
  void theStateOnAnyDayIsTheStateTheHistoryReachesByThatDay() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              List<Milestone> all = run(start, steps);
              Milestone m = all.get(all.size() - 1);
              TreeSet<LocalDate> days = new TreeSet<>();
              days.add(m.recordedOn().minusDays(1));
              days.add(m.recordedOn());
              for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
                days.add(t.date().minusDays(1));
                days.add(t.date());
                days.add(t.date().plusDays(1));
              }
              for (LocalDate day : days) {
                Optional<MilestoneState> expected = Optional.empty();
                if (!day.isBefore(m.recordedOn())) {
                  MilestoneState state = m.initialState();
                  for (Transition<MilestoneState, MilestoneEvent> t : m.history()) {
                    if (t.date().isAfter(day)) {
                      break;
                    }
                    state = t.to();
                  }
                  expected = Optional.of(state);
                }
                assertEquals(expected, m.stateOn(day), day::toString);
                assertEquals(expected, m.asOf(day).map(Milestone::state), day::toString);
              }
            });
  }

  /** The milestone after each step of the sequence, disallowed steps skipped. */
  private static List<Milestone> run(Milestone start, List<TimedEvent> steps) {
    List<Milestone> all = new ArrayList<>();
    Milestone m = start;
    all.add(m);
    for (TimedEvent step : steps) {
      try {
        m = step.applyTo(m);
        all.add(m);
      } catch (IllegalTransitionException refused) {
        // Refused steps leave the milestone as it was; the first property checks that.
      }
    }
    return all;
  }
}
