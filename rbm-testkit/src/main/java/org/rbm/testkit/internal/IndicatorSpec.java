package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import org.rbm.core.indicators.Measure;

/**
 * What indicators to draw.
 *
 * @param measures the measures to choose from, the first being the one shrinking ends at
 * @param minPeriods the fewest reporting periods
 * @param maxPeriods the most reporting periods
 * @param unavailableBaselinePercent the chance, in percent, that the baseline is "not available"
 * @param breakdowns whether count indicators may declare a dimension and break targets down by it
 */
public record IndicatorSpec(
    ImmutableList<Measure> measures,
    int minPeriods,
    int maxPeriods,
    int unavailableBaselinePercent,
    boolean breakdowns) {

  /** Every measure, one or two reporting periods, baselines always available, breakdowns. */
  public static final IndicatorSpec DEFAULT =
      new IndicatorSpec(ImmutableList.copyOf(Measure.values()), 1, 2, 0, true);
}
