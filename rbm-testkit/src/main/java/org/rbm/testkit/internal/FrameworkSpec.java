package org.rbm.testkit.internal;

import java.util.Optional;
import org.rbm.core.results.LevelScheme;

/**
 * What frameworks to draw.
 *
 * @param scheme the level scheme, or empty to draw one
 * @param minLevels the fewest levels used, from the top
 * @param maxLevels the most levels used (capped by the scheme's levels)
 * @param minResultsPerLevel the fewest results on each level used, at least 1
 * @param maxResultsPerLevel the most results on each level used
 * @param minIndicatorsPerResult the fewest indicators of each result
 * @param maxIndicatorsPerResult the most indicators of each result
 * @param minContributions the fewest contribution links (none when there is no result)
 * @param maxContributions the most contribution links
 * @param periods the planning periods
 * @param indicators the indicators
 * @param shuffled whether results are listed in random order rather than level by level
 */
public record FrameworkSpec(
    Optional<LevelScheme> scheme,
    int minLevels,
    int maxLevels,
    int minResultsPerLevel,
    int maxResultsPerLevel,
    int minIndicatorsPerResult,
    int maxIndicatorsPerResult,
    int minContributions,
    int maxContributions,
    PeriodSpec periods,
    IndicatorSpec indicators,
    boolean shuffled) {

  /**
   * The ILO scheme with all three levels, one to three results per level, one or two indicators
   * per result, bienniums, no contribution link, results level by level.
   */
  public static final FrameworkSpec DEFAULT =
      new FrameworkSpec(
          Optional.of(LevelScheme.ILO),
          LevelScheme.MAX_LEVELS,
          LevelScheme.MAX_LEVELS,
          1,
          3,
          1,
          2,
          0,
          0,
          PeriodSpec.BIENNIUMS,
          IndicatorSpec.DEFAULT,
          false);

  /** Returns this spec with another scheme (empty: drawn). */
  public FrameworkSpec withScheme(Optional<LevelScheme> scheme) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other numbers of levels used. */
  public FrameworkSpec withLevels(int minLevels, int maxLevels) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other numbers of results per level. */
  public FrameworkSpec withResultsPerLevel(int minResultsPerLevel, int maxResultsPerLevel) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other numbers of indicators per result. */
  public FrameworkSpec withIndicatorsPerResult(
      int minIndicatorsPerResult, int maxIndicatorsPerResult) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other numbers of contribution links. */
  public FrameworkSpec withContributions(int minContributions, int maxContributions) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other planning periods. */
  public FrameworkSpec withPeriods(PeriodSpec periods) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with other indicators. */
  public FrameworkSpec withIndicators(IndicatorSpec indicators) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }

  /** Returns this spec with results in random order, or level by level. */
  public FrameworkSpec withShuffled(boolean shuffled) {
    return new FrameworkSpec(
        scheme,
        minLevels,
        maxLevels,
        minResultsPerLevel,
        maxResultsPerLevel,
        minIndicatorsPerResult,
        maxIndicatorsPerResult,
        minContributions,
        maxContributions,
        periods,
        indicators,
        shuffled);
  }
}
