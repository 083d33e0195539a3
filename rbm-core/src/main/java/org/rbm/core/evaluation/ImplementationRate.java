package org.rbm.core.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;

/**
 * The implementation rate of follow-up actions as of a day: completed actions over counted actions.
 * An action is <em>counted</em> when, as it stood at the end of that day, it was completed or not
 * done, or it was still open (planned or in progress) and its due date was on or before that day;
 * superseded actions, and open actions not yet due, are not counted. The rate is {@code completed
 * / counted}, in {@link Decimals#CONTEXT}; it lies in [0, 1] because every completed action is
 * counted.
 *
 * <p>Example: four actions as of 2008-06-30: one completed on 2008-05-02 (due 2008-06-30), one in
 * progress due 2008-03-31 (overdue), one planned due 2008-12-31 (not yet due), one superseded.
 * Counted: 2 (the completed and the overdue); completed: 1; rate 0.5.
 *
 * <p>Computed by {@link FollowUpTracking}; no public constructor. Rates of disjoint groups add by
 * their counts: the {@code completed} and {@code counted} of the groups sum to those of the whole,
 * so the whole's rate lies between the smallest and the largest of the groups' rates. Immutable and
 * thread-safe.
 */
public final class ImplementationRate {
  private final int completed;
  private final int counted;

  ImplementationRate(int completed, int counted) {
    this.completed = completed;
    this.counted = counted;
  }

  /**
   * Returns the number of actions completed by the day.
   *
   * @return completed actions
   */
  public int completed() {
    return completed;
  }

  /**
   * Returns the number of actions counted: completed, not done, or open and due by the day.
   *
   * @return counted actions, at least {@link #completed()}
   */
  public int counted() {
    return counted;
  }

  /**
   * Returns the rate, {@code completed / counted}.
   *
   * @return the rate in [0, 1]; empty if no action is counted
   */
  public Optional<BigDecimal> rate() {
    return counted == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(counted), Decimals.CONTEXT));
  }

  ImplementationRate plus(ImplementationRate other) {
    return new ImplementationRate(completed + other.completed, counted + other.counted);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ImplementationRate that
        && completed == that.completed
        && counted == that.counted;
  }

  @Override
  public int hashCode() {
    return Objects.hash(completed, counted);
  }

  /** Returns {@code 1/2}: completed over counted. */
  @Override
  public String toString() {
    return completed + "/" + counted;
  }
}
