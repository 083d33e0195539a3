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
 * @param interchangeParts whether to draw the parts interchange standards such as IATI carry
 *     (suitability for aggregation, indicator references, several baselines, several locations,
 *     targets and actuals without value, a second total target)
 */
public record IndicatorSpec(
    ImmutableList<Measure> measures,
    int minPeriods,
    int maxPeriods,
    int unavailableBaselinePercent,
    boolean breakdowns,
    boolean interchangeParts) {

  /** Every measure, one or two reporting periods, baselines always available, breakdowns. */
  public static final IndicatorSpec DEFAULT =
      new IndicatorSpec(ImmutableList.copyOf(Measure.values()), 1, 2, 0, true, false);

  /** Returns this spec with other measures. */
  public IndicatorSpec withMeasures(ImmutableList<Measure> measures) {
    return new IndicatorSpec(
        measures, minPeriods, maxPeriods, unavailableBaselinePercent, breakdowns, interchangeParts);
  }

  /** Returns this spec with other numbers of reporting periods. */
  public IndicatorSpec withPeriods(int minPeriods, int maxPeriods) {
    return new IndicatorSpec(
        measures, minPeriods, maxPeriods, unavailableBaselinePercent, breakdowns, interchangeParts);
  }

  /** Returns this spec with another chance of a baseline "not available". */
  public IndicatorSpec withUnavailableBaselinePercent(int unavailableBaselinePercent) {
    return new IndicatorSpec(
        measures, minPeriods, maxPeriods, unavailableBaselinePercent, breakdowns, interchangeParts);
  }

  /** Returns this spec with or without breakdowns. */
  public IndicatorSpec withBreakdowns(boolean breakdowns) {
    return new IndicatorSpec(
        measures, minPeriods, maxPeriods, unavailableBaselinePercent, breakdowns, interchangeParts);
  }

  /** Returns this spec with or without the parts of interchange standards. */
  public IndicatorSpec withInterchangeParts(boolean interchangeParts) {
    return new IndicatorSpec(
        measures, minPeriods, maxPeriods, unavailableBaselinePercent, breakdowns, interchangeParts);
  }
}
