package org.rbm.core.progress;

import java.time.LocalDate;
import org.rbm.core.period.DateRange;

/**
 * Where a reporting period stands on the as-of date: the as-of date is the day the report is made,
 * so a period whose last day is the as-of date is still running.
 */
public enum PeriodTiming {
  /** The period's last day is before the as-of date: its actual is due. */
  COMPLETED,
  /** The period contains the as-of date. */
  RUNNING,
  /** The period's first day is after the as-of date. */
  NOT_STARTED;

  /**
   * Returns where the period stands as of the date.
   *
   * @param period the period
   * @param asOf the as-of date
   * @return {@link #COMPLETED} if {@code period.end() < asOf}, {@link #NOT_STARTED} if {@code
   *     period.start() > asOf}, otherwise {@link #RUNNING}
   */
  public static PeriodTiming of(DateRange period, LocalDate asOf) {
    if (period.end().isBefore(asOf)) {
      return COMPLETED;
    }
    return period.start().isAfter(asOf) ? NOT_STARTED : RUNNING;
  }
}
