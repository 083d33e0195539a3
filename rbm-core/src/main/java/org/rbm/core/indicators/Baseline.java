package org.rbm.core.indicators;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * The measurement benchmark of an indicator: a value, optionally dated and commented; or an
 * explicit statement that no baseline is available, with the reason. Peers' users asked not to
 * over-require baseline fields: nothing is required. A baseline may also have neither value nor
 * reason, as IATI allows (a qualitative indicator's baseline stated by its comment alone); the SDK
 * computes with it as with one that is not available.
 *
 * <p>As IATI has it, a baseline may state the year it was measured ({@link #year()}, which IATI
 * requires: its writer reports a baseline without year), apply to a breakdown ({@link
 * #disaggregation()}) and to places ({@link #locations()}); an indicator may have several ({@link
 * Indicator#baselines()}).
 *
 * <pre>{@code
 * Baseline b = Baseline.of(Value.of(30), LocalDate.of(2007, 12, 31));
 * Baseline none = Baseline.notAvailable("No survey before 2009");
 * Baseline kandahar = Baseline.builder().value(Value.of(12)).year(2012)
 *     .addLocations("AF-KAN").disaggregation(Disaggregation.of("sex", "female")).build();
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
   * @return the value; empty when the baseline is not available, or given without value
   */
  public abstract Optional<Value> value();

  /**
   * Returns the date the baseline was measured.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the year the baseline was measured, which IATI requires ({@code baseline/@year}).
   *
   * @return the year, 1 to 9999: the date's year when a date is given (set from it if only the
   *     date was given); empty when neither is known
   */
  public abstract Optional<Integer> year();

  /**
   * Returns the breakdown the baseline applies to.
   *
   * @return the breakdown; {@link Disaggregation#TOTAL} by default
   */
  @Default
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * Returns the places the baseline applies to, such as IATI location references ({@code
   * AF-KAN}).
   *
   * @return the locations, in the order given, none blank; empty for everywhere
   */
  public abstract ImmutableSet<String> locations();

  /**
   * Returns a comment on the baseline.
   *
   * @return the comment, if any
   */
  public abstract Optional<String> comment();

  /**
   * Returns why no baseline is available.
   *
   * @return the reason, if stated; never beside a value
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
  final Baseline check() {
    if (value().isPresent() && unavailableReason().isPresent()) {
      throw new InvalidValueException(
          "baseline.unavailableReason",
          unavailableReason().get(),
          "no reason when a value is given");
    }
    if (unavailableReason().isPresent() && unavailableReason().get().isBlank()) {
      throw new InvalidValueException(
          "baseline.unavailableReason", unavailableReason().get(), "a reason that is not blank");
    }
    if (year().isPresent() && (year().get() < 1 || year().get() > 9999)) {
      throw new InvalidValueException("baseline.year", year().get(), "a year from 1 to 9999");
    }
    for (String location : locations()) {
      if (location.isBlank()) {
        throw new InvalidValueException(
            "baseline.locations", location, "a location that is not blank");
      }
    }
    if (date().isPresent()) {
      int dated = date().get().getYear();
      if (year().isEmpty()) {
        return ImmutableBaseline.copyOf(this).withYear(dated);
      }
      if (year().get() != dated) {
        throw new InvalidValueException("baseline.year", year().get(),
            "the year of the date " + date().get() + " (" + dated + ")");
      }
    }
    return this;
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
   * optionally its date, year, breakdown, locations and a comment, then call {@code build()},
   * which throws {@link InvalidValueException} if both value and reason are given, the reason or
   * a location is blank, the year is not 1 to 9999 or not the date's year.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
