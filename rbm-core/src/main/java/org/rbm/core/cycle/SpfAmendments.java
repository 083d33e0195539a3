package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Workflow;

/**
 * The amendment record of a Strategic Policy Framework: the SPF as adopted, and the history of the
 * amendments put to its deciding bodies since — proposed, then adopted, rejected or withdrawn, or
 * decided without a recorded proposal — as {@link AmendmentEvent events} its {@link
 * AmendmentWorkflows workflow} allows. It answers "the SPF as it stood on a date" ({@link #asOf})
 * as {@link StrategicPolicyFramework#asOf} does, from the amendments adopted, and, being a
 * governed value, can be kept as an append-only event stream (rbm-store's {@code
 * StreamKind.SPF_AMENDMENTS}).
 *
 * <pre>{@code
 * SpfAmendments record = SpfAmendments.recorded(spfAsAdopted);        // state NONE
 * record = record
 *     .apply(AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2",
 *             List.of(SpfChange.removeIndicator(IndicatorId.of("IND-9")))),
 *         LocalDate.of(2011, 2, 10), "PROGRAM")                        // PROPOSED
 *     .apply(new AmendmentEvent.Adopt(), LocalDate.of(2011, 3, 24), "Governing Body");
 * record.asOf(LocalDate.of(2011, 3, 24)).amendmentsApplied();         // [GB.310/PFA/2 of 2011-03-24 ...]
 * StrategicPolicyFramework document = record.spf();                   // rbm-spf/1, with its amendment
 * SpfAmendments again = SpfAmendments.of(document);                   // each amendment an "amend"
 * }</pre>
 *
 * <p>An adopted amendment is dated the day of its adoption (or of the {@code amend} event) and
 * applies from that day on; history entries are in date order, so the amendments are too. The
 * changes of a proposal or a decision must apply to the SPF as it stands when it is made, or the
 * event is refused with an {@link InvalidValueException} naming the change ({@code
 * event.changes[0]}), whatever the workflow; under the standard workflow nothing can be adopted in
 * between, so a proposal accepted then applies when it is adopted. {@code of(spf).asOf(d)} equals
 * {@code spf.asOf(d)} for every SPF and day.
 *
 * <p>Costs: applying an event that adopts an amendment takes time proportional to its changes times
 * the size of the framework, plus the number of amendments before it; other events take constant
 * time. {@link #asOf} replays the amendments adopted up to its date. Immutable and thread-safe;
 * equal when the SPF as adopted, the workflow (by identity) and the history are.
 */
public final class SpfAmendments implements Governed<AmendmentState, AmendmentEvent, SpfAmendments> {
  private final StrategicPolicyFramework adopted;
  private final Workflow<AmendmentState, AmendmentEvent, SpfAmendments> workflow;
  private final History<AmendmentState, AmendmentEvent> history;
  private final ImmutableList<Amendment> amendments;
  private final SpfVersion latest;
  private final AmendmentEvent.@Nullable Propose proposal;

  private SpfAmendments(
      StrategicPolicyFramework adopted,
      Workflow<AmendmentState, AmendmentEvent, SpfAmendments> workflow,
      History<AmendmentState, AmendmentEvent> history,
      ImmutableList<Amendment> amendments,
      SpfVersion latest,
      AmendmentEvent.@Nullable Propose proposal) {
    this.adopted = adopted;
    this.workflow = workflow;
    this.history = history;
    this.amendments = amendments;
    this.latest = latest;
    this.proposal = proposal;
  }

  /**
   * Returns the record of an SPF as adopted, before any amendment, under the standard workflow:
   * state {@link AmendmentState#NONE}, recorded on the day of the adoption.
   *
   * @param asAdopted the SPF as adopted, without amendments
   * @return the record with an empty history
   * @throws InvalidValueException if the SPF has amendments ({@link #of} takes those)
   */
  public static SpfAmendments recorded(StrategicPolicyFramework asAdopted) {
    return recorded(asAdopted, AmendmentWorkflows.standard());
  }

  /**
   * Returns the record of an SPF as adopted, before any amendment, under a workflow of an
   * organisation's own.
   *
   * @param asAdopted the SPF as adopted, without amendments
   * @param workflow the workflow; {@link AmendmentState#NONE} one of its initial states
   * @return the record with an empty history, in state {@link AmendmentState#NONE}
   * @throws InvalidValueException if the SPF has amendments, or the workflow does not let a record
   *     start in {@link AmendmentState#NONE}
   */
  public static SpfAmendments recorded(
      StrategicPolicyFramework asAdopted,
      Workflow<AmendmentState, AmendmentEvent, SpfAmendments> workflow) {
    requireNonNull(asAdopted, "asAdopted");
    requireNonNull(workflow, "workflow");
    if (!asAdopted.amendments().isEmpty()) {
      throw new InvalidValueException(
          "spf.amendments.size",
          asAdopted.amendments().size(),
          "0: the SPF as adopted (SpfAmendments.of takes an SPF with its amendments)");
    }
    return new SpfAmendments(
        asAdopted,
        workflow,
        workflow.start(AmendmentState.NONE, asAdopted.adoptedOn()),
        ImmutableList.of(),
        asAdopted.latest(),
        null);
  }

  /**
   * Returns the record of an SPF with its amendments under the standard workflow: the SPF as
   * adopted, then one {@link AmendmentEvent.Amend amend} event per amendment, in the order they
   * apply (by date; one day's in the order recorded), each on the amendment's date by its deciding
   * body ({@code Governing Body}, {@code International Labour Conference}).
   *
   * @param spf the SPF, as an {@code rbm-spf/1} document holds it
   * @return the record; {@code of(spf).asOf(d)} equals {@code spf.asOf(d)}
   */
  public static SpfAmendments of(StrategicPolicyFramework spf) {
    requireNonNull(spf, "spf");
    SpfAmendments record = recorded(spf.withAmendments(List.of()));
    List<Amendment> list = spf.amendments();
    for (int i : SpfReplay.order(list)) {
      Amendment a = list.get(i);
      record =
          record.apply(
              new AmendmentEvent.Amend(a.decidedBy(), a.reference(), a.summary(), a.changes()),
              a.date(),
              actor(a.decidedBy()));
    }
    return record;
  }

  /** The body in words, as the actor of its decisions. */
  private static String actor(DecidingBody body) {
    return switch (body) {
      case GOVERNING_BODY -> "Governing Body";
      case INTERNATIONAL_LABOUR_CONFERENCE -> "International Labour Conference";
    };
  }

  /**
   * Returns the SPF as adopted, without amendments.
   *
   * @return the SPF as adopted
   */
  public StrategicPolicyFramework adopted() {
    return adopted;
  }

  /**
   * Returns the SPF with the amendments adopted so far: the {@code rbm-spf/1} document's form.
   * Proposals not adopted are not in it. Builds the SPF, which replays every amendment.
   *
   * @return the SPF with {@link #amendments()}
   */
  public StrategicPolicyFramework spf() {
    return adopted.withAmendments(amendments);
  }

  /**
   * Returns the amendments adopted, in the order they apply, each dated the day it was adopted.
   *
   * @return the amendments adopted
   */
  public ImmutableList<Amendment> amendments() {
    return amendments;
  }

  /**
   * Returns the proposal before its deciding body.
   *
   * @return the proposal, if one is pending
   */
  public Optional<AmendmentEvent.Propose> proposal() {
    return Optional.ofNullable(proposal);
  }

  /**
   * Returns the SPF as it stood on a date: as adopted, with the amendments adopted on or before
   * {@code date} applied. Equal to {@code spf().asOf(date)}.
   *
   * @param date the day, on or after the adoption
   * @return the SPF as it stood that day
   * @throws InvalidValueException if the date is before the adoption
   */
  public SpfVersion asOf(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(adopted.adoptedOn())) {
      throw new InvalidValueException(
          "date",
          date,
          "a date on or after " + adopted.adoptedOn() + ", when " + adopted.id() + " was adopted");
    }
    return SpfReplay.replay(adopted, amendments, date);
  }

  /**
   * Returns the SPF with every amendment adopted so far applied. Constant time.
   *
   * @return the SPF as it stands; equal to {@code spf().latest()}
   */
  public SpfVersion latest() {
    return latest;
  }

  @Override
  public Workflow<AmendmentState, AmendmentEvent, SpfAmendments> workflow() {
    return workflow;
  }

  @Override
  public History<AmendmentState, AmendmentEvent> history() {
    return history;
  }

  /**
   * Returns the state at the end of a day. Linear in the length of the history.
   *
   * @param day the day
   * @return the state then; empty before the adoption
   */
  public Optional<AmendmentState> stateOn(LocalDate day) {
    return history.stateOn(day);
  }

  /**
   * Applies an event through the workflow: returns the record after it, with one more history
   * entry, or this record if the workflow ignores the event.
   *
   * @param event the event
   * @param date the day it takes effect (for an adoption or a decision, the day of the decision);
   *     not before the last change
   * @param actor who applies it, not blank
   * @param note why, if given; not blank
   * @return the record after the event
   * @throws IllegalTransitionException if the workflow does not allow the event now
   * @throws InvalidValueException if the date is before the last change, a text is blank, or a
   *     change of a proposal or decision does not apply to the SPF as it stands ({@code
   *     event.changes[j]}; {@code proposal.changes[j]} for an adoption under a workflow that let
   *     the SPF change since the proposal)
   */
  @Override
  public SpfAmendments apply(
      AmendmentEvent event, LocalDate date, String actor, Optional<String> note) {
    History<AmendmentState, AmendmentEvent> next =
        workflow.apply(history, this, event, date, actor, note);
    if (next.size() == history.size()) {
      return this;
    }
    if (event instanceof AmendmentEvent.Propose p) {
      // Checked when proposed, so that a proposal that could not be adopted is refused at once.
      var unused =
          SpfReplay.amend(
              latest,
              amendment(date, p.decidingBody(), p.reference(), p.summary(), p.changes()),
              LocalDate.MAX,
              "event.changes");
      return new SpfAmendments(adopted, workflow, next, amendments, latest, p);
    }
    if (event instanceof AmendmentEvent.Amend a) {
      return adopting(
          next,
          amendment(date, a.decidingBody(), a.reference(), a.summary(), a.changes()),
          "event.changes",
          proposal);
    }
    AmendmentEvent.Propose pending = proposal;
    if (pending == null) {
      throw new InvalidValueException(
          "event", event.toString(), "an event for a proposal before its deciding body; none is");
    }
    if (event instanceof AmendmentEvent.Adopt) {
      return adopting(
          next,
          amendment(
              date,
              pending.decidingBody(),
              pending.reference(),
              pending.summary(),
              pending.changes()),
          "proposal.changes",
          null);
    }
    return new SpfAmendments(adopted, workflow, next, amendments, latest, null);
  }

  private SpfAmendments adopting(
      History<AmendmentState, AmendmentEvent> next,
      Amendment a,
      String field,
      AmendmentEvent.@Nullable Propose stillPending) {
    SpfVersion after = SpfReplay.amend(latest, a, LocalDate.MAX, field);
    return new SpfAmendments(
        adopted,
        workflow,
        next,
        ImmutableList.<Amendment>builderWithExpectedSize(amendments.size() + 1)
            .addAll(amendments)
            .add(a)
            .build(),
        after,
        stillPending);
  }

  private static Amendment amendment(
      LocalDate date,
      DecidingBody body,
      String reference,
      Optional<String> summary,
      List<SpfChange> changes) {
    return Amendment.builder()
        .date(date)
        .decidedBy(body)
        .reference(reference)
        .summary(summary)
        .changes(changes)
        .build();
  }

  /**
   * Returns the record as it was recorded, before any event: the value its history is replayed
   * onto.
   *
   * @return the record with an empty history
   */
  public SpfAmendments recorded() {
    return history.isEmpty()
        ? this
        : new SpfAmendments(
            adopted,
            workflow,
            workflow.start(history.initialState(), history.recordedOn()),
            ImmutableList.of(),
            adopted.latest(),
            null);
  }

  /** Compares the SPF as adopted, the workflow (by identity) and the history. Linear. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SpfAmendments that
        && adopted.equals(that.adopted)
        && workflow == that.workflow
        && history.initialState() == that.history.initialState()
        && history.recordedOn().equals(that.history.recordedOn())
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(adopted, history.initialState(), history.recordedOn(), history);
  }

  /** Returns {@code SPF-2010-15 amendments: 2 adopted, state ADOPTED}. */
  @Override
  public String toString() {
    return adopted.id() + " amendments: " + amendments.size() + " adopted, state " + state();
  }
}
