package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.rbm.core.InvalidValueException;

/**
 * One event in a follow-up action's life, one record per kind: {@link Start} carries nothing;
 * {@link Complete} the evidence of completion (which the standard workflow requires); {@link
 * Abandon} and {@link Supersede} the reason.
 *
 * <pre>{@code
 * FollowUpAction done = action.apply(
 *     ActionEvent.complete("Guidelines issued as IGDS No. 12"), LocalDate.of(2008, 3, 1), "EVAL");
 * }</pre>
 *
 * <p>{@code toString()} describes the event in words. Records compare by their payload. Immutable
 * and thread-safe.
 */
public sealed interface ActionEvent
    permits ActionEvent.Start, ActionEvent.Complete, ActionEvent.Abandon, ActionEvent.Supersede {

  /**
   * Returns a completion with its evidence.
   *
   * @param evidence what shows the action is done, not blank
   * @return the event
   * @throws InvalidValueException if the evidence is blank
   */
  static Complete complete(String evidence) {
    return new Complete(Optional.of(evidence));
  }

  /** Work on the action starts. */
  record Start() implements ActionEvent {
    /** Returns {@code start}. */
    @Override
    public String toString() {
      return "start";
    }
  }

  /**
   * The action is done.
   *
   * @param evidence what shows it is done, such as a document symbol; the standard workflow
   *     refuses a completion without it ({@link ActionWorkflows#HAS_EVIDENCE})
   */
  record Complete(Optional<String> evidence) implements ActionEvent {
    /**
     * Checks the evidence.
     *
     * @throws InvalidValueException if the evidence is given and blank
     */
    public Complete {
      requireNonNull(evidence, "evidence");
      if (evidence.filter(String::isBlank).isPresent()) {
        throw new InvalidValueException("evidence", evidence.get(), "evidence that is not blank, or none");
      }
    }

    /** Returns {@code complete} and the evidence: {@code complete (evidence: IGDS No. 12)}. */
    @Override
    public String toString() {
      return "complete" + evidence.map(e -> " (evidence: " + e + ")").orElse("");
    }
  }

  /**
   * The action is given up without being done.
   *
   * @param reason why, not blank
   */
  record Abandon(String reason) implements ActionEvent {
    /**
     * Checks the reason.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public Abandon {
      if (requireNonNull(reason, "reason").isBlank()) {
        throw new InvalidValueException("reason", reason, "a reason that is not blank");
      }
    }

    /** Returns {@code abandon: <reason>}. */
    @Override
    public String toString() {
      return "abandon: " + reason;
    }
  }

  /**
   * The action is replaced by another or made pointless by events.
   *
   * @param reason why, such as the action that replaces it; not blank
   */
  record Supersede(String reason) implements ActionEvent {
    /**
     * Checks the reason.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public Supersede {
      if (requireNonNull(reason, "reason").isBlank()) {
        throw new InvalidValueException("reason", reason, "a reason that is not blank");
      }
    }

    /** Returns {@code supersede: <reason>}. */
    @Override
    public String toString() {
      return "supersede: " + reason;
    }
  }
}
