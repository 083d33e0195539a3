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
}
