package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;

/**
 * The roll-up of one result: how many of its indicators (its own and those of every result below it)
 * have each status, and its overall status by the {@link RollUpPolicy}. Immutable and thread-safe.
 */
@Immutable
public abstract class ResultRollUp {
  ResultRollUp() {}

  /**
   * Returns the result.
   *
   * @return the result's id
   */
  public abstract ResultId result();

  /**
   * Returns the number of indicators of the result and of every result below it.
   *
   * @return at least 0
   */
  public abstract int indicatorCount();

  /**
   * Returns the number of those indicators with each status.
   *
   * @return the counts; their total is {@link #indicatorCount()}
   */
  public abstract StatusCounts counts();

  /**
   * Returns the number of those indicators with a status.
   *
   * @param status the status
   * @return the count, 0 if none
   */
  public final int count(ProgressStatus status) {
    return counts().count(status);
  }

  /**
   * Returns the overall status by the policy.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * Returns the share of judged indicators on track or better, under the share-on-track policy.
   *
   * @return the share, if the policy is share-on-track and some indicator is judged
   */
  public abstract Optional<BigDecimal> shareOnTrack();

  /**
   * Returns the weighted mean of the indicators' scores, under the weighted-mean policy.
   *
   * @return the mean, if the policy is weighted-mean and some weight remains
   */
  public abstract Optional<BigDecimal> meanScore();

  @Check
  final void check() {
    Figures.check("shareOnTrack", shareOnTrack());
    Figures.check("meanScore", meanScore());
    if (counts().total() != indicatorCount()) {
      throw new InvalidValueException(
          "indicatorCount", indicatorCount(), "the total of the counts, " + counts().total());
    }
  }
}
