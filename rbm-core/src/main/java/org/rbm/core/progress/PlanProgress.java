package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Value;

/**
 * The progress of an indicator over its whole plan as of a date: TolaData's "target progress"
 * against "actual progress" over the completed periods, with the ratio and the status that follow.
 *
 * <p>The {@linkplain #aggregation() aggregation} follows from the indicator:
 *
 * <ul>
 *   <li>{@link Aggregation#SUM} for non-cumulative counts and currency amounts: the target to date is
 *       the sum of the completed periods' targets, the actual to date the sum of their actuals. By
 *       the relative method, the baseline counts once per completed period ({@code n × baseline}),
 *       since a flow's baseline is a level per period.
 *   <li>{@link Aggregation#SUM_OF_PARTS} for non-cumulative percentages and ratios whose completed
 *       actuals are all fractions: numerators and denominators are summed separately; the target to
 *       date likewise if the completed targets are all fractions, else the latest completed period's
 *       target.
 *   <li>{@link Aggregation#LATEST} otherwise (cumulative indicators, percentages and ratios given as
 *       numbers, indicators to maintain, qualitative, nominal and ordinal indicators): the latest
 *       completed period's target, actual, ratio and status, never a sum. The latest is the one with
 *       the latest end (then the latest start); if it has no actual the status is {@link
 *       ProgressStatus#NO_DATA}, even if an earlier period has one (as TolaData).
 * </ul>
 *
 * <p>Before any period is completed, the figures to date are empty and the status is {@link
 * ProgressStatus#NOT_YET_DUE}, or, when running periods are judged against a trajectory, the status of
 * the latest running period. The {@linkplain #planTarget() plan target} is the whole plan's target:
 * the sum of all periods' targets (sum, or sum of parts when they are all fractions), otherwise the
 * target of the latest period that has one. Immutable and thread-safe.
 */
@Immutable
public abstract class PlanProgress {
  PlanProgress() {}

  /**
   * Returns how the periods were combined.
   *
   * @return the aggregation
   */
  public abstract Aggregation aggregation();

  /**
   * Returns the number of periods completed as of the date.
   *
   * @return at least 0
   */
  public abstract int periodsCompleted();

  /**
   * Returns the target of the whole plan.
   *
   * @return the plan's target, if any period has one
   */
  public abstract Optional<Value> planTarget();

  /**
   * Returns the target to date, over the completed periods.
   *
   * @return the target to date, if a completed period has one
   */
  public abstract Optional<Value> targetToDate();

  /**
   * Returns the actual to date, over the completed periods.
   *
   * @return the actual to date, if a completed period has one
   */
  public abstract Optional<Value> actualToDate();

  /**
   * Returns the achievement ratio of the actual to date against the target to date.
   *
   * @return the ratio, if there are both and the method gives one
   */
  public abstract Optional<BigDecimal> ratio();

  /**
   * Returns the score the status was decided on (see {@link PeriodProgress#score()}).
   *
   * @return the score, if the status was decided by the band
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the status of the indicator over the plan as of the date.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  @Check
  final void check() {
    Figures.check("ratio", ratio());
    Figures.check("score", score());
    if (periodsCompleted() < 0) {
      throw new InvalidValueException("periodsCompleted", periodsCompleted(), "a count at least 0");
    }
  }
}
