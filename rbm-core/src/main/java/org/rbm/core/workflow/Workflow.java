package org.rbm.core.workflow;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;

/**
 * A life cycle declared once, in stateless4j's vocabulary, and separate from the values it
 * governs: in which states a subject may be recorded ({@link Builder#initial initial}), which
 * kinds of event each state {@link Builder#permit permits} and where they lead, which it permits
 * only if a {@link Guard} lets them through ({@link Builder#permitIf permitIf}), and which it
 * accepts and {@link Builder#ignore ignores}.
 *
 * <pre>{@code
 * Workflow<Stage, StageEvent, Document> stages =
 *     Workflow.builder(Stage.class, StageEvent.class, Document.class)
 *         .initial(Stage.CONCEPT)
 *         .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
 *         .permitIf(Stage.DRAFT, Approve.class, Stage.FINAL, QA_REVIEWED)
 *         .ignore(Stage.FINAL, Approve.class)
 *         .build();
 * History<Stage, StageEvent> h = stages.start(Stage.CONCEPT, LocalDate.of(2024, 1, 10));
 * h = stages.apply(h, document, new Submit(), LocalDate.of(2024, 2, 1), "Country office",
 *     Optional.empty());
 * h.state();                              // DRAFT
 * stages.permittedEvents(Stage.DRAFT);    // [Approve]
 * }</pre>
 *
 * <p>States are the constants of an enum {@code S}. Events are values of a type {@code E},
 * typically a sealed interface with one record per kind; a <em>kind</em> of event is a class the
 * rules name, such as {@code Submit.class}, and an event is of the first declared kind its class
 * is assignable to. Kinds are listed in the order of {@code E}'s permitted subclasses when {@code
 * E} is sealed, else in the order they are first declared. Guards see the subject as it stands,
 * of type {@code T} (such as a milestone with its current due), and the event.
 *
 * <p>Costs: {@link #apply} takes constant time (a lookup, the guard, an append to a persistent
 * history), so applying {@code n} events one by one costs time and memory linear in {@code n};
 * nothing already in a history is checked again. {@link #replay} is linear in the length of the
 * history; {@link #reachableFrom} is linear in the number of rules. Immutable and thread-safe
 * when its guards are.
 *
 * @param <S> the states
 * @param <E> the events
 * @param <T> the subject the guards look at
 */
public final class Workflow<S extends Enum<S>, E, T> {
  private final Class<S> states;
  private final Class<E> eventType;
  private final ImmutableSet<S> initial;
  private final ImmutableList<Rule<S, E, T>> rules;
  private final ImmutableList<Class<? extends E>> kinds;
  private final Map<S, Map<Class<? extends E>, Rule<S, E, T>>> byState;
  private final ClassValue<Optional<Class<? extends E>>> kindOf;

  private Workflow(Builder<S, E, T> b) {
    this.states = b.states;
    this.eventType = b.eventType;
    this.rules = ImmutableList.copyOf(b.rules);
    this.initial =
        b.initial.isEmpty()
            ? Sets.immutableEnumSet(EnumSet.allOf(states))
            : Sets.immutableEnumSet(b.initial);
    this.kinds = ImmutableList.copyOf(orderedKinds(b.eventType, b.kinds));
    Map<S, Map<Class<? extends E>, Rule<S, E, T>>> index = new EnumMap<>(states);
    for (S s : states.getEnumConstants()) {
      Map<Class<? extends E>, Rule<S, E, T>> row = new LinkedHashMap<>();
      for (Class<? extends E> k : kinds) {
        for (Rule<S, E, T> r : rules) {
          if (r.from() == s && r.event() == k) {
            row.put(k, r);
          }
        }
      }
      index.put(s, row);
    }
    this.byState = index;
    ImmutableList<Class<? extends E>> declared = kinds;
    this.kindOf =
        new ClassValue<>() {
          @Override
          protected Optional<Class<? extends E>> computeValue(Class<?> type) {
            for (Class<? extends E> k : declared) {
              if (k.isAssignableFrom(type)) {
                return Optional.of(k);
              }
            }
            return Optional.empty();
          }
        };
  }

  private static <E> List<Class<? extends E>> orderedKinds(Class<E> type, Set<Class<? extends E>> declared) {
    Class<?>[] permitted = type.isSealed() ? type.getPermittedSubclasses() : null;
    if (permitted == null) {
      return new ArrayList<>(declared);
    }
    List<Class<?>> order = Arrays.asList(permitted);
    List<Class<? extends E>> sorted = new ArrayList<>(declared);
    sorted.sort(
        (a, b) -> {
          int ia = order.indexOf(a);
          int ib = order.indexOf(b);
          return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
        });
    return sorted;
  }

  /**
   * Returns a builder for a workflow.
   *
   * @param states the enum of states
   * @param events the type of events, typically a sealed interface of records
   * @param subjects the type of subject the guards look at
   * @param <S> the states
   * @param <E> the events
   * @param <T> the subject
   * @return an empty builder
   */
  public static <S extends Enum<S>, E, T> Builder<S, E, T> builder(
      Class<S> states, Class<E> events, Class<T> subjects) {
    requireNonNull(subjects, "subjects");
    return new Builder<>(requireNonNull(states, "states"), requireNonNull(events, "events"));
  }

  /**
   * Returns a state in words, as messages and diagrams print it.
   *
   * @param state the state
   * @return its words, such as {@code submitted for approval} for {@code SUBMITTED_FOR_APPROVAL}
   */
  public static String label(Enum<?> state) {
    return Labels.state(requireNonNull(state, "state"));
  }

  /**
   * Returns a kind of event in words, as messages and diagrams print it.
   *
   * @param kind the kind
   * @return its words, such as {@code achieve with conditions} for {@code AchieveWithConditions}
   */
  public static String label(Class<?> kind) {
    return Labels.kind(requireNonNull(kind, "kind"));
  }

  /**
   * Returns the enum of states.
   *
   * @return the states' class
   */
  public Class<S> stateType() {
    return states;
  }

  /**
   * Returns the type of events.
   *
   * @return the events' class
   */
  public Class<E> eventType() {
    return eventType;
  }

  /**
   * Returns the rules, in the order they were declared.
   *
   * @return the rules
   */
  public ImmutableList<Rule<S, E, T>> rules() {
    return rules;
  }

  /**
   * Returns the kinds of event the rules name.
   *
   * @return the kinds, in the order of {@code E}'s permitted subclasses if it is sealed, else in
   *     the order they were first declared
   */
  public ImmutableList<Class<? extends E>> events() {
    return kinds;
  }

  /**
   * Returns the states a subject may be recorded in.
   *
   * @return the initial states, in the order of the enum; all states if none was declared
   */
  public ImmutableSet<S> initialStates() {
    return initial;
  }

  /**
   * Returns the states the rules mention, as a source or a target.
   *
   * @return the states, in the order of the enum
   */
  public ImmutableSet<S> states() {
    Set<S> mentioned = EnumSet.noneOf(states);
    for (Rule<S, E, T> r : rules) {
      mentioned.add(r.from());
      mentioned.add(r.to());
    }
    return Sets.immutableEnumSet(mentioned);
  }

  /**
   * Finds the kind an event is of.
   *
   * @param event the event
   * @return the first declared kind its class is assignable to; empty if no rule names its kind
   */
  public Optional<Class<? extends E>> kindOf(E event) {
    return kindOf.get(requireNonNull(event, "event").getClass());
  }

  /**
   * Finds the rule for a kind of event in a state. Constant time.
   *
   * @param state the state
   * @param kind the kind of event
   * @return the rule; empty if the state does not allow that kind
   */
  public Optional<Rule<S, E, T>> rule(S state, Class<? extends E> kind) {
    requireNonNull(kind, "kind");
    return Optional.ofNullable(row(state).get(kind));
  }

  private Map<Class<? extends E>, Rule<S, E, T>> row(S state) {
    return requireNonNull(byState.get(requireNonNull(state, "state")));
  }

  /**
   * Returns the kinds of event a state allows, permitted (guarded or not) or ignored.
   *
   * @param state the state
   * @return the kinds, in the order of {@link #events()}
   */
  public ImmutableSet<Class<? extends E>> allowedEvents(S state) {
    return ImmutableSet.copyOf(row(state).keySet());
  }

  /**
   * Returns the kinds of event a state permits: those that move the subject (guarded or not), not
   * those it ignores.
   *
   * @param state the state
   * @return the kinds, in the order of {@link #events()}
   */
  public ImmutableSet<Class<? extends E>> permittedEvents(S state) {
    ImmutableSet.Builder<Class<? extends E>> permitted = ImmutableSet.builder();
    row(state).forEach((k, r) -> {
      if (!r.isIgnored()) {
        permitted.add(k);
      }
    });
    return permitted.build();
  }

  /**
   * Returns the states a subject can reach from a state through one or more permitted events,
   * whatever their guards decide. A state is in its own answer only if some path leads back to
   * it.
   *
   * @param state the starting state
   * @return the reachable states, in the order of the enum
   */
  public ImmutableSet<S> reachableFrom(S state) {
    requireNonNull(state, "state");
    Set<S> reached = EnumSet.noneOf(states);
    Queue<S> queue = new ArrayDeque<>();
    queue.add(state);
    while (!queue.isEmpty()) {
      for (Rule<S, E, T> r : row(queue.remove()).values()) {
        if (!r.isIgnored() && reached.add(r.to())) {
          queue.add(r.to());
        }
      }
    }
    return Sets.immutableEnumSet(reached);
  }

  /**
   * Starts a history: a subject recorded in a state on a day, before any event.
   *
   * @param state the state it is recorded in, one of the {@linkplain #initialStates() initial
   *     states}
   * @param recordedOn the day it is recorded
   * @return the history without entries
   * @throws InvalidValueException if the state is not an initial state
   */
  public History<S, E> start(S state, LocalDate recordedOn) {
    requireNonNull(state, "state");
    requireNonNull(recordedOn, "recordedOn");
    if (!initial.contains(state)) {
      throw new InvalidValueException(
          "initialState", state.name(), "one of the states a subject may be recorded in: " + initial);
    }
    return History.start(state, recordedOn);
  }

  /**
   * Applies an event to a subject whose history this is: returns the history with one more entry,
   * or the same history if the current state ignores the event. Constant time; nothing already in
   * the history is checked again.
   *
   * @param history the history so far
   * @param subject the subject as it stands, for the guards
   * @param event the event
   * @param date the day the event takes effect, not before the history's last change
   * @param actor who applies it, not blank
   * @param note why, if given; not blank
   * @return the history after the event
   * @throws IllegalTransitionException if the current state does not allow the kind of event, or
   *     a guard refuses it; the message names the state, the event and the events allowed there
   * @throws InvalidValueException if the date is before the last change, or the actor or the note
   *     is blank
   */
  public History<S, E> apply(
      History<S, E> history,
      T subject,
      E event,
      LocalDate date,
      String actor,
      Optional<String> note) {
    requireNonNull(history, "history");
    requireNonNull(subject, "subject");
    requireNonNull(event, "event");
    requireNonNull(date, "date");
    requireNonNull(actor, "actor");
    requireNonNull(note, "note");
    S now = history.state();
    Map<Class<? extends E>, Rule<S, E, T>> row = row(now);
    Optional<Class<? extends E>> kind = kindOf(event);
    Rule<S, E, T> rule = kind.isPresent() ? row.get(kind.get()) : null;
    if (rule == null) {
      throw new IllegalTransitionException(now, event, row.keySet());
    }
    if (rule.isIgnored()) {
      return history;
    }
    if (!rule.lets(subject, event)) {
      throw new IllegalTransitionException(now, event, row.keySet(), rule.requirement(subject));
    }
    if (date.isBefore(history.lastChanged())) {
      throw new InvalidValueException(
          "date",
          date,
          "a date on or after " + history.lastChanged() + ", the day of the last change");
    }
    if (actor.isBlank()) {
      throw new InvalidValueException("actor", actor, "an actor that is not blank");
    }
    if (note.filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("note", note.get(), "a note that is not blank, or none");
    }
    return history.append(new Transition<>(now, event, rule.to(), date, actor, note.orElse(null)));
  }

  /**
   * Plays a history through this workflow: applies each entry's event, date, actor and note, in
   * order, to a value governed by this workflow (typically a value as recorded, before any event)
   * and checks that each entry starts where the one before left off and ends where this workflow
   * leads. Use it to check that a history kept under one workflow holds under another, or to
   * rebuild a value from its entries. Linear in the length of the history.
   *
   * @param start the value to apply the entries to; governed by this workflow
   * @param entries the entries, oldest first
   * @param <V> the value
   * @return the value after every entry
   * @throws InvalidValueException naming the offending entry ({@code history[2].event}, {@code
   *     history[2].from}, {@code history[2].to}, {@code history[2].date}) if the workflow does not
   *     allow it, or {@code workflow} if the value is governed by another workflow
   */
  public <V extends Governed<S, E, V>> V replay(V start, Iterable<Transition<S, E>> entries) {
    requireNonNull(start, "start");
    requireNonNull(entries, "entries");
    if (start.workflow() != this) {
      throw new InvalidValueException(
          "workflow", start.workflow().toString(), "the workflow the history is replayed through");
    }
    V current = start;
    int i = 0;
    for (Transition<S, E> t : entries) {
      String at = "history[" + i + "]";
      S now = current.history().state();
      if (t.from() != now) {
        throw new InvalidValueException(
            at + ".from", t.from().name(), now.name() + ", the state the entries before it reach");
      }
      if (t.date().isBefore(current.history().lastChanged())) {
        throw new InvalidValueException(
            at + ".date",
            t.date(),
            "a date on or after " + current.history().lastChanged() + ", the day of the last change");
      }
      int before = current.history().size();
      V next;
      try {
        next = current.apply(t.event(), t.date(), t.actor(), t.note());
      } catch (IllegalTransitionException e) {
        throw new InvalidValueException(
            at + ".event",
            t.event().toString(),
            e.guard().isPresent()
                ? "an event for which " + e.guard().get()
                : "an event the state " + now.name() + " permits: " + permittedList(now));
      }
      if (next.history().size() != before + 1) {
        throw new InvalidValueException(
            at + ".event",
            t.event().toString(),
            "an event the state " + now.name() + " permits, not one it ignores");
      }
      if (next.history().state() != t.to()) {
        throw new InvalidValueException(
            at + ".to",
            t.to().name(),
            next.history().state().name() + ", where " + Labels.kind(t.event().getClass())
                + " leads from " + now.name());
      }
      current = next;
      i++;
    }
    return current;
  }

  private String permittedList(S state) {
    StringBuilder s = new StringBuilder();
    for (Class<? extends E> k : permittedEvents(state)) {
      s.append(s.length() == 0 ? "" : ", ").append(Labels.kind(k));
    }
    return s.length() == 0 ? "none" : s.toString();
  }

  /** Describes the workflow: {@code Workflow<MilestoneState, MilestoneEvent>, 28 rules}. */
  @Override
  public String toString() {
    return "Workflow<" + states.getSimpleName() + ", " + eventType.getSimpleName() + ">, "
        + rules.size() + " rules";
  }

  /**
   * Declares a workflow. At most one rule per state and kind of event. Not thread-safe; the
   * workflow it builds is.
   *
   * @param <S> the states
   * @param <E> the events
   * @param <T> the subject the guards look at
   */
  public static final class Builder<S extends Enum<S>, E, T> {
    private final Class<S> states;
    private final Class<E> eventType;
    private final List<Rule<S, E, T>> rules = new ArrayList<>();
    private final Set<Class<? extends E>> kinds = new java.util.LinkedHashSet<>();
    private final Set<S> initial;

    private Builder(Class<S> states, Class<E> eventType) {
      this.states = states;
      this.eventType = eventType;
      this.initial = EnumSet.noneOf(states);
    }

    /**
     * Declares states a subject may be recorded in. If none is declared, every state is initial.
     *
     * @param first a state
     * @param more more states
     * @return this builder
     */
    @SafeVarargs
    @CanIgnoreReturnValue
    public final Builder<S, E, T> initial(S first, S... more) {
      initial.add(requireNonNull(first, "first"));
      for (S s : more) {
        initial.add(requireNonNull(s, "more"));
      }
      return this;
    }

    /**
     * Permits a kind of event in a state, leading to a target state.
     *
     * @param from the state
     * @param kind the kind of event
     * @param to the state it leads to; may be {@code from}
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind, or the kind
     *     overlaps another kind (one is a subtype of the other)
     */
    @CanIgnoreReturnValue
    public Builder<S, E, T> permit(S from, Class<? extends E> kind, S to) {
      return add(from, kind, to, false, null, null);
    }

    /**
     * Permits a kind of event in a state if a guard lets it through.
     *
     * @param from the state
     * @param kind the kind of event
     * @param to the state it leads to; may be {@code from}
     * @param guard the guard, which sees the subject and the event as its kind
     * @param <K> the kind
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind, or the kind
     *     overlaps another kind
     */
    @CanIgnoreReturnValue
    public <K extends E> Builder<S, E, T> permitIf(
        S from, Class<K> kind, S to, Guard<? super T, ? super K> guard) {
      requireNonNull(guard, "guard");
      requireNonNull(kind, "kind");
      return add(from, kind, to, false, guard, (subject, e) -> guard.holds(subject, kind.cast(e)));
    }

    /**
     * Accepts a kind of event in a state and does nothing: no transition, no history entry.
     *
     * @param state the state
     * @param kind the kind of event
     * @return this builder
     * @throws InvalidValueException if the state already has a rule for that kind, or the kind
     *     overlaps another kind
     */
    @CanIgnoreReturnValue
    public Builder<S, E, T> ignore(S state, Class<? extends E> kind) {
      return add(state, kind, state, true, null, null);
    }

    private Builder<S, E, T> add(
        S from,
        Class<? extends E> kind,
        S to,
        boolean ignored,
        @Nullable Guard<? super T, ?> guard,
        Rule.@Nullable GuardCall<T, E> call) {
      requireNonNull(from, "from");
      requireNonNull(kind, "kind");
      requireNonNull(to, "to");
      for (Class<? extends E> k : kinds) {
        if (k != kind && (k.isAssignableFrom(kind) || kind.isAssignableFrom(k))) {
          throw new InvalidValueException(
              "rules[" + rules.size() + "].event",
              kind.getName(),
              "a kind of event that does not overlap " + k.getName());
        }
      }
      for (Rule<S, E, T> r : rules) {
        if (r.from() == from && r.event() == kind) {
          throw new InvalidValueException(
              "rules[" + rules.size() + "]",
              from + " on " + Labels.kind(kind),
              "one rule per state and kind of event");
        }
      }
      kinds.add(kind);
      rules.add(new Rule<>(from, kind, to, ignored, guard, call));
      return this;
    }

    /**
     * Returns the workflow.
     *
     * @return the workflow with the rules declared so far
     */
    public Workflow<S, E, T> build() {
      return new Workflow<>(this);
    }
  }
}
