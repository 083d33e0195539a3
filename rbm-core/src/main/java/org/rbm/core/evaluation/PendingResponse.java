package org.rbm.core.evaluation;

import java.time.LocalDate;

/**
 * A recommendation still without a management response as of a day, found by {@link
 * FollowUpTracking#withoutResponse(int)}. Computed; no public constructor. Immutable and
 * thread-safe.
 */
public final class PendingResponse {
  private final EvaluationId evaluation;
  private final Recommendation recommendation;
  private final LocalDate reportDate;
  private final long daysWaiting;

  PendingResponse(
      EvaluationId evaluation, Recommendation recommendation, LocalDate reportDate, long daysWaiting) {
    this.evaluation = evaluation;
    this.recommendation = recommendation;
    this.reportDate = reportDate;
    this.daysWaiting = daysWaiting;
  }

  /**
   * Returns the evaluation.
   *
   * @return its id
   */
  public EvaluationId evaluation() {
    return evaluation;
  }

  /**
   * Returns the recommendation.
   *
   * @return the recommendation
   */
  public Recommendation recommendation() {
    return recommendation;
  }

  /**
   * Returns the day of the evaluation report, from which the wait counts.
   *
   * @return the report date
   */
  public LocalDate reportDate() {
    return reportDate;
  }

  /**
   * Returns the days from the report date to the as-of day.
   *
   * @return the days waited
   */
  public long daysWaiting() {
    return daysWaiting;
  }

  /** Returns {@code IEE-2007-01/R2: 120 days}. */
  @Override
  public String toString() {
    return evaluation + "/" + recommendation.id() + ": " + daysWaiting + " days";
  }
}
