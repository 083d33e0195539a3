package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.testkit.RbmGen;
import org.rbm.testkit.TimedEvent;

/**
 * Stateful properties of milestones: random sequences of events, allowed or not, thrown at
 * generated milestones.
 */
class MilestoneStatefulPropertiesTest {
  private static final TransitionTable TABLE = TransitionTable.standard();

  /**
   * The guards, stated from the domain rather than taken from the table: a deferral moves the
   * deadline later; a revision changes the statement or the due.
   */
  private static boolean guardsLetThrough(Milestone m, MilestoneEvent e) {
    return switch (e.type()) {
      case DEFER -> e.due().orElseThrow().deadline().isAfter(m.due().deadline());
      case REVISE ->
          e.statement().filter(s -> !s.equals(m.statement())).isPresent()
              || e.due().filter(d -> !d.equals(m.due())).isPresent();
      default -> true;
    };
  }

  @Test
  void aDisallowedEventChangesNothingAndRaisesTheException() {
    qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
        .checkAssert(
            (start, steps) -> {
              Milestone m = start;
              for (TimedEvent step : steps) {
                Optional<TransitionRule> rule = TABLE.rule(m.state(), step.event().type());
                if (rule.isPresent() && guardsLetThrough(m, step.event())) {
                  m = step.applyTo(m);
                  continue;
                }
                Milestone before = m;
                Milestone copy = Milestone.builder().from(m).build();
                IllegalTransitionException e =
                    assertThrows(IllegalTransitionException.class, () -> step.applyTo(before));
                assertEquals(copy, before);
                assertEquals(before.state().label(), e.state());
                assertEquals(step.event().toString(), e.event());
                assertEquals(
                    TABLE.allowedEvents(before.state()).stream()
                        .map(EventType::label)
                        .collect(ImmutableList.toImmutableList()),
                    e.allowedEvents());
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
                Optional<TransitionRule> rule = TABLE.rule(m.state(), step.event().type());
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
                  Transition last = next.history().get(m.history().size());
                  assertEquals(m.state(), last.fromState());
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
                for (Transition t : m.history()) {
                  assertEquals(state, t.fromState());
                  TransitionRule rule = TABLE.rule(state, t.event().type()).orElseThrow();
                  assertTrue(!rule.isIgnored(), rule.toString());
                  assertEquals(rule.to(), t.toState());
                  assertTrue(!t.date().isBefore(day), t.toString());
                  state = t.toState();
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
                for (Transition t : m.history()) {
                  replayed = replayed.apply(t.event(), t.date(), t.actor(), t.note());
                }
                assertEquals(m, replayed);
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
              for (Transition t : m.history()) {
                days.add(t.date().minusDays(1));
                days.add(t.date());
                days.add(t.date().plusDays(1));
              }
              for (LocalDate day : days) {
                Optional<MilestoneState> expected = Optional.empty();
                if (!day.isBefore(m.recordedOn())) {
                  MilestoneState state = m.initialState();
                  for (Transition t : m.history()) {
                    if (t.date().isAfter(day)) {
                      break;
                    }
                    state = t.toState();
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
