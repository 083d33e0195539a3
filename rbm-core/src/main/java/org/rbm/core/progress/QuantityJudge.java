package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Direction;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * Decides the status of a quantitative indicator from a baseline, a target and an actual: the band on
 * the score, the direct comparison when the ratio carries no information, and the tolerance of
 * indicators to maintain.
 */
final class QuantityJudge {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final ProgressSettings settings;
  private final Direction direction;

  /** A status, and the score it was decided on if it came from the band. */
  record Verdict(ProgressStatus status, @Nullable BigDecimal score) {
    static Verdict of(ProgressStatus status) {
      return new Verdict(status, null);
    }

    Optional<BigDecimal> optionalScore() {
      return Optional.ofNullable(score);
    }
  }

  QuantityJudge(ProgressSettings settings, Direction direction) {
    this.settings = settings;
    this.direction = direction;
  }

  /**
   * Judges a completed period (or the plan to date), or a running one against its expected value
   * ({@code completed} false: then {@code target} is the expected value and {@code baseline} the
   * trajectory's start, and "achieved" reads as "on track", since the period is not over).
   */
  Verdict judge(
      boolean completed,
      @Nullable BigDecimal baseline,
      @Nullable BigDecimal target,
      @Nullable BigDecimal actual) {
    if (actual == null) {
      return Verdict.of(completed ? ProgressStatus.NO_DATA : ProgressStatus.NOT_YET_DUE);
    }
    if (direction == Direction.NOT_APPLICABLE) {
      return Verdict.of(ProgressStatus.NOT_ASSESSED);
    }
    if (target == null) {
      return Verdict.of(ProgressStatus.NOT_ASSESSED);
    }
    AchievementMethod method = settings.method();
    Verdict verdict;
    if (method.isDegenerate(baseline, target)) {
      verdict = Verdict.of(reached(actual, target) ? ProgressStatus.ACHIEVED : ProgressStatus.BEHIND);
    } else {
      Optional<BigDecimal> ratio = method.ratio(baseline, target, actual);
      if (ratio.isEmpty()) {
        return Verdict.of(ProgressStatus.NOT_ASSESSED);
      }
      BigDecimal score = score(ratio.get());
      verdict = new Verdict(fromScore(score, settings.band()), score);
    }
    if (!completed && verdict.status() == ProgressStatus.ACHIEVED) {
      return new Verdict(ProgressStatus.ON_TRACK, verdict.score());
    }
    return verdict;
  }

  /**
   * Judges an indicator to maintain: on track while within the tolerance of its reference level
   * (the baseline, or the target when there is no baseline).
   */
  Verdict maintain(
      boolean completed, @Nullable BigDecimal reference, @Nullable BigDecimal actual) {
    if (actual == null) {
      return Verdict.of(completed ? ProgressStatus.NO_DATA : ProgressStatus.NOT_YET_DUE);
    }
    if (reference == null) {
      return Verdict.of(ProgressStatus.NOT_ASSESSED);
    }
    BigDecimal allowed = settings.maintainTolerance().multiply(reference.abs());
    boolean within = actual.subtract(reference).abs().compareTo(allowed) <= 0;
    if (!within) {
      return Verdict.of(ProgressStatus.BEHIND);
    }
    return Verdict.of(completed ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK);
  }

  /** The ratio seen from the better side: TolaData inverts the band for decreasing indicators. */
  BigDecimal score(BigDecimal ratio) {
    if (settings.method() == AchievementMethod.PERCENT_OF_TARGET
        && direction == Direction.DECREASE) {
      return CanonicalDecimals.plain(TWO.subtract(ratio));
    }
    return ratio;
  }

  /** The band, inclusive on both edges. */
  static ProgressStatus fromScore(BigDecimal score, BigDecimal band) {
    if (score.compareTo(BigDecimal.ONE.add(band)) > 0) {
      return ProgressStatus.AHEAD_OF_TARGET;
    }
    if (score.compareTo(BigDecimal.ONE) >= 0) {
      return ProgressStatus.ACHIEVED;
    }
    if (score.compareTo(BigDecimal.ONE.subtract(band)) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return ProgressStatus.BEHIND;
  }

  /** Whether the actual is at or on the better side of the target. */
  boolean reached(BigDecimal actual, BigDecimal target) {
    int cmp = actual.compareTo(target);
    return direction == Direction.DECREASE ? cmp <= 0 : cmp >= 0;
  }
}
