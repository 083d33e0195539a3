package org.rbm.core.evaluation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * Management's response to a recommendation: the decision, its reasons and the day it was given.
 *
 * <pre>{@code
 * ManagementResponse r = ManagementResponse.builder()
 *     .decision(ResponseDecision.PARTIALLY_ACCEPTED)
 *     .reasons("Regional training only; no budget for a global programme in 2008-09")
 *     .date(LocalDate.of(2008, 1, 20))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class ManagementResponse implements WithManagementResponse {
  ManagementResponse() {}

  /**
   * Returns the decision.
   *
   * @return accepted, partially accepted or not accepted
   */
  public abstract ResponseDecision decision();

  /**
   * Returns the reasons for the decision, required unless the recommendation is accepted.
   *
   * @return the reasons; not blank
   */
  public abstract Optional<String> reasons();

  /**
   * Returns the day the response was given.
   *
   * @return the date
   */
  public abstract LocalDate date();

  @Check
  final void check() {
    if (reasons().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("reasons", reasons().get(), "reasons that are not blank");
    }
    if (decision() != ResponseDecision.ACCEPTED && reasons().isEmpty()) {
      throw new InvalidValueException(
          "reasons", "nothing", "the reasons for a decision " + decision());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code build()} throws {@link InvalidValueException} if the decision or the
   *     date is missing, or the reasons are missing for a decision other than accepted
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ManagementResponse}: set the decision and date, and the reasons (required
   * unless accepted). Each setter returns this builder; not thread-safe.
   */
  public static final class Builder extends ImmutableManagementResponse.Builder {
    Builder() {}
  }
}
