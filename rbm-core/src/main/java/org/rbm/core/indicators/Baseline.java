package org.rbm.core.indicators;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * The measurement benchmark of an indicator: a value, optionally dated and commented; or an
 * explicit statement that no baseline is available, with the reason. Peers' users asked not to
 * over-require baseline fields: only the value (or the reason) is required.
 *
 * <pre>{@code
 * Baseline b = Baseline.of(Value.of(30), LocalDate.of(2007, 12, 31));
 * Baseline none = Baseline.notAvailable("No survey before 2009");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class Baseline implements WithBaseline {
  Baseline() {}

  /**
   * Returns the baseline value.
   *
   * @return the value; empty exactly when the baseline is not available
   */
  public abstract Optional<Value> value();

  /**
   * Returns the date the baseline was measured.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a comment on the baseline.
   *
   * @return the comment, if any
   */
  public abstract Optional<String> comment();

  /**
   * Returns why no baseline is available.
   *
   * @return the reason; present exactly when there is no value
   */
  public abstract Optional<String> unavailableReason();

  /**
   * Tells whether a baseline value is available.
   *
   * @return whether {@link #value()} is present
   */
  public final boolean isAvailable() {
    return value().isPresent();
  }

  @Check
  final void check() {
    if (value().isPresent() == unavailableReason().isPresent()) {
      throw new InvalidValueException(
          "baseline.unavailableReason",
          unavailableReason().orElse(null),
          value().isPresent()
              ? "no reason when a value is given"
              : "a reason when no value is given");
    }
    if (unavailableReason().isPresent() && unavailableReason().get().isBlank()) {
      throw new InvalidValueException(
          "baseline.unavailableReason", unavailableReason().get(), "a reason that is not blank");
    }
  }

  /**
   * Returns a baseline of the given value, measured on the given date.
   *
   * @param value the value
   * @param date the date it was measured
   * @return the baseline
   */
  public static Baseline of(Value value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /**
   * Returns a baseline of the given value, date unknown.
   *
   * @param value the value
   * @return the baseline
   */
  public static Baseline of(Value value) {
    return builder().value(value).build();
  }

  /**
   * Returns the statement that no baseline is available.
   *
   * @param reason why, not blank
   * @return the baseline
   * @throws InvalidValueException if the reason is blank
   */
  public static Baseline notAvailable(String reason) {
    return builder().unavailableReason(reason).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Baseline}: set a value, or the reason why none is available (not both), and
   * optionally its date and a comment, then call {@code build()}, which throws {@link
   * InvalidValueException} if both or neither are given, or the reason is blank.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
