package org.rbm.core.cycle;

import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;

/**
 * How well a set of indicators can be measured: how many there are, how many have a baseline
 * value (a baseline "not available" does not count), how many a target in at least one period, and how many both (GB.300/PFA/9/1, paragraph 61: progress
 * in measurement from one biennium to the next). Computed by {@link ImplementationReport#of}, in
 * time linear in the number of indicators and periods. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class MeasurementCounts {
  MeasurementCounts() {}

  /**
   * Returns the number of indicators.
   *
   * @return the count, at least 0
   */
  @Parameter
  public abstract int indicators();

  /**
   * Returns the number of indicators with a baseline value.
   *
   * @return the count, at most {@link #indicators()}
   */
  @Parameter
  public abstract int withBaseline();

  /**
   * Returns the number of indicators with a target in at least one period.
   *
   * @return the count, at most {@link #indicators()}
   */
  @Parameter
  public abstract int withTarget();

  /**
   * Returns the number of indicators with both a baseline and a target.
   *
   * @return the count, at most {@link #withBaseline()} and {@link #withTarget()}
   */
  @Parameter
  public abstract int withBaselineAndTarget();

  static MeasurementCounts of(Iterable<Indicator> indicators) {
    int all = 0;
    int baseline = 0;
    int target = 0;
    int both = 0;
    for (Indicator i : indicators) {
      all++;
      boolean hasBaseline = i.baseline().flatMap(Baseline::value).isPresent();
      boolean hasTarget = false;
      for (IndicatorPeriod p : i.periods()) {
        if (!p.targets().isEmpty()) {
          hasTarget = true;
          break;
        }
      }
      baseline += hasBaseline ? 1 : 0;
      target += hasTarget ? 1 : 0;
      both += hasBaseline && hasTarget ? 1 : 0;
    }
    return ImmutableMeasurementCounts.of(all, baseline, target, both);
  }
}
