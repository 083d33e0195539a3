package org.rbm.core.milestones;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * A milestone's history played forward from the milestone as first recorded, checking each entry
 * against the standard {@link TransitionTable} and against the entries before it. The first step is
 * the milestone as recorded; step {@code i + 1} is the milestone after {@code history[i]}. Linear in
 * the length of the history.
 */
final class Replay {
  /** The milestone as it stood from {@code date} on, until the next step. */
  record Step(
      LocalDate date,
      MilestoneState state,
      String statement,
      Due due,
      @Nullable String condition) {

    Step after(Transition t) {
      MilestoneEvent e = t.event();
      String nextCondition =
          t.toState() == MilestoneState.ACHIEVED_WITH_CONDITIONS ? e.condition().orElse(condition) : null;
      return new Step(
          t.date(), t.toState(), e.statement().orElse(statement), e.due().orElse(due), nextCondition);
    }
  }

  final ImmutableList<Step> steps;

  private Replay(ImmutableList<Step> steps) {
    this.steps = steps;
  }

  static Replay of(
      LocalDate recordedOn,
      MilestoneState state,
      String statement,
      Due due,
      @Nullable String condition,
      List<Transition> history) {
    TransitionTable table = TransitionTable.standard();
    ImmutableList.Builder<Step> steps = ImmutableList.builderWithExpectedSize(history.size() + 1);
    Step current = new Step(recordedOn, state, statement, due, condition);
    steps.add(current);
    for (int i = 0; i < history.size(); i++) {
      Transition t = history.get(i);
      String at = "history[" + i + "]";
      if (t.date().isBefore(current.date())) {
        throw new InvalidValueException(
            at + ".date",
            t.date(),
            "a date on or after " + current.date()
                + (i == 0 ? ", the day the milestone was recorded" : ", the date of the entry before"));
      }
      if (t.fromState() != current.state()) {
        throw new InvalidValueException(
            at + ".from",
            t.fromState().name(),
            current.state().name() + ", the state "
                + (i == 0 ? "the milestone was recorded in" : "the entries before it reach"));
      }
      Optional<TransitionRule> rule = table.rule(current.state(), t.event().type());
      if (rule.isEmpty() || rule.get().isIgnored()) {
        throw new InvalidValueException(
            at + ".event",
            t.event().toString(),
            "an event the state " + current.state().name() + " permits: "
                + permitted(table, current.state()));
      }
      Optional<Guard> guard = rule.get().guard();
      if (guard.isPresent()
          && !guard.get().holds(current.statement(), current.due(), t.event())) {
        throw new InvalidValueException(
            at + ".event",
            t.event().toString(),
            "an event for which " + guard.get().requirement() + " (then " + current.due() + ")");
      }
      if (t.toState() != rule.get().to()) {
        throw new InvalidValueException(
            at + ".to",
            t.toState().name(),
            rule.get().to().name() + ", where " + t.event().type().label() + " leads from "
                + current.state().name());
      }
      current = current.after(t);
      steps.add(current);
    }
    return new Replay(steps.build());
  }

  private static String permitted(TransitionTable table, MilestoneState state) {
    String list =
        table.allowedEvents(state).stream()
            .filter(e -> table.rule(state, e).filter(r -> !r.isIgnored()).isPresent())
            .map(EventType::label)
            .collect(Collectors.joining(", "));
    return list.isEmpty() ? "none" : list;
  }

  Step last() {
    return steps.get(steps.size() - 1);
  }
}
