package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/**
 * A milestone: a dated commitment of a roadmap, such as the ILO's "New staff performance management
 * system introduced", due 2007, in the area "Performance and accountability". Its state changes only
 * through {@linkplain #apply events} that its {@linkplain #workflow() workflow} allows (the
 * {@linkplain MilestoneWorkflows#standard() standard one} unless an organisation supplies its own),
 * and each change is kept in its {@linkplain #history() history}: from, event, to, effective date,
 * actor and note.
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
 * <p>A milestone is <em>recorded</em> once, in a state its workflow accepts as initial, with its
 * statement and due as they were then: the {@code initial*} attributes. Its history is computed:
 * only {@link #apply} grows it, so a milestone cannot be built with a history its workflow does not
 * allow. Its current {@linkplain #statement() statement}, {@linkplain #due() due}, {@linkplain
 * #state() state} and {@linkplain #condition() condition} are kept up to date by each event.
 *
 * <p>Costs: {@link #apply} and the current values take constant time, so applying {@code n}
 * events one by one costs time linear in {@code n}; queries about the past ({@link #asOf}, {@link
 * #stateOn}, {@link #daysInEachState}), {@code equals} and {@code hashCode} are linear in the
 * length of the history. Immutable and thread-safe.
 */
public final class Milestone implements Governed<MilestoneState, MilestoneEvent, Milestone> {
  private final MilestoneId id;
  private final String area;
  private final String owner;
  private final String initialStatement;
  private final Due initialDue;
  private final @Nullable String initialCondition;
  private final String recordedBy;
  private final @Nullable String recordNote;
  private final Workflow<MilestoneState, MilestoneEvent, Milestone> workflow;
  private final History<MilestoneState, MilestoneEvent> history;
  private final String statement;
  private final Due due;
  private final @Nullable String condition;

  private Milestone(
      Milestone recorded,
      History<MilestoneState, MilestoneEvent> history,
      String statement,
      Due due,
      @Nullable String condition) {
    this.id = recorded.id;
    this.area = recorded.area;
    this.owner = recorded.owner;
    this.initialStatement = recorded.initialStatement;
    this.initialDue = recorded.initialDue;
    this.initialCondition = recorded.initialCondition;
    this.recordedBy = recorded.recordedBy;
    this.recordNote = recorded.recordNote;
    this.workflow = recorded.workflow;
    this.history = history;
    this.statement = statement;
    this.due = due;
    this.condition = condition;
  }

  private Milestone(Builder b, MilestoneId id, String initialStatement, Due initialDue,
      History<MilestoneState, MilestoneEvent> history, String recordedBy) {
    this.id = id;
    this.area = requireNonNull(b.area);
    this.owner = requireNonNull(b.owner);
    this.initialStatement = initialStatement;
    this.initialDue = initialDue;
    this.initialCondition = b.initialCondition;
    this.recordedBy = recordedBy;
    this.recordNote = b.recordNote;
    this.workflow = b.workflow;
    this.history = history;
    this.statement = initialStatement;
    this.due = initialDue;
    this.condition = b.initialCondition;
  }

  /**
   * Returns the identifier, unique within a roadmap.
   *
   * @return the id, such as {@code 6}
   */
  public MilestoneId id() {
    return id;
  }

  /**
   * Returns the area of the roadmap the milestone belongs to.
   *
   * @return the area, such as {@code Performance and accountability}; not blank
   */
  public String area() {
    return area;
  }

  /**
   * Returns who is responsible for reaching the milestone.
   *
   * @return the owner, not blank
   */
  public String owner() {
    return owner;
  }

  /**
   * Returns the statement as the milestone was first recorded; revisions change {@link
   * #statement()}, never this.
   *
   * @return the statement as recorded, not blank
   */
  public String initialStatement() {
    return initialStatement;
  }

  /**
   * Returns the due as the milestone was first recorded; revisions and deferrals change {@link
   * #due()}, never this.
   *
   * @return the due as recorded
   */
  public Due initialDue() {
    return initialDue;
  }

  /**
   * Returns the state the milestone was first recorded in.
   *
   * @return the state as recorded
   */
  public MilestoneState initialState() {
    return history.initialState();
  }

  /**
   * Returns the condition of the achievement, for a milestone recorded as achieved with conditions.
   *
   * @return the condition, if given; only for a milestone recorded as achieved with conditions
   */
  public Optional<String> initialCondition() {
    return Optional.ofNullable(initialCondition);
  }

  /**
   * Returns the day the milestone was recorded; no history entry is earlier.
   *
   * @return the day it was recorded
   */
  public LocalDate recordedOn() {
    return history.recordedOn();
  }

  /**
   * Returns who recorded the milestone: a person, a unit, or a paper such as {@code GB.300/PFA/9/1}.
   *
   * @return the recorder, not blank
   */
  public String recordedBy() {
    return recordedBy;
  }

  /**
   * Returns a note made when the milestone was recorded.
   *
   * @return the note, if given; not blank
   */
  public Optional<String> recordNote() {
    return Optional.ofNullable(recordNote);
  }

  /**
   * Returns the workflow that governs the milestone.
   *
   * @return the workflow; {@link MilestoneWorkflows#standard()} unless another was given
   */
  @Override
  public Workflow<MilestoneState, MilestoneEvent, Milestone> workflow() {
    return workflow;
  }

  /**
   * Returns the changes since the milestone was recorded, oldest first. Dates never go backwards;
   * several entries may share a day, and then count in the order given.
   *
   * @return the history, a list of its transitions
   */
  @Override
  public History<MilestoneState, MilestoneEvent> history() {
    return history;
  }

  /**
   * Returns the current statement: the last revised statement, or the statement as recorded.
   *
   * @return the statement
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns the current due: the due of the last revision or deferral that set one, or the due as
   * recorded.
   *
   * @return the due
   */
  public Due due() {
    return due;
  }

  /**
   * Returns the condition of the achievement, for a milestone achieved with conditions: the
   * condition of the event that made it so, or its {@linkplain #initialCondition() initial
   * condition} if it was recorded so and has not changed state since.
   *
   * @return the condition; empty in other states, or if none was given
   */
  public Optional<String> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * Returns the day of the last change: the date of the last history entry, or the day the
   * milestone was recorded.
   *
   * @return the day of the last change
   */
  public LocalDate lastChanged() {
    return history.lastChanged();
  }

  /**
   * Applies an event through the milestone's workflow: returns the milestone after it, with the
   * transition appended to the history. This milestone is not changed. An event the workflow
   * ignores in the current state returns this milestone as it is, with nothing recorded. Constant
   * time.
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
  @Override
  public Milestone apply(
      MilestoneEvent event, LocalDate date, String actor, Optional<String> note) {
    History<MilestoneState, MilestoneEvent> next =
        workflow.apply(history, this, event, date, actor, note);
    // An ignored event returns the same history; no entry to fold in.
    return next.size() == history.size() ? this : after(next);
  }

  /** This milestone with one more entry, the last of {@code next}. */
  private Milestone after(History<MilestoneState, MilestoneEvent> next) {
    Transition<MilestoneState, MilestoneEvent> t = next.lastEntry().orElseThrow();
    String s = statement;
    Due d = due;
    @Nullable String c = t.to() == MilestoneState.ACHIEVED_WITH_CONDITIONS ? condition : null;
    MilestoneEvent e = t.event();
    if (e instanceof MilestoneEvent.Revise r) {
      s = r.newStatement().orElse(s);
      d = r.newDue().orElse(d);
    } else if (e instanceof MilestoneEvent.Defer defer) {
      d = defer.due();
    } else if (e instanceof MilestoneEvent.AchieveWithConditions a
        && t.to() == MilestoneState.ACHIEVED_WITH_CONDITIONS) {
      c = a.condition();
    }
    return new Milestone(this, next, s, d, c);
  }

  /**
   * Returns the milestone as it stood at the end of a day: its history up to and including the
   * entries dated that day.
   *
   * @param day the day
   * @return the milestone as of that day; empty if it was recorded later
   */
  public Optional<Milestone> asOf(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(recordedOn())) {
      return Optional.empty();
    }
    if (!lastChanged().isAfter(day)) {
      return Optional.of(this);
    }
    Milestone m = asRecorded();
    for (Transition<MilestoneState, MilestoneEvent> t : history) {
      if (t.date().isAfter(day)) {
        break;
      }
      m = m.apply(t.event(), t.date(), t.actor(), t.note());
    }
    return Optional.of(m);
  }

  /**
   * Returns the state at the end of a day, replayed from the history.
   *
   * @param day the day
   * @return the state; empty if the milestone was recorded later
   */
  public Optional<MilestoneState> stateOn(LocalDate day) {
    return history.stateOn(day);
  }

  /**
   * Tells whether the milestone is overdue at the end of a day: as it then stood, it was open (not
   * achieved, achieved with conditions or cancelled) and the day is after the deadline of its due.
   *
   * @param day the day
   * @return whether it is overdue; false if it was recorded later
   */
  public boolean isOverdueOn(LocalDate day) {
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
  public ImmutableMap<MilestoneState, Long> daysInEachState(LocalDate day) {
    requireNonNull(day, "day");
    Map<MilestoneState, Long> days = new EnumMap<>(MilestoneState.class);
    List<LocalDate> starts = new ArrayList<>();
    List<MilestoneState> states = new ArrayList<>();
    starts.add(recordedOn());
    states.add(initialState());
    for (Transition<MilestoneState, MilestoneEvent> t : history) {
      starts.add(t.date());
      states.add(t.to());
    }
    for (int i = 0; i < starts.size() && !starts.get(i).isAfter(day); i++) {
      LocalDate start = starts.get(i);
      LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : day;
      if (end.isAfter(day)) {
        end = day;
      }
      days.merge(states.get(i), ChronoUnit.DAYS.between(start, end), Long::sum);
    }
    return Maps.immutableEnumMap(days);
  }

  /**
   * Returns the milestone as it was recorded, before any event: the same milestone with an empty
   * history. Applying the history's events to it, in order, gives this milestone back.
   *
   * @return the milestone as recorded
   */
  public Milestone asRecorded() {
    if (history.isEmpty()) {
      return this;
    }
    return new Milestone(
        this,
        workflow.start(initialState(), recordedOn()),
        initialStatement,
        initialDue,
        initialCondition);
  }

  /**
   * Compares the recorded attributes, the workflow (by identity) and the history. Linear in the
   * length of the history.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Milestone that
        && id.equals(that.id)
        && area.equals(that.area)
        && owner.equals(that.owner)
        && initialStatement.equals(that.initialStatement)
        && initialDue.equals(that.initialDue)
        && Objects.equals(initialCondition, that.initialCondition)
        && recordedBy.equals(that.recordedBy)
        && Objects.equals(recordNote, that.recordNote)
        && workflow == that.workflow
        && initialState() == that.initialState()
        && recordedOn().equals(that.recordedOn())
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, area, owner, initialStatement, initialDue, initialCondition, recordedBy, recordNote,
        initialState(), recordedOn(), history);
  }

  /** Describes the milestone: {@code Milestone{6, "New staff ...", due 2008, in progress}}. */
  @Override
  public String toString() {
    return "Milestone{" + id + ", \"" + statement + "\", due " + due + ", " + state().label()
        + (history.isEmpty() ? "" : ", " + history.size() + " changes") + "}";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute is missing, a text is blank, or the workflow does not accept the initial state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records a {@link Milestone}: its attributes as recorded, before any event. The history is not
   * an attribute: {@link Milestone#apply} grows it. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable MilestoneId id;
    private @Nullable String area;
    private @Nullable String owner;
    private @Nullable String initialStatement;
    private @Nullable Due initialDue;
    private @Nullable MilestoneState initialState;
    private @Nullable String initialCondition;
    private @Nullable LocalDate recordedOn;
    private @Nullable String recordedBy;
    private @Nullable String recordNote;
    private Workflow<MilestoneState, MilestoneEvent, Milestone> workflow =
        MilestoneWorkflows.standard();

    Builder() {}

    /**
     * Copies the attributes a milestone was recorded with (not its history).
     *
     * @param m the milestone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder from(Milestone m) {
      id = m.id;
      area = m.area;
      owner = m.owner;
      initialStatement = m.initialStatement;
      initialDue = m.initialDue;
      initialState = m.initialState();
      initialCondition = m.initialCondition;
      recordedOn = m.recordedOn();
      recordedBy = m.recordedBy;
      recordNote = m.recordNote;
      workflow = m.workflow;
      return this;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(MilestoneId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the area.
     *
     * @param area the area, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder area(String area) {
      this.area = requireNonNull(area, "area");
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner the owner, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder owner(String owner) {
      this.owner = requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Sets the statement as recorded.
     *
     * @param statement the statement, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialStatement(String statement) {
      this.initialStatement = requireNonNull(statement, "statement");
      return this;
    }

    /**
     * Sets the due as recorded.
     *
     * @param due the due
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialDue(Due due) {
      this.initialDue = requireNonNull(due, "due");
      return this;
    }

    /**
     * Sets the state the milestone is recorded in.
     *
     * @param state one of the workflow's initial states
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialState(MilestoneState state) {
      this.initialState = requireNonNull(state, "state");
      return this;
    }

    /**
     * Sets the condition of a milestone recorded as achieved with conditions.
     *
     * @param condition the condition, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialCondition(String condition) {
      this.initialCondition = requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Sets the day the milestone is recorded.
     *
     * @param day the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordedOn(LocalDate day) {
      this.recordedOn = requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets who records the milestone.
     *
     * @param recorder a person, a unit or a paper, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordedBy(String recorder) {
      this.recordedBy = requireNonNull(recorder, "recorder");
      return this;
    }

    /**
     * Sets a note on the record.
     *
     * @param note the note, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordNote(String note) {
      this.recordNote = requireNonNull(note, "note");
      return this;
    }

    /**
     * Sets the workflow that governs the milestone, such as an organisation's own; the standard
     * one if not set.
     *
     * @param workflow the workflow
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workflow(Workflow<MilestoneState, MilestoneEvent, Milestone> workflow) {
      this.workflow = requireNonNull(workflow, "workflow");
      return this;
    }

    /**
     * Returns the milestone as recorded, with an empty history.
     *
     * @return the milestone
     * @throws InvalidValueException if a required attribute is missing, a text is blank, a
     *     condition is given for a state other than achieved with conditions, or the workflow does
     *     not accept the initial state
     */
    public Milestone build() {
      List<String> missing = new ArrayList<>();
      String[] names = {"id", "area", "owner", "initialStatement", "initialDue", "initialState",
          "recordedOn", "recordedBy"};
      Object[] values = {id, area, owner, initialStatement, initialDue, initialState, recordedOn,
          recordedBy};
      for (int i = 0; i < names.length; i++) {
        if (values[i] == null) {
          missing.add(names[i]);
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidValueException(
            "Cannot build Milestone, some of required attributes are not set " + missing);
      }
      notBlank("area", requireNonNull(area));
      notBlank("owner", requireNonNull(owner));
      String statement = notBlank("initialStatement", requireNonNull(initialStatement));
      String recorder = notBlank("recordedBy", requireNonNull(recordedBy));
      MilestoneState state = requireNonNull(initialState);
      if (recordNote != null && recordNote.isBlank()) {
        throw new InvalidValueException("recordNote", recordNote, "a note that is not blank, or none");
      }
      if (initialCondition != null) {
        if (initialCondition.isBlank()) {
          throw new InvalidValueException(
              "initialCondition", initialCondition, "a condition that is not blank, or none");
        }
        if (state != MilestoneState.ACHIEVED_WITH_CONDITIONS) {
          throw new InvalidValueException(
              "initialCondition",
              initialCondition,
              "no condition, since the initial state is " + state.name()
                  + ", not ACHIEVED_WITH_CONDITIONS");
        }
      }
      History<MilestoneState, MilestoneEvent> start =
          workflow.start(state, requireNonNull(recordedOn));
      return new Milestone(
          this, requireNonNull(id), statement, requireNonNull(initialDue), start, recorder);
    }

    @CanIgnoreReturnValue // a check that returns the text it checked
    private static String notBlank(String field, String text) {
      if (text.isBlank()) {
        throw new InvalidValueException(field, text, "a text that is not blank");
      }
      return text;
    }
  }
}
