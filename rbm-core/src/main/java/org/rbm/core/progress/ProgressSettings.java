package org.rbm.core.progress;

import java.math.BigDecimal;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * How progress is computed: the achievement method, the on-track band, the tolerance of indicators
 * to maintain, and whether running periods are judged against an expected trajectory.
 *
 * <pre>{@code
 * ProgressSettings tolaData = ProgressSettings.defaults(); // percent of target, ±15% inclusive
 * ProgressSettings okr = ProgressSettings.builder()
 *     .method(AchievementMethod.RELATIVE_TO_BASELINE)
 *     .band(new BigDecimal("0.1"))
 *     .expectedTrajectory(true)
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class ProgressSettings implements WithProgressSettings {
  private static final BigDecimal DEFAULT_BAND = new BigDecimal("0.15");

  ProgressSettings() {}

  /**
   * Returns the achievement method.
   *
   * @return the method; {@link AchievementMethod#PERCENT_OF_TARGET} (TolaData's "% met") by default
   */
  @Default
  public AchievementMethod method() {
    return AchievementMethod.PERCENT_OF_TARGET;
  }

  /**
   * Returns the half-width of the on-track band around the target, as a fraction: a score from
   * {@code 1 − band} to {@code 1 + band}, both included, is on track or achieved (see {@link
   * ProgressStatus}).
   *
   * @return the band, from 0 (included) to 1 (excluded); 0.15 by default, as TolaData
   */
  @Default
  public BigDecimal band() {
    return DEFAULT_BAND;
  }

  /**
   * Returns how far an indicator to {@linkplain org.rbm.core.indicators.Direction#MAINTAIN
   * maintain} may stray from its baseline and stay on track, as a fraction of the baseline: on
   * track while {@code |actual − baseline| <= tolerance × |baseline|}, both edges included.
   *
   * @return the tolerance, at least 0; 0.15 by default
   */
  @Default
  public BigDecimal maintainTolerance() {
    return DEFAULT_BAND;
  }

  /**
   * Tells whether running periods are judged against an expected trajectory (see {@link
   * PeriodProgress#expected()}); when not, a running period is {@link
   * ProgressStatus#NOT_YET_DUE}.
   *
   * @return whether to judge running periods; {@code false} by default
   */
  @Default
  public boolean expectedTrajectory() {
    return false;
  }

  @Check
  final void check() {
    // Bounded first, so that 1E-999999999 is refused before any arithmetic expands it.
    CanonicalDecimals.canonical("band", band());
    CanonicalDecimals.canonical("maintainTolerance", maintainTolerance());
    if (band().signum() < 0 || band().compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidValueException(
          "band", band(), "a fraction from 0 (included) to 1 (excluded)");
    }
    if (maintainTolerance().signum() < 0) {
      throw new InvalidValueException(
          "maintainTolerance", maintainTolerance(), "a fraction at least 0");
    }
  }

  /**
   * Returns the default settings: percent of target, a band of ±15% inclusive, a tolerance of 15%
   * for indicators to maintain, no trajectory.
   *
   * @return the defaults
   */
  public static ProgressSettings defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the band is
   *     not in [0, 1) or the tolerance is negative, or either has more than 20 decimal places or 30
   *     integer digits (see {@link org.rbm.core.Decimals})
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgressSettings}. */
  public static final class Builder extends ImmutableProgressSettings.Builder {
    Builder() {}
  }
}
