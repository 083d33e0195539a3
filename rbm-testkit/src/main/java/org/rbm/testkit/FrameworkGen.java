package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.internal.FrameworkFactory;
import org.rbm.testkit.internal.FrameworkSpec;
import org.rbm.testkit.internal.IndicatorSpec;
import org.rbm.testkit.internal.PeriodSpec;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates whole results frameworks that build without exception. By default an ILO Programme
 * and Budget for a biennium: strategic objectives ({@code SO1}), outcomes ({@code OC1.2}) and
 * immediate outcomes ({@code IO1.2.1}), one to three results per level, each with one or two
 * indicators ({@code IND-1}, ...) as {@link RbmGen#indicators()} makes them, with baselines and
 * targets inside the planning period.
 *
 * <pre>{@code
 * // In a property: shrinks to a small framework when the property fails.
 * qt().forAll(RbmGen.frameworks().resultsPerLevel(1, 5))
 *     .checkAssert(f -> assertEquals(f.results().size(), f.resultsInTreeOrder().size()));
 *
 * // In a benchmark: about 100,000 indicators, the same for the same seed.
 * ResultsFramework big = RbmGen.frameworks()
 *     .resultsPerLevel(1_000, 1_000)
 *     .indicatorsPerResult(33, 34)
 *     .sample(42);
 * }</pre>
 *
 * <p>Sizes: {@linkplain #levelsUsed levels used} from the top of the scheme; {@linkplain
 * #resultsPerLevel results on each level used} (each result below the top picks a parent among the
 * results one level up, so some results may have no child); {@linkplain #indicatorsPerResult
 * indicators per result}, on every level; {@linkplain #periodsPerIndicator reporting periods per
 * indicator}. Generation takes time linear in the size of the framework.
 *
 * <p>Shrinking: sizes are drawn before contents, so QuickTheories shrinks a failing framework by
 * dropping levels, results, indicators and periods, then simplifying what is left (the first
 * measure given, the first parent, the smallest values).
 *
 * <p>Immutable: each setting returns a new generator. To derive deliberately broken frameworks from
 * these valid ones, see {@link #mutatedBy(FrameworkMutation)}.
 */
public final class FrameworkGen implements SeededGen<ResultsFramework> {
  private final FrameworkSpec spec;

  FrameworkGen(FrameworkSpec spec) {
    this.spec = spec;
  }

  /**
   * Returns a generator of frameworks on the given scheme.
   *
   * @param scheme the level scheme, such as {@link LevelScheme#OECD_DAC}
   * @return the generator
   */
  public FrameworkGen levelScheme(LevelScheme scheme) {
    return with(Optional.of(requireNonNull(scheme, "scheme")));
  }

  /**
   * Returns a generator of frameworks on drawn schemes: the ILO's, OECD-DAC's, the logframe,
   * DFID's and the EC's five tiers, or numbered tiers of one to eight levels.
   *
   * @return the generator
   */
  public FrameworkGen anyLevelScheme() {
    return with(Optional.empty());
  }

  private FrameworkGen with(Optional<LevelScheme> scheme) {
    return new FrameworkGen(spec.withScheme(scheme));
  }

  /**
   * Returns a generator of frameworks of every shape this generator can make, for laws that must
   * hold for all of them (round trips, invariants, queries): any level scheme, zero to all levels
   * used, one to four results per level listed in random order, zero to three indicators per
   * result with zero to four periods each and a baseline "not available" one time in five, zero to
   * three contribution links, planning periods of one to six years, and the parts of interchange
   * standards ({@link #withInterchangeParts()}).
   *
   * @return the generator
   */
  public FrameworkGen varied() {
    return anyLevelScheme()
        .levelsUsed(0, LevelScheme.MAX_LEVELS)
        .resultsPerLevel(1, 4)
        .indicatorsPerResult(0, 3)
        .periodsPerIndicator(0, 4)
        .unavailableBaselines(20)
        .contributions(0, 3)
        .planningPeriods(RbmGen.planningPeriods().lengthsBetween(1, 6))
        .withInterchangeParts()
        .shuffled();
  }

  /**
   * Returns a generator of frameworks that use {@code min} to {@code max} levels from the top of
   * their scheme (fewer if the scheme has fewer); 0 levels gives a framework without results. By
   * default every level.
   *
   * @param min the fewest levels, at least 0
   * @param max the most levels, at most {@value LevelScheme#MAX_LEVELS}
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or out of bounds
   */
  public FrameworkGen levelsUsed(int min, int max) {
    Ranges.check("levelsUsed", min, max, 0, LevelScheme.MAX_LEVELS);
    return new FrameworkGen(spec.withLevels(min, max));
  }

  /**
   * Returns a generator of frameworks with {@code min} to {@code max} results on each level used.
   * By default 1 to 3.
   *
   * @param min the fewest, at least 1
   * @param max the most
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or {@code min} is below 1
   */
  public FrameworkGen resultsPerLevel(int min, int max) {
    Ranges.check("resultsPerLevel", min, max, 1, Integer.MAX_VALUE);
    return new FrameworkGen(spec.withResultsPerLevel(min, max));
  }

  /**
   * Returns a generator of frameworks whose results have {@code min} to {@code max} indicators
   * each. By default 1 to 2.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or {@code min} is negative
   */
  public FrameworkGen indicatorsPerResult(int min, int max) {
    Ranges.check("indicatorsPerResult", min, max, 0, Integer.MAX_VALUE);
    return new FrameworkGen(spec.withIndicatorsPerResult(min, max));
  }

  /**
   * Returns a generator of frameworks whose indicators have {@code min} to {@code max} reporting
   * periods each. By default 1 to 2.
   *
   * @param min the fewest, at least 0
   * @param max the most, at most 366
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or out of bounds
   */
  public FrameworkGen periodsPerIndicator(int min, int max) {
    return indicators(indicatorGen().periodsPerIndicator(min, max).spec());
  }

  /**
   * Returns a generator of frameworks whose indicators use the given measures only.
   *
   * @param measures the measures, at least one; shrinking ends at the first
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if no measure is given
   */
  public FrameworkGen measures(Measure... measures) {
    return indicators(indicatorGen().measures(measures).spec());
  }

  /**
   * Returns a generator of frameworks whose indicators' baselines are "not available" about
   * {@code percent} times in a hundred; by default never.
   *
   * @param percent the chance, 0 to 100
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the chance is not 0 to 100
   */
  public FrameworkGen unavailableBaselines(int percent) {
    return indicators(indicatorGen().unavailableBaselines(percent).spec());
  }

  /**
   * Returns a generator of frameworks whose indicators have no breakdowns.
   *
   * @return the generator
   */
  public FrameworkGen withoutBreakdowns() {
    return indicators(indicatorGen().withoutBreakdowns().spec());
  }

  /**
   * Returns a generator of frameworks whose results and indicators also carry the parts
   * interchange standards such as IATI hold: whether a result or an indicator is suitable for
   * aggregation (stated half of the time), references of indicators (some with an indicator URI)
   * and of results with a vocabulary URI, a second baseline for one place without value. By
   * default frameworks have none of them, so that
   * generators without this setting draw what they drew before; {@link #varied()} has them.
   *
   * @return the generator
   */
  public FrameworkGen withInterchangeParts() {
    return indicators(indicatorGen().withInterchangeParts().spec());
  }

  private IndicatorGen indicatorGen() {
    return new IndicatorGen(spec.indicators(), Optional.empty(), spec.periods());
  }

  private FrameworkGen indicators(IndicatorSpec indicators) {
    return new FrameworkGen(spec.withIndicators(indicators));
  }

  /**
   * Returns a generator of frameworks whose planning periods are drawn by the given generator.
   *
   * @param planningPeriods the generator of periods, such as {@code
   *     RbmGen.planningPeriods().lengthsBetween(6, 6)}
   * @return the generator
   */
  public FrameworkGen planningPeriods(PlanningPeriodGen planningPeriods) {
    return periods(requireNonNull(planningPeriods, "planningPeriods").spec());
  }

  /**
   * Returns a generator of frameworks for the given planning period.
   *
   * @param period the period, such as {@code 2008-09}
   * @return the generator
   */
  public FrameworkGen planningPeriod(PlanningPeriod period) {
    int first = period.firstYear();
    int length = period.lengthInYears();
    return periods(new PeriodSpec(first, first, length, length, false));
  }

  private FrameworkGen periods(PeriodSpec periods) {
    return new FrameworkGen(spec.withPeriods(periods));
  }

  /**
   * Returns a generator of frameworks with {@code min} to {@code max} contribution links from
   * their results to immediate outcomes of the global Programme and Budget of the same period
   * (none for a framework without results). By default none.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or {@code min} is negative
   */
  public FrameworkGen contributions(int min, int max) {
    Ranges.check("contributions", min, max, 0, Integer.MAX_VALUE);
    return new FrameworkGen(spec.withContributions(min, max));
  }

  /**
   * Returns a generator of frameworks whose results are listed in random order, not level by
   * level: children may come before their parents. Queries and validation must not depend on the
   * order given.
   *
   * @return the generator
   */
  public FrameworkGen shuffled() {
    return new FrameworkGen(spec.withShuffled(true));
  }

  /**
   * Returns a generator of frameworks drawn by this generator, then changed by the mutation: the
   * way to generate deliberately broken frameworks, such as a valid framework whose one indicator
   * has a target outside the planning period. The mutation draws its choices (which indicator,
   * which date) from the same randomness, so QuickTheories shrinks them too.
   *
   * <pre>{@code
   * Gen<ResultsFramework> noBaseline = RbmGen.frameworks()
   *     .mutatedBy(FrameworkMutation.onSomeIndicator((i, in) -> i.withBaseline(Optional.empty())));
   * }</pre>
   *
   * @param mutation the change
   * @return the generator of changed frameworks
   */
  public SeededGen<ResultsFramework> mutatedBy(FrameworkMutation mutation) {
    requireNonNull(mutation, "mutation");
    return in -> mutation.apply(generate(in), in);
  }

  @Override
  public ResultsFramework generate(RandomnessSource in) {
    return FrameworkFactory.draw(in, spec);
  }
}
