package org.rbm.testkit;

import org.quicktheories.core.RandomnessSource;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.testkit.internal.PeriodSpec;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates planning periods. By default ILO bienniums starting in an even year from 2000 to 2030,
 * such as {@code 2008-09} and {@code 2010-11}; {@link #lengthsBetween} widens that to periods such as
 * the six-year Strategic Policy Framework {@code 2010-15}.
 *
 * <pre>{@code
 * Gen<PlanningPeriod> spfs = RbmGen.planningPeriods().lengthsBetween(4, 6);
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards the earliest first year and
 * the shortest length.
 */
public final class PlanningPeriodGen implements SeededGen<PlanningPeriod> {
  private final PeriodSpec spec;

  PlanningPeriodGen(PeriodSpec spec) {
    this.spec = spec;
  }

  /**
   * Returns a generator of periods whose first year lies in {@code [from, to]}.
   *
   * @param from the earliest first year, at least {@value PlanningPeriod#MIN_YEAR}
   * @param to the latest first year
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or leaves the years {@value
   *     PlanningPeriod#MIN_YEAR} to {@value PlanningPeriod#MAX_YEAR} for the longest length
   */
  public PlanningPeriodGen firstYearsBetween(int from, int to) {
    Ranges.check(
        "firstYears", from, to, PlanningPeriod.MIN_YEAR, PlanningPeriod.MAX_YEAR - spec.lengthMax() + 1);
    return new PlanningPeriodGen(
        new PeriodSpec(from, to, spec.lengthMin(), spec.lengthMax(), spec.evenStart()));
  }

  /**
   * Returns a generator of periods of {@code min} to {@code max} years, starting in any year (not
   * only even ones).
   *
   * @param min the fewest years, at least 1
   * @param max the most years
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or would end after year
   *     {@value PlanningPeriod#MAX_YEAR}
   */
  public PlanningPeriodGen lengthsBetween(int min, int max) {
    Ranges.check("lengths", min, max, 1, PlanningPeriod.MAX_YEAR - spec.firstYearMax() + 1);
    return new PlanningPeriodGen(
        new PeriodSpec(spec.firstYearMin(), spec.firstYearMax(), min, max, false));
  }

  /**
   * Returns a generator of ILO bienniums: two years, starting in an even year.
   *
   * @return the generator
   */
  public PlanningPeriodGen bienniums() {
    return new PlanningPeriodGen(
        new PeriodSpec(spec.firstYearMin(), spec.firstYearMax(), 2, 2, true));
  }

  PeriodSpec spec() {
    return spec;
  }

  @Override
  public PlanningPeriod generate(RandomnessSource in) {
    return spec.draw(in);
  }
}
