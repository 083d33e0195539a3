package org.rbm.testkit.internal;

import java.util.Optional;
import org.immutables.value.Value;
import org.rbm.core.results.LevelScheme;

/**
 * What frameworks to draw. Immutable: the generated {@code with*} copies (one per attribute, from
 * {@link WithFrameworkSpec}) and the pairwise ones below replace what a hand-written record needed
 * a constructor call of every attribute for.
 */
@Value.Immutable(builder = false)
@Value.Style(allParameters = true, defaults = @Value.Immutable(copy = true))
public abstract class FrameworkSpec implements WithFrameworkSpec {
  FrameworkSpec() {}

  /**
   * Returns the ILO scheme with all three levels, one to three results per level, one or two
   * indicators per result, bienniums, no contribution link, results level by level. (A method, not
   * a constant: a constant of the generated subclass would risk a class-initialization deadlock.)
   */
  public static FrameworkSpec defaults() {
    return ImmutableFrameworkSpec.of(
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

  /** The level scheme, or empty to draw one. */
  public abstract Optional<LevelScheme> scheme();

  /** The fewest levels used, from the top. */
  public abstract int minLevels();

  /** The most levels used (capped by the scheme's levels). */
  public abstract int maxLevels();

  /** The fewest results on each level used, at least 1. */
  public abstract int minResultsPerLevel();

  /** The most results on each level used. */
  public abstract int maxResultsPerLevel();

  /** The fewest indicators of each result. */
  public abstract int minIndicatorsPerResult();

  /** The most indicators of each result. */
  public abstract int maxIndicatorsPerResult();

  /** The fewest contribution links (none when there is no result). */
  public abstract int minContributions();

  /** The most contribution links. */
  public abstract int maxContributions();

  /** The planning periods. */
  public abstract PeriodSpec periods();

  /** The indicators. */
  public abstract IndicatorSpec indicators();

  /** Whether results are listed in random order rather than level by level. */
  public abstract boolean shuffled();

  /** Returns this spec with other numbers of levels used. */
  public FrameworkSpec withLevels(int min, int max) {
    return withMinLevels(min).withMaxLevels(max);
  }

  /** Returns this spec with other numbers of results per level. */
  public FrameworkSpec withResultsPerLevel(int min, int max) {
    return withMinResultsPerLevel(min).withMaxResultsPerLevel(max);
  }

  /** Returns this spec with other numbers of indicators per result. */
  public FrameworkSpec withIndicatorsPerResult(int min, int max) {
    return withMinIndicatorsPerResult(min).withMaxIndicatorsPerResult(max);
  }

  /** Returns this spec with other numbers of contribution links. */
  public FrameworkSpec withContributions(int min, int max) {
    return withMinContributions(min).withMaxContributions(max);
  }
}
