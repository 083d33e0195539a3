package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;
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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * Which events each milestone state allows, and where they lead: declared once, separate from the
 * milestones it governs, in the vocabulary of stateless4j ({@code permit}, {@code permitIf} with a
 * {@link Guard}, {@code ignore}).
 *
 * <pre>{@code
 * TransitionTable table = TransitionTable.builder()
 *     .permit(PLANNED, START, IN_PROGRESS)
 *     .permitIf(IN_PROGRESS, DEFER, DEFERRED, Guard.LATER_DUE)
 *     .ignore(CANCELLED, CANCEL)
 *     .build();
 * table.allowedEvents(IN_PROGRESS);   // [DEFER]
 * table.reachableFrom(PLANNED);       // [IN_PROGRESS, DEFERRED]
 * }</pre>
 *
 * <p>Every {@link Milestone} follows the {@link #standard() standard table}; its rules are listed
 * there. The table describes itself as a Mermaid ({@link #toMermaid()}) or a Graphviz DOT ({@link
 * #toDot()}) diagram. Lookups cost constant time; {@link #reachableFrom} is linear in the number of
 * rules. Immutable and thread-safe.
 */
public final class TransitionTable {
  private static final TransitionTable STANDARD =
      builder()
          .permit(PROPOSED, APPROVE, PLANNED)
          .permitIf(PROPOSED, REVISE, PROPOSED, Guard.CHANGES_SOMETHING)
          .permitIf(PROPOSED, DEFER, DEFERRED, Guard.LATER_DUE)
          .permit(PROPOSED, CANCEL, CANCELLED)
          .permit(PLANNED, START, IN_PROGRESS)
          .permitIf(PLANNED, REVISE, PLANNED, Guard.CHANGES_SOMETHING)
          .permitIf(PLANNED, DEFER, DEFERRED, Guard.LATER_DUE)
          .permit(PLANNED, CANCEL, CANCELLED)
          .permit(IN_PROGRESS, SUBMIT, SUBMITTED_FOR_APPROVAL)
          .permit(IN_PROGRESS, ACHIEVE, ACHIEVED)
          .permit(IN_PROGRESS, ACHIEVE_WITH_CONDITIONS, ACHIEVED_WITH_CONDITIONS)
          .permitIf(IN_PROGRESS, REVISE, IN_PROGRESS, Guard.CHANGES_SOMETHING)
          .permitIf(IN_PROGRESS, DEFER, DEFERRED, Guard.LATER_DUE)
          .permit(IN_PROGRESS, CANCEL, CANCELLED)
          .permit(SUBMITTED_FOR_APPROVAL, ACHIEVE, ACHIEVED)
          .permit(SUBMITTED_FOR_APPROVAL, ACHIEVE_WITH_CONDITIONS, ACHIEVED_WITH_CONDITIONS)
          .permit(SUBMITTED_FOR_APPROVAL, REOPEN, IN_PROGRESS)
          .permit(SUBMITTED_FOR_APPROVAL, CANCEL, CANCELLED)
          .ignore(ACHIEVED, ACHIEVE)
          .permit(ACHIEVED, REOPEN, IN_PROGRESS)
          .permit(ACHIEVED_WITH_CONDITIONS, ACHIEVE, ACHIEVED)
          .permit(ACHIEVED_WITH_CONDITIONS, REOPEN, IN_PROGRESS)
          .permit(DEFERRED, START, IN_PROGRESS)
          .permitIf(DEFERRED, REVISE, DEFERRED, Guard.CHANGES_SOMETHING)
          .permitIf(DEFERRED, DEFER, DEFERRED, Guard.LATER_DUE)
          .permit(DEFERRED, CANCEL, CANCELLED)
          .ignore(CANCELLED, CANCEL)
          .permit(CANCELLED, REOPEN, PLANNED)
          .build();

  private final ImmutableList<TransitionRule> rules;
  private final Map<MilestoneState, Map<EventType, TransitionRule>> byState;

  private TransitionTable(List<TransitionRule> rules) {
    this.rules = ImmutableList.copyOf(rules);
    Map<MilestoneState, Map<EventType, TransitionRule>> index = new EnumMap<>(MilestoneState.class);
    for (TransitionRule r : rules) {
      index.computeIfAbsent(r.from(), s -> new EnumMap<>(EventType.class)).put(r.event(), r);
    }
    this.byState = index;
  }

  /**
   * Returns the table every {@link Milestone} follows. Closed states ({@link
   * MilestoneState#isClosed()}) can be reopened; "no revising an achieved milestone" holds because
   * no achieved state permits {@code revise}; "no deferring to an earlier date" is the {@link
   * Guard#LATER_DUE} guard; a revision must change something ({@link Guard#CHANGES_SOMETHING}).
   *
   * <table>
   *   <caption>The standard transitions</caption>
   *   <tr><th>From</th><th>Event</th><th>To</th></tr>
   *   <tr><td>proposed</td><td>approve</td><td>planned</td></tr>
   *   <tr><td>planned, deferred</td><td>start</td><td>in progress</td></tr>
   *   <tr><td>in progress</td><td>submit</td><td>submitted for approval</td></tr>
   *   <tr><td>in progress, submitted for approval, achieved with conditions</td><td>achieve</td>
   *       <td>achieved</td></tr>
   *   <tr><td>in progress, submitted for approval</td><td>achieve with conditions</td>
   *       <td>achieved with conditions</td></tr>
   *   <tr><td>proposed, planned, in progress, deferred</td><td>revise [changes statement or
   *       due]</td><td>the same state</td></tr>
   *   <tr><td>proposed, planned, in progress, deferred</td><td>defer [later due]</td>
   *       <td>deferred</td></tr>
   *   <tr><td>proposed, planned, in progress, submitted for approval, deferred</td>
   *       <td>cancel</td><td>cancelled</td></tr>
   *   <tr><td>submitted for approval (sent back), achieved, achieved with conditions</td>
   *       <td>reopen</td><td>in progress</td></tr>
   *   <tr><td>cancelled</td><td>reopen</td><td>planned</td></tr>
   *   <tr><td>achieved</td><td>achieve</td><td>ignored</td></tr>
   *   <tr><td>cancelled</td><td>cancel</td><td>ignored</td></tr>
   * </table>
   *
   * @return the standard table
   */
  public static TransitionTable standard() {
    return STANDARD;
  }

  /**
   * Returns a builder for a table.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they were declared.
   *
   * @return the rules
   */
  public ImmutableList<TransitionRule> rules() {
    return rules;
  }

  /**
   * Finds the rule for an event of a kind in a state.
   *
   * @param state the state
   * @param event the kind of event
   * @return the rule; empty if the state does not allow that kind of event
   */
  public Optional<TransitionRule> rule(MilestoneState state, EventType event) {
    requireNonNull(event, "event");
    Map<EventType, TransitionRule> row = byState.get(requireNonNull(state, "state"));
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(event));
  }

  /**
   * Returns the kinds of event a state allows, permitted (guarded or not) or ignored.
   *
   * @param state the state
   * @return the allowed kinds, in the order of {@link EventType}; empty if the state allows none
   */
  public ImmutableSet<EventType> allowedEvents(MilestoneState state) {
    Map<EventType, TransitionRule> row = byState.get(requireNonNull(state, "state"));
    return row == null ? ImmutableSet.of() : Sets.immutableEnumSet(row.keySet());
  }

  /**
   * Returns the states a milestone can reach from a state through one or more permitted events,
   * whatever their guards decide. A state is in its own answer only if some path leads back to it.
   *
   * @param state the starting state
   * @return the reachable states, in the order of {@link MilestoneState}
   */
  public ImmutableSet<MilestoneState> reachableFrom(MilestoneState state) {
    requireNonNull(state, "state");
    Set<MilestoneState> reached = EnumSet.noneOf(MilestoneState.class);
    Queue<MilestoneState> queue = new ArrayDeque<>();
    queue.add(state);
    while (!queue.isEmpty()) {
      Map<EventType, TransitionRule> row = byState.get(queue.remove());
      if (row == null) {
        continue;
      }
      for (TransitionRule r : row.values()) {
        if (!r.isIgnored() && reached.add(r.to())) {
          queue.add(r.to());
        }
      }
    }
    return Sets.immutableEnumSet(reached);
  }

  /**
   * Returns the states the rules mention, as a source or a target.
   *
   * @return the states, in the order of {@link MilestoneState}
   */
  public ImmutableSet<MilestoneState> states() {
    Set<MilestoneState> states = EnumSet.noneOf(MilestoneState.class);
    for (TransitionRule r : rules) {
      states.add(r.from());
      states.add(r.to());
    }
    return Sets.immutableEnumSet(states);
  }

  /**
   * Returns the table as a Mermaid state diagram ({@code stateDiagram-v2}), for documentation: one
   * arrow per permit, labelled with the event and its guard in brackets ({@code defer [later
   * due]}), and a note on each state that ignores events.
   *
   * @return the diagram's source text, ending with a line break
   */
  public String toMermaid() {
    return TableDiagrams.mermaid(this);
  }

  /**
   * Returns the table as a Graphviz DOT digraph, for documentation: one edge per permit, labelled
   * like {@link #toMermaid()}, and a dashed loop, labelled {@code (ignored)}, for each ignored
   * event.
   *
   * @return the diagram's source text, ending with a line break
   */
  public String toDot() {
    return TableDiagrams.dot(this);
  }

  /**
   * Declares a table. At most one rule per state and kind of event. Not thread-safe; the table it
   * builds is.
   */
  public static final class Builder {
    private final List<TransitionRule> rules = new ArrayList<>();
    private final Map<MilestoneState, Set<EventType>> declared = new EnumMap<>(MilestoneState.class);

    private Builder() {}

    /**
     * Permits an event of a kind in a state, leading to a target state.
     *
     * @param from the state
     * @param event the kind of event
     * @param to the state the event leads to; may be {@code from}
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind of event
     */
    @CanIgnoreReturnValue
    public Builder permit(MilestoneState from, EventType event, MilestoneState to) {
      return add(from, event, to, false, null);
    }

    /**
     * Permits an event of a kind in a state if a guard lets it through.
     *
     * @param from the state
     * @param event the kind of event
     * @param to the state the event leads to; may be {@code from}
     * @param guard the guard
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind of event
     */
    @CanIgnoreReturnValue
    public Builder permitIf(MilestoneState from, EventType event, MilestoneState to, Guard guard) {
      return add(from, event, to, false, requireNonNull(guard, "guard"));
    }

    /**
     * Accepts an event of a kind in a state and does nothing: no transition, no history entry.
     *
     * @param state the state
     * @param event the kind of event
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind of event
     */
    @CanIgnoreReturnValue
    public Builder ignore(MilestoneState state, EventType event) {
      return add(state, event, state, true, null);
    }

    private Builder add(
        MilestoneState from,
        EventType event,
        MilestoneState to,
        boolean ignored,
        @Nullable Guard guard) {
      requireNonNull(from, "from");
      requireNonNull(event, "event");
      requireNonNull(to, "to");
      if (!declared.computeIfAbsent(from, s -> EnumSet.noneOf(EventType.class)).add(event)) {
        throw new InvalidValueException(
            "rules[" + rules.size() + "]",
            from + " on " + event.label(),
            "one rule per state and kind of event");
      }
      rules.add(new TransitionRule(from, event, to, ignored, guard));
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the table with the rules declared so far
     */
    public TransitionTable build() {
      return new TransitionTable(rules);
    }
  }
}
