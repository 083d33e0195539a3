package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.Direction;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * How an achievement ratio is computed from a baseline, a target and an actual. The caller chooses
 * (see {@link ProgressSettings#method()}) and every result states the method it used. A ratio of 1
 * means the target is met exactly.
 *
 * <p>Each method reproduces its peer's conventions exactly:
 *
 * <ul>
 *   <li>{@link #RELATIVE_TO_BASELINE}, the distance travelled of OKR tools: {@code (actual −
 *       baseline) / (target − baseline)}. For a decreasing indicator the formula is inverted to
 *       {@code (baseline − actual) / (baseline − target)}, and likewise OKR tools use {@code (start −
 *       current) / (start − target)} when the target is below the start; all three are the same
 *       number, so one formula serves every direction. A zero denominator (target equal to baseline)
 *       gives 0, and a missing actual counts as the baseline (so gives 0), as in OKR tools; without a
 *       baseline there is no ratio.
 *   <li>{@link #PERCENT_OF_TARGET}, TolaData's "% met": {@code actual / target}, whatever the
 *       direction (the status band is inverted instead, see {@link ProgressStatus}, and the figure
 *       shown as "% met" is {@link #achievement}); no ratio if the
 *       actual or the target is missing or the target is 0. The baseline is not used.
 * </ul>
 *
 * <p>Quotients are divided in {@link Decimals#CONTEXT}.
 */
public enum AchievementMethod {
  /** {@code (actual − baseline) / (target − baseline)}: the share of the planned change realized. */
  RELATIVE_TO_BASELINE,
  /** {@code actual / target}: TolaData's "% met". */
  PERCENT_OF_TARGET;

  /**
   * Computes the achievement ratio by this method, with the peer's conventions for missing values
   * and zero denominators described above.
   *
   * <pre>{@code
   * RELATIVE_TO_BASELINE.ratio(30, 45, 41)  // 11/15 = 0.7333…
   * RELATIVE_TO_BASELINE.ratio(100, 60, 70) // (100 − 70) / (100 − 60) = 0.75
   * PERCENT_OF_TARGET.ratio(30, 45, 41)     // 41/45 = 0.9111…
   * }</pre>
   *
   * @param baseline the baseline (OKR's start), if known
   * @param target the target, if known
   * @param actual the actual (OKR's current value), if known
   * @return the ratio, in canonical form (no trailing zeros); empty as described above
   */
  public Optional<BigDecimal> ratio(
      @Nullable BigDecimal baseline, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
    return switch (this) {
      case RELATIVE_TO_BASELINE -> {
        if (baseline == null || target == null) {
          yield Optional.empty();
        }
        BigDecimal current = actual == null ? baseline : actual;
        BigDecimal planned = target.subtract(baseline);
        yield Optional.of(
            planned.signum() == 0
                ? BigDecimal.ZERO
                : CanonicalDecimals.plain(current.subtract(baseline).divide(planned, Decimals.CONTEXT)));
      }
      case PERCENT_OF_TARGET ->
          actual == null || target == null || target.signum() == 0
              ? Optional.empty()
              : Optional.of(CanonicalDecimals.plain(actual.divide(target, Decimals.CONTEXT)));
    };
  }

  /**
   * Turns a ratio by this method into the achievement figure shown as "% met": a figure that reads
   * the same way for every direction, 1 (100%) when the target is met exactly and larger when the
   * result is better. It is the ratio itself, except for a decreasing indicator by {@link
   * #PERCENT_OF_TARGET}, whose raw ratio {@code actual / target} grows as the result gets worse:
   * there it is {@code 2 − actual / target}, the score the status band is applied to (TolaData's
   * inverted band, see {@link PeriodProgress#score()}), so the figure and the status never disagree.
   * The raw ratio stays in {@link PeriodProgress#ratio()} and {@link PlanProgress#ratio()}.
   *
   * <pre>{@code
   * // Decreasing, baseline 180, target 150: actual 172 is a ratio of 172/150 = 1.1467 (114.7%)
   * PERCENT_OF_TARGET.achievement(Direction.DECREASE, ratio) // 2 − 1.1467 = 0.8533 (85.3%)
   * // actual 200: ratio 200/150 = 1.3333, achievement 0.6667 (66.7%)
   * }</pre>
   *
   * @param direction the indicator's direction of change (an indicator without one is increasing)
   * @param ratio a ratio computed by this method
   * @return the achievement figure, in canonical form
   */
  public BigDecimal achievement(Direction direction, BigDecimal ratio) {
    requireNonNull(direction, "direction");
    requireNonNull(ratio, "ratio");
    if (this == PERCENT_OF_TARGET && direction == Direction.DECREASE) {
      return CanonicalDecimals.plain(BigDecimal.valueOf(2).subtract(ratio));
    }
    return ratio;
  }

  /**
   * Tells whether the ratio carries no information for this target: the target equals the baseline
   * (relative method) or is 0 (percent of target). The status then compares actual and target
   * directly.
   */
  boolean isDegenerate(@Nullable BigDecimal baseline, BigDecimal target) {
    return switch (this) {
      case RELATIVE_TO_BASELINE -> baseline != null && target.compareTo(baseline) == 0;
      case PERCENT_OF_TARGET -> target.signum() == 0;
    };
  }
}
