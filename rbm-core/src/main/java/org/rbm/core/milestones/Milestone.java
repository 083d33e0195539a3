package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;

/**
 * A milestone: a dated commitment of a roadmap, such as the ILO's "New staff performance management
 * system introduced", due 2007, in the area "Performance and accountability". Its state changes only
 * through {@linkplain #apply events} that the {@linkplain TransitionTable#standard() standard
 * transition table} allows, and each change is kept in its {@linkplain #history() history}: from,
 * to, event, effective date, actor and note.
 *
 * <pre>{@code
 * Milestone m6 = Milestone.builder()
 *     .id(MilestoneId.of("6"))
 *     .area("Performance and accountability")
 *     .owner("Human Resources Development Department")
 *     .initialStatement("New staff performance management system introduced")
 *     .initialDue(Due.ofYear(2007))
 *     .initialState(MilestoneState.IN_PROGRESS)
 *     .recordedOn(LocalDate.of(2007, 10, 12))
 *     .recordedBy("GB.300/PFA/9/1")
 *     .build();
 * Milestone revised = m6.apply(
 *     MilestoneEvent.reviseDue(Due.ofYear(2008), "Full roll-out after the pilot"),
 *     LocalDate.of(2007, 11, 16), "Governing Body");
 * revised.due();                  // 2008
 * revised.history().size();       // 1
 * m6.due();                       // still 2007: milestones are values
 * }</pre>
 *
 * <p>A milestone is <em>recorded</em> once, in any state (a roadmap taken over from a paper starts
 * with its milestones where the paper left them), with its statement and due as they were then: the
 * {@code initial*} attributes. Its current {@linkplain #statement() statement}, {@linkplain #due()
 * due} and {@linkplain #state() state} are what the history makes of them, replayed entry by entry;
 * construction replays the history and rejects, with {@link InvalidValueException} naming the
 * offending entry (such as {@code history[2].event}), a history the transition table does not allow,
 * whose entries do not follow on from one another, or whose dates go backwards.
 *
 * <p>Every query costs time linear in the length of the history. Immutable and thread-safe.
 */
@Immutable
public abstract class Milestone implements WithMilestone {
  Milestone() {}

  /**
   * Returns the identifier, unique within a roadmap.
   *
   * @return the id, such as {@code 6}
   */
  public abstract MilestoneId id();

  /**
   * Returns the area of the roadmap the milestone belongs to.
   *
   * @return the area, such as {@code Performance and accountability}; not blank
   */
  public abstract String area();

  /**
   * Returns who is responsible for reaching the milestone.
   *
   * @return the owner, not blank
   */
  public abstract String owner();

  /**
   * Returns the statement as the milestone was first recorded; revisions change {@link
   * #statement()}, never this.
   *
   * @return the statement as recorded, not blank
   */
  public abstract String initialStatement();

  /**
   * Returns the due as the milestone was first recorded; revisions and deferrals change {@link
   * #due()}, never this.
   *
   * @return the due as recorded
   */
  public abstract Due initialDue();

  /**
   * Returns the state the milestone was first recorded in.
   *
   * @return the state as recorded
   */
  public abstract MilestoneState initialState();

  /**
   * Returns the condition of the achievement, for a milestone recorded as achieved with conditions,
   * such as the ILO's IT strategy, "adopted, on condition that an updated strategy is submitted in
   * November 2007".
   *
   * @return the condition, if given; only for a milestone recorded as achieved with conditions; not
   *     blank
   */
  public abstract Optional<String> initialCondition();

  /**
   * Returns the day the milestone was recorded; no history entry is earlier.
   *
   * @return the day it was recorded
   */
  public abstract LocalDate recordedOn();

  /**
   * Returns who recorded the milestone: a person, a unit, or a paper such as {@code GB.300/PFA/9/1}.
   *
   * @return the recorder, not blank
   */
  public abstract String recordedBy();

  /**
   * Returns a note made when the milestone was recorded, such as the status line of the paper it
   * comes from.
   *
   * @return the note, if given; not blank
   */
  public abstract Optional<String> recordNote();

  /**
   * Returns the changes since the milestone was recorded, oldest first. Dates never go backwards;
   * several entries may share a day, and then count in the order given.
   *
   * @return the history
   */
  public abstract ImmutableList<Transition> history();

  @Lazy
  Replay replay() {
    return Replay.of(
        recordedOn(),
        initialState(),
        initialStatement(),
        initialDue(),
        initialCondition().orElse(null),
        history());
  }

  @Check
  final void check() {
    notBlank("area", area());
    notBlank("owner", owner());
    notBlank("initialStatement", initialStatement());
    notBlank("recordedBy", recordedBy());
    if (recordNote().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException(
          "recordNote", recordNote().get(), "a note that is not blank, or none");
    }
    if (initialCondition().isPresent()) {
      if (initialCondition().get().isBlank()) {
        throw new InvalidValueException(
            "initialCondition", initialCondition().get(), "a condition that is not blank, or none");
      }
      if (initialState() != MilestoneState.ACHIEVED_WITH_CONDITIONS) {
        throw new InvalidValueException(
            "initialCondition",
            initialCondition().get(),
            "no condition, since the initial state is " + initialState().name()
                + ", not ACHIEVED_WITH_CONDITIONS");
      }
    }
    // Replaying the history checks each transition; the replay is kept (it is @Lazy).
    Replay unused = replay();
  }

  private static void notBlank(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
  }

  /**
   * Returns the current statement: the last revised statement, or the statement as recorded.
   *
   * @return the statement
   */
  public final String statement() {
    return replay().last().statement();
  }

  /**
   * Returns the current due: the due of the last revision or deferral that set one, or the due as
   * recorded.
   *
   * @return the due
   */
  public final Due due() {
    return replay().last().due();
  }

  /**
   * Returns the current state: the target of the last history entry, or the state as recorded.
   *
   * @return the state
   */
  public final MilestoneState state() {
    return replay().last().state();
  }

  /**
   * Returns the condition of the achievement, for a milestone achieved with conditions: the
   * condition of the event that made it so, or its {@linkplain #initialCondition() initial
   * condition} if it was recorded so and has not changed state since.
   *
   * @return the condition; empty in other states, or if none was given
   */
  public final Optional<String> condition() {
    return Optional.ofNullable(replay().last().condition());
  }

  /**
   * Returns the day of the last change: the date of the last history entry, or the day the
   * milestone was recorded.
   *
   * @return the day of the last change
   */
  public final LocalDate lastChanged() {
    return replay().last().date();
  }

  /**
   * Applies an event, without a note. See {@link #apply(MilestoneEvent, LocalDate, String,
   * Optional)}.
   *
   * @param event the event
   * @param date the day the event takes effect, not before {@link #lastChanged()}
   * @param actor who applies the event, not blank
   * @return the milestone after the event
   * @throws IllegalTransitionException if the current state does not allow the event
   * @throws InvalidValueException if the date is before the last change or the actor is blank
   */
  public final Milestone apply(MilestoneEvent event, LocalDate date, String actor) {
    return apply(event, date, actor, Optional.empty());
  }

  /**
   * Applies an event: returns the milestone after it, with the transition appended to the history.
   * This milestone is not changed. An event the table {@linkplain TransitionRule#isIgnored()
   * ignores} in the current state returns this milestone as it is, with nothing recorded.
   *
   * @param event the event
   * @param date the day the event takes effect, not before {@link #lastChanged()}
   * @param actor who applies the event, not blank
   * @param note why, or the decision the event comes from; not blank if given
   * @return the milestone after the event
   * @throws IllegalTransitionException if the current state does not allow the kind of event, or a
   *     guard refuses it (a deferral to a due that is not later, a revision that changes nothing);
   *     the message names the state, the event and the events the state allows
   * @throws InvalidValueException if the date is before the last change, or the actor or the note
   *     is blank
   */
  public final Milestone apply(
      MilestoneEvent event, LocalDate date, String actor, Optional<String> note) {
    requireNonNull(event, "event");
    requireNonNull(date, "date");
    requireNonNull(actor, "actor");
    requireNonNull(note, "note");
    Replay.Step now = replay().last();
    TransitionTable table = TransitionTable.standard();
    ImmutableList<String> allowed =
        table.allowedEvents(now.state()).stream()
            .map(EventType::label)
            .collect(ImmutableList.toImmutableList());
    TransitionRule rule =
        table
            .rule(now.state(), event.type())
            .orElseThrow(
                () -> new IllegalTransitionException(now.state().label(), event, allowed));
    if (rule.isIgnored()) {
      return this;
    }
    Optional<Guard> guard = rule.guard();
    if (guard.isPresent() && !guard.get().holds(now.statement(), now.due(), event)) {
      throw new IllegalTransitionException(
          now.state().label(),
          event,
          allowed,
          guard.get().requirement() + " (now " + now.due() + ")");
    }
    if (date.isBefore(now.date())) {
      throw new InvalidValueException(
          "date", date, "a date on or after " + now.date() + ", the day of the last change");
    }
    Transition t =
        Transition.builder()
            .fromState(now.state())
            .toState(rule.to())
            .event(event)
            .date(date)
            .actor(actor)
            .note(note)
            .build();
    return withHistory(
        ImmutableList.<Transition>builderWithExpectedSize(history().size() + 1)
            .addAll(history())
            .add(t)
            .build());
  }

  /**
   * Returns the milestone as it stood at the end of a day: its history up to and including the
   * entries dated that day.
   *
   * @param day the day
   * @return the milestone as of that day; empty if it was recorded later
   */
  public final Optional<Milestone> asOf(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(recordedOn())) {
      return Optional.empty();
    }
    int n = 0;
    while (n < history().size() && !history().get(n).date().isAfter(day)) {
      n++;
    }
    return Optional.of(n == history().size() ? this : withHistory(history().subList(0, n)));
  }

  /**
   * Returns the state at the end of a day, replayed from the history.
   *
   * @param day the day
   * @return the state; empty if the milestone was recorded later
   */
  public final Optional<MilestoneState> stateOn(LocalDate day) {
    requireNonNull(day, "day");
    Replay.Step at = null;
    for (Replay.Step step : replay().steps) {
      if (step.date().isAfter(day)) {
        break;
      }
      at = step;
    }
    return at == null ? Optional.empty() : Optional.of(at.state());
  }

  /**
   * Tells whether the milestone is overdue at the end of a day: as it then stood, it was open (not
   * achieved, achieved with conditions or cancelled) and the day is after the deadline of its due.
   * A milestone due in 2007 is overdue from 1 January 2008, unless it is closed or its due has
   * been moved.
   *
   * @param day the day
   * @return whether it is overdue; false if it was recorded later
   */
  public final boolean isOverdueOn(LocalDate day) {
    requireNonNull(day, "day");
    return asOf(day).filter(m -> !m.state().isClosed() && m.due().isPassedOn(day)).isPresent();
  }

  /**
   * Returns how many days the milestone spent in each state, from the day it was recorded to a
   * given day. A state entered and left on the same day counts 0 days.
   *
   * @param day the end of the count (exclusive): the days before it are counted
   * @return the days per state visited, in the order of {@link MilestoneState}; empty if the
   *     milestone was recorded after {@code day}
   */
  public final ImmutableMap<MilestoneState, Long> daysInEachState(LocalDate day) {
    requireNonNull(day, "day");
    Map<MilestoneState, Long> days = new EnumMap<>(MilestoneState.class);
    ImmutableList<Replay.Step> steps = replay().steps;
    for (int i = 0; i < steps.size() && !steps.get(i).date().isAfter(day); i++) {
      LocalDate start = steps.get(i).date();
      LocalDate end = i + 1 < steps.size() ? steps.get(i + 1).date() : day;
      if (end.isAfter(day)) {
        end = day;
      }
      days.merge(steps.get(i).state(), ChronoUnit.DAYS.between(start, end), Long::sum);
    }
    return Maps.immutableEnumMap(days);
  }

  /**
   * Returns the milestone as it was recorded, before any event: the same milestone with an empty
   * history. Applying the history's events to it, in order, gives this milestone back.
   *
   * @return the milestone as recorded
   */
  public final Milestone asRecorded() {
    return withHistory(ImmutableList.of());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute is missing, a text is blank, or the history breaks the transition table (the
   *     message names the offending entry, such as {@code history[2].event})
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
