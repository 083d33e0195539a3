package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.AmendmentWorkflows;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpWorkflows;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.ActionWorkflows;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.Workflow;

/**
 * A kind of event stream: a name (the value of the {@code kind} column), the governed value whose
 * history the stream keeps, its events and the workflow they are replayed through. A stream
 * stores the value as recorded (its JSON, by {@link org.rbm.json.RbmJson}) and then each event
 * (its JSON, with its day, actor and note); reading it applies the events to the value one by one,
 * through the same workflow code as in memory.
 *
 * <p>Milestones, DWCPs, follow-up actions and SPF amendment records are declared. Any other governed value whose type and
 * event type {@code RbmJson} reads and writes can be kept: declaring its kind is one line, as for
 * {@link #FOLLOW_UP_ACTIONS}:
 *
 * <pre>{@code
 * StreamKind<ActionState, ActionEvent, FollowUpAction> FOLLOW_UP_ACTIONS = StreamKind.of(
 *     "follow-up-action", FollowUpAction.class, ActionEvent.class, ActionWorkflows.standard());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the states
 * @param <E> the events
 * @param <V> the governed value
 */
public final class StreamKind<S extends Enum<S>, E, V extends Governed<S, E, V>> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** Milestones of roadmaps, under the standard milestone workflow (which RbmJson reads with). */
  public static final StreamKind<MilestoneState, MilestoneEvent, Milestone> MILESTONES =
      of("milestone", Milestone.class, MilestoneEvent.class, MilestoneWorkflows.standard());

  /**
   * Decent Work Country Programmes through their document stages, under the standard DWCP workflow
   * (which RbmJson reads with).
   */
  public static final StreamKind<DwcpStage, DwcpEvent, Dwcp> DWCPS =
      of("dwcp", Dwcp.class, DwcpEvent.class, DwcpWorkflows.standard());

  /** Follow-up actions of evaluations, under the standard action workflow. */
  public static final StreamKind<ActionState, ActionEvent, FollowUpAction> FOLLOW_UP_ACTIONS =
      of("follow-up-action", FollowUpAction.class, ActionEvent.class, ActionWorkflows.standard());

  /**
   * The amendment records of Strategic Policy Frameworks: the SPF as adopted, then each proposal,
   * adoption, rejection, withdrawal or recorded decision, under the standard amendment workflow
   * (which RbmJson reads with). Reading one answers "the SPF as it stood on a date" ({@link
   * SpfAmendments#asOf}) as the SPF document with the same amendments does.
   */
  public static final StreamKind<AmendmentState, AmendmentEvent, SpfAmendments> SPF_AMENDMENTS =
      of("spf-amendments", SpfAmendments.class, AmendmentEvent.class, AmendmentWorkflows.standard());

  private final String name;
  private final Class<V> valueType;
  private final Class<E> eventType;
  private final Workflow<S, E, ? super V> workflow;

  private StreamKind(
      String name, Class<V> valueType, Class<E> eventType, Workflow<S, E, ? super V> workflow) {
    this.name = name;
    this.valueType = valueType;
    this.eventType = eventType;
    this.workflow = workflow;
  }

  /**
   * Declares a kind of stream.
   *
   * @param name the name: a lower-case letter, then up to 39 lower-case letters, digits or
   *     hyphens
   * @param valueType the governed value, a type {@link org.rbm.json.RbmJson} reads and writes
   * @param eventType its events, a type {@code RbmJson} reads and writes
   * @param workflow the workflow the values of the stream are governed by; a stored value read
   *     with another is reported as an integrity error
   * @param <S> the states
   * @param <E> the events
   * @param <V> the governed value
   * @return the kind
   * @throws InvalidValueException if the name is not of that form
   */
  public static <S extends Enum<S>, E, V extends Governed<S, E, V>> StreamKind<S, E, V> of(
      String name, Class<V> valueType, Class<E> eventType, Workflow<S, E, ? super V> workflow) {
    requireNonNull(name, "name");
    requireNonNull(valueType, "valueType");
    requireNonNull(eventType, "eventType");
    requireNonNull(workflow, "workflow");
    if (!NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "name", name, "a lower-case letter, then up to 39 lower-case letters, digits or hyphens");
    }
    return new StreamKind<>(name, valueType, eventType, workflow);
  }

  /**
   * Returns the name.
   *
   * @return the name, such as {@code milestone}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the governed value.
   *
   * @return the value type
   */
  public Class<V> valueType() {
    return valueType;
  }

  /**
   * Returns the type of the events.
   *
   * @return the event type
   */
  public Class<E> eventType() {
    return eventType;
  }

  /**
   * Returns the workflow the stream's values are governed by.
   *
   * @return the workflow
   */
  public Workflow<S, E, ? super V> workflow() {
    return workflow;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StreamKind<?, ?, ?> that
        && name.equals(that.name)
        && valueType == that.valueType
        && eventType == that.eventType
        && workflow == that.workflow;
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
