package org.rbm.core.progress;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
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
public abstract class ResultRollUp implements WithResultRollUp {
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
   * Returns the number of those indicators with each status, for the statuses that occur, in the
   * order of {@link ProgressStatus}.
   *
   * @return the counts, each at least 1; they add up to {@link #indicatorCount()}
   */
  public abstract ImmutableMap<ProgressStatus, Integer> counts();

  /**
   * Returns the number of those indicators with a status.
   *
   * @param status the status
   * @return the count, 0 if none
   */
  public final int count(ProgressStatus status) {
    return counts().getOrDefault(status, 0);
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
    int sum = 0;
    for (Map.Entry<ProgressStatus, Integer> e : counts().entrySet()) {
      if (e.getValue() < 1) {
        throw new InvalidValueException(
            "counts[" + e.getKey() + "]", e.getValue(), "a count at least 1 (omit absent statuses)");
      }
      sum += e.getValue();
    }
    if (sum != indicatorCount()) {
      throw new InvalidValueException(
          "indicatorCount", indicatorCount(), "the sum of the counts, " + sum);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if an attribute
   *     is missing or the counts do not add up
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResultRollUp}. */
  public static final class Builder extends ImmutableResultRollUp.Builder {
    Builder() {}
  }
}
