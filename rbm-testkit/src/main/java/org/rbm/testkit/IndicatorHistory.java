package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;

/**
 * An indicator observed over time, and the date as of which its progress is to be measured: its
 * periods completed by then carry their actuals (now and then one is missing), the running one
 * sometimes an early figure, later ones none. Drawn by {@link RbmGen#observationsOverTime()}.
 *
 * <pre>{@code
 * qt().forAll(RbmGen.observationsOverTime(), longs().all())
 *     .check((h, seed) -> calculator.indicator(h.indicator(), h.asOf())
 *         .equals(calculator.indicator(h.recordedInAnotherOrder(seed).indicator(), h.asOf())));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class IndicatorHistory {
  private final Indicator indicator;
  private final LocalDate asOf;

  private IndicatorHistory(Indicator indicator, LocalDate asOf) {
    this.indicator = indicator;
    this.asOf = asOf;
  }

  /**
   * Returns the history of an indicator as of a date.
   *
   * @param indicator the indicator with its observations
   * @param asOf the date as of which to measure progress
   * @return the history
   */
  public static IndicatorHistory of(Indicator indicator, LocalDate asOf) {
    return new IndicatorHistory(requireNonNull(indicator, "indicator"), requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns the indicator with its observations.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the date as of which to measure progress.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the same observations recorded in another order: the periods, and the targets and
   * actuals within each period, shuffled by the seed. Progress must not tell the two apart.
   *
   * @param seed the seed of the shuffle
   * @return the history, with an equal as-of date and the same observations
   */
  public IndicatorHistory recordedInAnotherOrder(long seed) {
    Random random = new Random(seed);
    List<IndicatorPeriod> periods = new ArrayList<>();
    for (IndicatorPeriod p : indicator.periods()) {
      periods.add(p.withTargets(shuffled(p.targets(), random)).withActuals(shuffled(p.actuals(), random)));
    }
    Collections.shuffle(periods, random);
    return new IndicatorHistory(indicator.withPeriods(periods), asOf);
  }

  private static List<DataPoint> shuffled(List<DataPoint> points, Random random) {
    List<DataPoint> copy = new ArrayList<>(points);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IndicatorHistory that
        && that.indicator.equals(indicator)
        && that.asOf.equals(asOf);
  }

  @Override
  public int hashCode() {
    return indicator.hashCode() * 31 + asOf.hashCode();
  }

  /** Returns the indicator's id, its number of periods and the as-of date. */
  @Override
  public String toString() {
    return indicator.id() + " (" + indicator.measure() + ", " + indicator.periods().size()
        + " periods) as of " + asOf;
  }
}
