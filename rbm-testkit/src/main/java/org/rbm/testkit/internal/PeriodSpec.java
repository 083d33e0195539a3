package org.rbm.testkit.internal;

import org.quicktheories.core.RandomnessSource;
import org.rbm.core.period.PlanningPeriod;

/**
 * What planning periods to draw: first years in a range, lengths in a range, and whether the first
 * year is even (the ILO's bienniums start in even years: 2008-09, 2010-11).
 *
 * @param firstYearMin the earliest first year
 * @param firstYearMax the latest first year
 * @param lengthMin the fewest years
 * @param lengthMax the most years
 * @param evenStart whether first years are even
 */
public record PeriodSpec(
    int firstYearMin, int firstYearMax, int lengthMin, int lengthMax, boolean evenStart) {

  /** Bienniums starting in an even year from 2000 to 2030, such as {@code 2008-09}. */
  public static final PeriodSpec BIENNIUMS = new PeriodSpec(2000, 2030, 2, 2, true);

  /**
   * Draws a period.
   *
   * @param in the randomness
   * @return the period
   */
  public PlanningPeriod draw(RandomnessSource in) {
    return Periods.planningPeriod(in, firstYearMin, firstYearMax, lengthMin, lengthMax, evenStart);
  }
}
