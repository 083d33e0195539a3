package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

/**
 * A reporting period of an indicator, with its targets and actuals. A period may have several
 * targets (and actuals) as long as they differ by breakdown or location; a future period may have
 * targets and no actual yet.
 *
 * <pre>{@code
 * IndicatorPeriod p = IndicatorPeriod.builder()
 *     .period(DateRange.ofYear(2009))
 *     .addTarget(DataPoint.of(Value.of(45)))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class IndicatorPeriod implements WithIndicatorPeriod {
  IndicatorPeriod() {}

  /**
   * Returns the days the period covers.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the targets, in the order given.
   *
   * @return the targets; no two share both breakdown and location
   */
  public abstract ImmutableList<DataPoint> targets();

  /**
   * Returns the actuals, in the order given.
   *
   * @return the actuals; no two share both breakdown and location
   */
  public abstract ImmutableList<DataPoint> actuals();

  /**
   * Returns the target for the total (no breakdown, no location).
   *
   * @return the total target, if given
   */
  public final Optional<DataPoint> totalTarget() {
    return total(targets());
  }

  /**
   * Returns the actual for the total (no breakdown, no location).
   *
   * @return the total actual, if given
   */
  public final Optional<DataPoint> totalActual() {
    return total(actuals());
  }

  private static Optional<DataPoint> total(List<DataPoint> points) {
    for (DataPoint p : points) {
      if (p.disaggregation().isTotal() && p.location().isEmpty()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy with the target for the point's breakdown and location set: it replaces the
   * target with the same breakdown and location, at the same place, or is added after the others.
   *
   * @param target the target
   * @return the changed period
   */
  public final IndicatorPeriod withTarget(DataPoint target) {
    return withTargets(set(targets(), requireNonNull(target, "target")));
  }

  /**
   * Returns a copy with the actual for the point's breakdown and location set: it replaces the
   * actual with the same breakdown and location, at the same place, or is added after the others.
   *
   * @param actual the actual
   * @return the changed period
   */
  public final IndicatorPeriod withActual(DataPoint actual) {
    return withActuals(set(actuals(), requireNonNull(actual, "actual")));
  }

  private static List<DataPoint> set(List<DataPoint> points, DataPoint point) {
    List<DataPoint> changed = new ArrayList<>(points.size() + 1);
    boolean replaced = false;
    for (DataPoint p : points) {
      if (!replaced
          && p.disaggregation().equals(point.disaggregation())
          && p.location().equals(point.location())) {
        changed.add(point);
        replaced = true;
      } else {
        changed.add(p);
      }
    }
    if (!replaced) {
      changed.add(point);
    }
    return changed;
  }

  @Check
  final void check() {
    unique("targets", targets());
    unique("actuals", actuals());
  }

  private void unique(String field, List<DataPoint> points) {
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < points.size(); i++) {
      DataPoint p = points.get(i);
      if (!seen.add(List.of(p.disaggregation(), p.location()))) {
        throw new InvalidValueException(
            field + "[" + i + "]",
            p.disaggregation() + p.location().map(l -> " at " + l).orElse(""),
            "one " + field.substring(0, field.length() - 1)
                + " per breakdown and location in period " + period());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the period
   *     is missing
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorPeriod}: set the period, add its targets and actuals, then call
   * {@code build()}, which throws {@link InvalidValueException} if the period is missing or two
   * targets (or two actuals) share a breakdown and location.
   *
   * <p>{@code addTarget} adds one target, {@code addTargets} several, {@code addAllTargets} an
   * {@code Iterable} of them, and {@code targets(Iterable)} replaces those added so far; the same
   * forms exist for {@code actuals}.
   *
   * <p>Each method that sets an attribute returns this builder. {@code from(..)} starts from an
   * existing value, which is how to change several attributes at once. A builder is not
   * thread-safe; the value it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableIndicatorPeriod.Builder {
    Builder() {}
  }
}
