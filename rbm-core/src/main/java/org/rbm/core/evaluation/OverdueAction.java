package org.rbm.core.evaluation;

/**
 * A follow-up action open after its due date as of a day, found by {@link
 * FollowUpTracking#overdueActions()}. Computed; no public constructor. Immutable and thread-safe.
 */
public final class OverdueAction {
  private final EvaluationId evaluation;
  private final RecommendationId recommendation;
  private final FollowUpAction action;
  private final ActionState state;
  private final long daysOverdue;

  OverdueAction(
      EvaluationId evaluation,
      RecommendationId recommendation,
      FollowUpAction action,
      ActionState state,
      long daysOverdue) {
    this.evaluation = evaluation;
    this.recommendation = recommendation;
    this.action = action;
    this.state = state;
    this.daysOverdue = daysOverdue;
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
   * Returns the recommendation the action follows up.
   *
   * @return its id
   */
  public RecommendationId recommendation() {
    return recommendation;
  }

  /**
   * Returns the action, with its whole history.
   *
   * @return the action
   */
  public FollowUpAction action() {
    return action;
  }

  /**
   * Returns the state of the action as of the day: planned or in progress.
   *
   * @return the state then
   */
  public ActionState state() {
    return state;
  }

  /**
   * Returns the days from the due date to the as-of day.
   *
   * @return at least 1
   */
  public long daysOverdue() {
    return daysOverdue;
  }

  /** Returns {@code IEE-2007-01/R1/R1.2: 91 days overdue}. */
  @Override
  public String toString() {
    return evaluation + "/" + recommendation + "/" + action.id() + ": " + daysOverdue
        + " days overdue";
  }
}
