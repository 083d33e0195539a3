package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.FrameworkId;

/**
 * The progress of every indicator of a results framework as of a date, with the settings it was
 * computed by. Built by {@link ProgressCalculator#framework}; summarized by {@link RollUp} and
 * reported by {@link PerformanceTable}. Immutable and thread-safe.
 */
@Immutable
public abstract class FrameworkProgress implements WithFrameworkProgress {
  FrameworkProgress() {}

  /**
   * Returns the framework.
   *
   * @return the framework's id
   */
  public abstract FrameworkId framework();

  /**
   * Returns the as-of date.
   *
   * @return the date progress was computed for
   */
  public abstract LocalDate asOf();

  /**
   * Returns the settings progress was computed by.
   *
   * @return the settings
   */
  public abstract ProgressSettings settings();

  /**
   * Returns the progress of each indicator, in tree order of their results.
   *
   * @return the indicators' progress, each indicator at most once
   */
  public abstract ImmutableList<IndicatorProgress> indicators();

  @Lazy
  ImmutableMap<IndicatorId, IndicatorProgress> byId() {
    ImmutableMap.Builder<IndicatorId, IndicatorProgress> map = ImmutableMap.builder();
    for (IndicatorProgress p : indicators()) {
      map.put(p.indicator(), p);
    }
    return map.buildOrThrow();
  }

  /**
   * Finds the progress of one indicator.
   *
   * @param id the indicator's id
   * @return its progress, or empty if the framework has no such indicator
   */
  public final Optional<IndicatorProgress> indicator(IndicatorId id) {
    return Optional.ofNullable(byId().get(id));
  }

  @Check
  final void check() {
    Set<IndicatorId> seen = new HashSet<>();
    for (int i = 0; i < indicators().size(); i++) {
      IndicatorProgress p = indicators().get(i);
      if (!seen.add(p.indicator())) {
        throw new InvalidValueException(
            "indicators[" + i + "].indicator", p.indicator(), "an indicator not given before");
      }
      if (!p.asOf().equals(asOf()) || p.method() != settings().method()) {
        throw new InvalidValueException(
            "indicators[" + i + "]",
            p.asOf() + " by " + p.method(),
            "progress as of " + asOf() + " by " + settings().method());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if an attribute
   *     is missing, an indicator appears twice, or an indicator's date or method differs
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrameworkProgress}. */
  public static final class Builder extends ImmutableFrameworkProgress.Builder {
    Builder() {}
  }
}
