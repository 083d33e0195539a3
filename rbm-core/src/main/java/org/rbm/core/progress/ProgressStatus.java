package org.rbm.core.progress;

/**
 * The status of an indicator (for a period or for the whole plan) or of a result, as of a date.
 *
 * <p>For a quantitative indicator whose status comes from its achievement ratio, with the band
 * {@code b} of {@link ProgressSettings#band()} (0.15 by default) and the <em>score</em> {@code s}
 * (the ratio seen from the better side, see {@link PeriodProgress#score()}):
 *
 * <table>
 *   <caption>Statuses from the score</caption>
 *   <tr><th>Score</th><th>Status</th><th>TolaData</th></tr>
 *   <tr><td>{@code s > 1 + b}</td><td>{@link #AHEAD_OF_TARGET}</td><td>over</td></tr>
 *   <tr><td>{@code 1 <= s <= 1 + b}</td><td>{@link #ACHIEVED}</td><td>on track</td></tr>
 *   <tr><td>{@code 1 - b <= s < 1}</td><td>{@link #ON_TRACK}</td><td>on track</td></tr>
 *   <tr><td>{@code s < 1 - b}</td><td>{@link #BEHIND}</td><td>under</td></tr>
 * </table>
 *
 * <p>The band is inclusive on both edges, as TolaData's. The constants are declared from ahead of
 * target down to behind, then no data, then the two statuses that carry no judgement. (For the
 * worst-status roll-up, behind counts as worse than no data: see {@link RollUpPolicy}.)
 */
public enum ProgressStatus {
  /** Beyond the target by more than the band (TolaData's "over"). */
  AHEAD_OF_TARGET,
  /** The target is reached, within the band; or an assessment says achieved. */
  ACHIEVED,
  /** Short of the target but within the band; or, for a running period, near its trajectory. */
  ON_TRACK,
  /** Short of the target by more than the band (TolaData's "under"), or not achieved. */
  BEHIND,
  /** The period is completed but has no actual. */
  NO_DATA,
  /** The period has not ended, so nothing is due yet. */
  NOT_YET_DUE,
  /**
   * No judgement is possible: no target, no baseline for a method that needs one, no direction, a
   * nominal measure, or a qualitative indicator nobody has assessed.
   */
  NOT_ASSESSED;

  /**
   * Tells whether the status is a judgement on performance: ahead, achieved, on track, behind or no
   * data (a completed period without data is a finding too).
   *
   * @return whether the status is neither {@link #NOT_YET_DUE} nor {@link #NOT_ASSESSED}
   */
  public boolean isJudgement() {
    return this != NOT_YET_DUE && this != NOT_ASSESSED;
  }

  /**
   * Tells whether the status is good news: ahead of target, achieved or on track.
   *
   * @return whether the status is {@link #AHEAD_OF_TARGET}, {@link #ACHIEVED} or {@link #ON_TRACK}
   */
  public boolean isOnTrackOrBetter() {
    return this == AHEAD_OF_TARGET || this == ACHIEVED || this == ON_TRACK;
  }
}
