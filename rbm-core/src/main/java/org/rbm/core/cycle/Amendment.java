package org.rbm.core.cycle;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * A decision that amends a Strategic Policy Framework: its date, the body that took it, the
 * document it is recorded in, and what it changed, as typed {@link SpfChange changes} applied in the
 * order given.
 *
 * <pre>{@code
 * Amendment gb = Amendment.builder()
 *     .date(LocalDate.of(2011, 3, 24))
 *     .decidedBy(DecidingBody.GOVERNING_BODY)
 *     .reference("GB.310/PFA/2")
 *     .addChange(SpfChange.removeIndicator(IndicatorId.of("IND-9")))
 *     .build();
 * }</pre>
 *
 * <p>Invariants checked when built: the reference is not blank, and there is at least one change.
 * Whether the changes apply to the SPF is checked by the {@link StrategicPolicyFramework} that holds
 * the amendment. Immutable and thread-safe.
 */
@Immutable
public abstract class Amendment implements WithAmendment {
  Amendment() {}

  /**
   * Returns the day the decision was taken; from that day on, the SPF stands amended.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the body that decided.
   *
   * @return the deciding body
   */
  public abstract DecidingBody decidedBy();

  /**
   * Returns the document that records the decision, such as {@code GB.301/PFA/2}.
   *
   * @return the reference, not blank
   */
  public abstract String reference();

  /**
   * Returns a summary of the decision, in words.
   *
   * @return the summary, if given; not blank
   */
  public abstract Optional<String> summary();

  /**
   * Returns what the decision changed, in the order the changes apply.
   *
   * @return the changes, at least one
   */
  public abstract ImmutableList<SpfChange> changes();

  @Check
  final void check() {
    if (reference().isBlank()) {
      throw new InvalidValueException("reference", reference(), "a reference that is not blank");
    }
    if (summary().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("summary", summary().get(), "a summary that is not blank");
    }
    if (changes().isEmpty()) {
      throw new InvalidValueException("changes", null, "at least one change");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the date,
   *     the body or the reference is missing, or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the amendment as {@code GB.310/PFA/2 of 2011-03-24 (GOVERNING_BODY)}. */
  @Override
  public final String toString() {
    return reference() + " of " + date() + " (" + decidedBy() + ")";
  }

  /** Builds an {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }
}
