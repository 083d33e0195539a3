package org.rbm.core.progress;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value.Check;
import org.rbm.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value.Immutable;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/**
 * One row of a {@link PerformanceTable}: an indicator, its baseline, the progress of each of its
 * periods and of the whole plan. Immutable and thread-safe.
 */
@Immutable
public abstract class PerformanceRow {
  PerformanceRow() {}

  /**
   * Returns the indicator.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the indicator's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the indicator's measure, which decides how values are shown.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns the indicator's direction of change, which decides how the achievement figure reads
   * (see {@link AchievementMethod#achievement}).
   *
   * @return the direction, if the indicator states one (an indicator without one is read as
   *     increasing)
   */
  public abstract Optional<Direction> direction();

  /**
   * Returns the indicator's unit.
   *
   * @return the unit, if given
   */
  public abstract Optional<String> unit();

  /**
   * Returns the baseline value.
   *
   * @return the baseline, if available
   */
  public abstract Optional<Value> baseline();

  /**
   * Returns the progress of each of the indicator's periods, in date order.
   *
   * @return the periods' progress, by period
   */
  public abstract ImmutableMap<DateRange, PeriodProgress> periods();

  /**
   * Returns the periods whose progress is rolled up from shorter periods of the indicator (such as
   * a year from its quarters, in a yearly table), by the plan's aggregation (see {@link
   * PerformanceTableOptions}).
   *
   * @return the rolled-up periods, each a key of {@link #periods()}; empty when every period is
   *     shown as given
   */
  public abstract ImmutableSet<DateRange> rolledUp();

  /**
   * Returns the progress over the whole plan.
   *
   * @return the plan's progress
   */
  public abstract PlanProgress plan();

  @Check
  final void check() {
    for (DateRange period : rolledUp()) {
      if (!periods().containsKey(period)) {
        throw new InvalidValueException(
            "rolledUp", period, "a period of the row's periods (" + periods().size() + " given)");
      }
    }
  }
}
