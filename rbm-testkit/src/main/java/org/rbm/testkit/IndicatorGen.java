package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.testkit.internal.Draw;
import org.rbm.testkit.internal.IndicatorFactory;
import org.rbm.testkit.internal.IndicatorSpec;
import org.rbm.testkit.internal.PeriodSpec;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates indicators as a monitoring officer would write them, for a planning period (by default
 * a biennium drawn by {@link RbmGen#planningPeriods()}): an id such as {@code IND-7}, a title, a
 * definition, a measure with its unit, a direction of change, a baseline dated on the first day of
 * the planning period, and one or two reporting periods that cut the planning period into
 * consecutive slices (years, half-years, quarters...), each with a total target that moves away
 * from the baseline in the indicator's direction and, now and then, an actual between baseline and
 * target. Count indicators sometimes declare a dimension (such as {@code sex}) and break their
 * values down by it, the categories adding up to the total.
 *
 * <pre>{@code
 * Gen<Indicator> percentages = RbmGen.indicators()
 *     .measures(Measure.PERCENTAGE)
 *     .periodsPerIndicator(2, 4)
 *     .planningPeriod(PlanningPeriod.parse("2010-15"));
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards the first measure given
 * ({@link Measure#COUNT} by default), the fewest periods, and smaller values.
 */
public final class IndicatorGen implements SeededGen<Indicator> {
  private final IndicatorSpec spec;
  private final Optional<PlanningPeriod> period;
  private final PeriodSpec periods;

  IndicatorGen(IndicatorSpec spec, Optional<PlanningPeriod> period, PeriodSpec periods) {
    this.spec = spec;
    this.period = period;
    this.periods = periods;
  }

  /**
   * Returns a generator of indicators of the given measures only.
   *
   * @param measures the measures, at least one; shrinking ends at the first
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if no measure is given
   */
  public IndicatorGen measures(Measure... measures) {
    ImmutableList<Measure> list = ImmutableList.copyOf(measures);
    Ranges.check("measures", list.size(), list.size(), 1, Integer.MAX_VALUE);
    return new IndicatorGen(spec.withMeasures(list), period, periods);
  }

  /**
   * Returns a generator of indicators with {@code min} to {@code max} reporting periods.
   *
   * @param min the fewest periods, at least 0
   * @param max the most periods, at most 366 (periods are at least a day long)
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or out of bounds
   */
  public IndicatorGen periodsPerIndicator(int min, int max) {
    Ranges.check("periodsPerIndicator", min, max, 0, 366);
    return new IndicatorGen(spec.withPeriods(min, max), period, periods);
  }

  /**
   * Returns a generator of indicators whose baseline is "not available" (with a reason) about
   * {@code percent} times in a hundred; by default never.
   *
   * @param percent the chance, 0 to 100
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the chance is not 0 to 100
   */
  public IndicatorGen unavailableBaselines(int percent) {
    Ranges.check("unavailableBaselines", percent, percent, 0, 100);
    return new IndicatorGen(spec.withUnavailableBaselinePercent(percent), period, periods);
  }

  /**
   * Returns a generator of indicators without breakdowns: no declared dimension, totals only.
   *
   * @return the generator
   */
  public IndicatorGen withoutBreakdowns() {
    return new IndicatorGen(spec.withBreakdowns(false), period, periods);
  }

  /**
   * Returns a generator of indicators that also carry the parts interchange standards such as IATI
   * hold: whether they are suitable for aggregation (stated half of the time), and the parts
   * listed in {@link FrameworkGen#withInterchangeParts()}. By default indicators have none of them,
   * so that generators without this setting draw what they drew before.
   *
   * @return the generator
   */
  public IndicatorGen withInterchangeParts() {
    return new IndicatorGen(spec.withInterchangeParts(true), period, periods);
  }

  /**
   * Returns a generator of indicators for the given planning period.
   *
   * @param planningPeriod the period the baselines and reporting periods lie in
   * @return the generator
   */
  public IndicatorGen planningPeriod(PlanningPeriod planningPeriod) {
    return new IndicatorGen(spec, Optional.of(planningPeriod), periods);
  }

  /**
   * Returns a generator of indicators for planning periods drawn by the given generator.
   *
   * @param planningPeriods the generator of the periods
   * @return the generator
   */
  public IndicatorGen planningPeriods(PlanningPeriodGen planningPeriods) {
    return new IndicatorGen(spec, Optional.empty(), requireNonNull(planningPeriods).spec());
  }

  IndicatorSpec spec() {
    return spec;
  }

  @Override
  public Indicator generate(RandomnessSource in) {
    PlanningPeriod p = period.orElseGet(() -> periods.draw(in));
    IndicatorId id = IndicatorId.of("IND-" + Draw.between(in, 1, 999));
    return IndicatorFactory.draw(in, id, p, spec);
  }
}
