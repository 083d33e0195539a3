package org.rbm.store;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbm.core.Decimals;

/**
 * An implementation rate computed in SQL: actions completed out of actions counted, counted as
 * {@link org.rbm.core.evaluation.ImplementationRate} counts them (completed, not done, or open and
 * due by the day).
 *
 * @param completed the actions completed by the day
 * @param counted the actions counted, at least {@code completed}
 */
public record FollowUpRate(int completed, int counted) {
  /**
   * Returns the rate, {@code completed / counted}, divided in {@link Decimals#CONTEXT}.
   *
   * @return the rate in [0, 1]; empty if no action is counted
   */
  public Optional<BigDecimal> rate() {
    return counted == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(counted), Decimals.CONTEXT));
  }
}
