package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rbm.core.InvalidValueException;

/**
 * One event in the amendment record of a Strategic Policy Framework ({@link SpfAmendments}), one
 * record per kind: {@link Propose} puts an amendment (its changes) to a deciding body; {@link
 * Adopt}, {@link Reject} and {@link Withdraw} end the proposal; {@link Amend} records a decision
 * taken without its proposal being recorded (as the amendments of an {@code rbm-spf/1} document
 * are). The day of the transition is the day of the decision: an adopted amendment applies from
 * that day on.
 *
 * <pre>{@code
 * SpfAmendments proposed = record.apply(
 *     AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2",
 *         List.of(SpfChange.removeIndicator(IndicatorId.of("IND-9")))),
 *     LocalDate.of(2011, 2, 10), "PROGRAM");
 * SpfAmendments adopted = proposed.apply(new AmendmentEvent.Adopt(), LocalDate.of(2011, 3, 24),
 *     "Governing Body");
 * }</pre>
 *
 * <p>{@code toString()} describes the event in words. Records compare by their payload. Immutable
 * and thread-safe.
 */
public sealed interface AmendmentEvent
    permits AmendmentEvent.Propose,
        AmendmentEvent.Adopt,
        AmendmentEvent.Reject,
        AmendmentEvent.Withdraw,
        AmendmentEvent.Amend {

  /**
   * Returns a proposal without a summary.
   *
   * @param decidingBody the body the proposal is put to
   * @param reference the paper that proposes it, not blank
   * @param changes the changes, at least one
   * @return the event
   * @throws InvalidValueException if the reference is blank or there is no change
   */
  static Propose propose(DecidingBody decidingBody, String reference, List<SpfChange> changes) {
    return new Propose(decidingBody, reference, Optional.empty(), ImmutableList.copyOf(changes));
  }

  /**
   * Returns a decision recorded without its proposal, without a summary.
   *
   * @param decidingBody the body that decided
   * @param reference the document that records the decision, not blank
   * @param changes the changes, at least one
   * @return the event
   * @throws InvalidValueException if the reference is blank or there is no change
   */
  static Amend amend(DecidingBody decidingBody, String reference, List<SpfChange> changes) {
    return new Amend(decidingBody, reference, Optional.empty(), ImmutableList.copyOf(changes));
  }

  /**
   * An amendment is put to a deciding body.
   *
   * @param decidingBody the body the proposal is put to
   * @param reference the paper that proposes it, such as {@code GB.310/PFA/2}; not blank
   * @param summary a summary, if given; not blank
   * @param changes the changes, in the order they would apply; at least one
   */
  record Propose(
      DecidingBody decidingBody,
      String reference,
      Optional<String> summary,
      ImmutableList<SpfChange> changes)
      implements AmendmentEvent {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if the reference or the summary is blank, or there is no
     *     change
     */
    public Propose {
      AmendmentParts.check(decidingBody, reference, summary, changes);
    }

    /** Returns {@code propose GB.310/PFA/2 (GOVERNING_BODY, 2 changes)}. */
    @Override
    public String toString() {
      return "propose " + AmendmentParts.describe(decidingBody, reference, changes);
    }
  }

  /** The deciding body adopts the amendment before it: the SPF stands amended from that day. */
  record Adopt() implements AmendmentEvent {
    /** Returns {@code adopt}. */
    @Override
    public String toString() {
      return "adopt";
    }
  }

  /**
   * The deciding body rejects the amendment before it.
   *
   * @param reason why, not blank
   */
  record Reject(String reason) implements AmendmentEvent {
    /**
     * Checks the reason.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public Reject {
      if (requireNonNull(reason, "reason").isBlank()) {
        throw new InvalidValueException("reason", reason, "a reason that is not blank");
      }
    }

    /** Returns {@code reject: <reason>}. */
    @Override
    public String toString() {
      return "reject: " + reason;
    }
  }

  /**
   * The Office withdraws the amendment before a decision.
   *
   * @param reason why, not blank
   */
  record Withdraw(String reason) implements AmendmentEvent {
    /**
     * Checks the reason.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public Withdraw {
      if (requireNonNull(reason, "reason").isBlank()) {
        throw new InvalidValueException("reason", reason, "a reason that is not blank");
      }
    }

    /** Returns {@code withdraw: <reason>}. */
    @Override
    public String toString() {
      return "withdraw: " + reason;
    }
  }

  /**
   * A deciding body's decision, recorded without its proposal: the SPF stands amended from that
   * day.
   *
   * @param decidingBody the body that decided
   * @param reference the document that records the decision, such as {@code GB.310/PFA/2}; not
   *     blank
   * @param summary a summary, if given; not blank
   * @param changes the changes, in the order they apply; at least one
   */
  record Amend(
      DecidingBody decidingBody,
      String reference,
      Optional<String> summary,
      ImmutableList<SpfChange> changes)
      implements AmendmentEvent {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if the reference or the summary is blank, or there is no
     *     change
     */
    public Amend {
      AmendmentParts.check(decidingBody, reference, summary, changes);
    }

    /** Returns {@code amend GB.310/PFA/2 (GOVERNING_BODY, 2 changes)}. */
    @Override
    public String toString() {
      return "amend " + AmendmentParts.describe(decidingBody, reference, changes);
    }
  }
}
