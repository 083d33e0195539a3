package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.RecommendationId;

/**
 * A recommendation without a management response by the as-of day, as found in SQL.
 *
 * @param evaluation the evaluation
 * @param recommendation the recommendation
 * @param reportDate the day of the evaluation's report
 * @param daysWaiting the days from the report to the as-of day
 */
public record WaitingRecommendation(
    EvaluationId evaluation, RecommendationId recommendation, LocalDate reportDate, long daysWaiting) {
  /**
   * Checks the parts for {@code null}.
   *
   * @param evaluation the evaluation
   * @param recommendation the recommendation
   * @param reportDate the day of the report
   * @param daysWaiting the days waiting
   */
  public WaitingRecommendation {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(recommendation, "recommendation");
    requireNonNull(reportDate, "reportDate");
  }
}
