package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;

/**
 * One target or one actual of an indicator in a reporting period: a value, the breakdown it applies
 * to ({@link Disaggregation#TOTAL} unless broken down), and optionally a location and a comment. A
 * period may hold several targets or actuals that differ by breakdown or location.
 *
 * <pre>{@code
 * DataPoint women = DataPoint.builder()
 *     .value(Value.of(12))
 *     .disaggregation(Disaggregation.of("sex", "female"))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class DataPoint implements WithDataPoint {
  DataPoint() {}

  /**
   * Returns the value.
   *
   * @return the value
   */
  public abstract Value value();

  /**
   * Returns the breakdown the value applies to.
   *
   * @return the breakdown; {@link Disaggregation#TOTAL} by default
   */
  @Default
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * Returns where the value applies, such as a country or a region.
   *
   * @return the location, if any
   */
  public abstract Optional<String> location();

  /**
   * Returns a comment on the value.
   *
   * @return the comment, if any
   */
  public abstract Optional<String> comment();

  /**
   * Returns a total of the given value, with no location and no comment.
   *
   * @param value the value
   * @return the data point
   */
  public static DataPoint of(Value value) {
    return builder().value(value).build();
  }

  /**
   * Returns a value for one breakdown, with no location and no comment, such as {@code
   * DataPoint.of(Value.of(60), Disaggregation.of("sex", "female"))}.
   *
   * @param value the value
   * @param breakdown the breakdown it applies to
   * @return the data point
   */
  public static DataPoint of(Value value, Disaggregation breakdown) {
    return builder().value(value).disaggregation(breakdown).build();
  }

  /**
   * Returns a value for one category of one dimension, such as {@code DataPoint.of(Value.of(60),
   * "sex", "female")}.
   *
   * @param value the value
   * @param dimension the dimension, such as {@code sex}
   * @param category the category, such as {@code female}
   * @return the data point
   * @throws org.rbm.core.InvalidValueException if the dimension or category is not a valid name
   *     (see {@link Disaggregation#of(String, String)})
   */
  public static DataPoint of(Value value, String dimension, String category) {
    requireNonNull(value, "value");
    return of(value, Disaggregation.of(dimension, category));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link org.rbm.core.InvalidValueException} if
   *     the value is missing
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DataPoint}: set its value, and optionally its breakdown, location and comment,
   * then call {@code build()}, which throws {@link org.rbm.core.InvalidValueException} if the
   * value is missing.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableDataPoint.Builder {
    Builder() {}
  }
}
