package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.RecommendationId;

/**
 * An action open at the end of the as-of day after its due date, as found in SQL.
 *
 * @param evaluation the evaluation
 * @param recommendation the recommendation
 * @param action the action
 * @param state its state at the end of the day: planned or in progress
 * @param due its due date
 * @param daysOverdue the days from the due date to the as-of day, at least 1
 */
public record LateAction(
    EvaluationId evaluation,
    RecommendationId recommendation,
    ActionId action,
    ActionState state,
    LocalDate due,
    long daysOverdue) {
  /**
   * Checks the parts for {@code null}.
   *
   * @param evaluation the evaluation
   * @param recommendation the recommendation
   * @param action the action
   * @param state its state
   * @param due its due date
   * @param daysOverdue the days overdue
   */
  public LateAction {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(recommendation, "recommendation");
    requireNonNull(action, "action");
    requireNonNull(state, "state");
    requireNonNull(due, "due");
  }
}
