package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * How the statuses of a result's indicators (its own and those of every result below it) combine into
 * the result's overall status. The caller chooses one of three policies:
 *
 * <ul>
 *   <li>{@link #worstStatus()}: the worst judgement among the indicators, from worst to best
 *       behind, no data, on track, achieved, ahead of target. Indicators not yet due or not assessed
 *       are left out; if no indicator carries a judgement, the result is not yet due if any
 *       indicator is, otherwise not assessed.
 *   <li>{@link #shareOnTrack(BigDecimal)}: the share of judged indicators that are on track or
 *       better (on track, achieved, ahead). If it reaches the threshold, the result takes the worst of
 *       those good statuses; otherwise the worst of the others (behind, no data). With no judged
 *       indicator it falls back to the worst status.
 *   <li>{@link #weightedMean(Map)}: the mean of the indicators' {@linkplain PlanProgress#score()
 *       scores} weighted by user weights (1 for an indicator not listed), judged by the same band as
 *       the indicators (see {@link ProgressStatus}). Indicators without a score (their status was not
 *       decided by a ratio) do not enter the mean; if no weight remains, it falls back to the worst
 *       status.
 * </ul>
 *
 * <p>Under each policy, a result with a single indicator takes that indicator's status. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class RollUpPolicy implements WithRollUpPolicy {
  RollUpPolicy() {}

  /** The three policies. */
  public enum Kind {
    /** The worst judgement. */
    WORST_STATUS,
    /** The share of indicators on track or better, against a threshold. */
    SHARE_ON_TRACK,
    /** The weighted mean of the indicators' scores. */
    WEIGHTED_MEAN
  }

  /**
   * Returns the policy's kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the share of judged indicators that must be on track or better, for {@link
   * Kind#SHARE_ON_TRACK}.
   *
   * @return the threshold, from 0 to 1; present exactly for that kind
   */
  public abstract Optional<BigDecimal> threshold();

  /**
   * Returns the weight of each indicator, for {@link Kind#WEIGHTED_MEAN}; an indicator not listed
   * weighs 1.
   *
   * @return the weights; {@link IndicatorWeights#EQUAL} for the other kinds
   */
  @Default
  public IndicatorWeights weights() {
    return IndicatorWeights.EQUAL;
  }

  /**
   * Returns the weight of an indicator.
   *
   * @param indicator the indicator
   * @return its weight, 1 if not listed
   */
  public final BigDecimal weight(IndicatorId indicator) {
    return weights().weight(indicator);
  }

  @Check
  final void check() {
    if (threshold().isPresent() != (kind() == Kind.SHARE_ON_TRACK)) {
      throw new InvalidValueException(
          "policy.threshold",
          threshold().orElse(null),
          kind() == Kind.SHARE_ON_TRACK
              ? "a threshold for the share-on-track policy"
              : "no threshold for the " + kind() + " policy");
    }
    threshold().ifPresent(t -> CanonicalDecimals.canonical("threshold", t));
    threshold()
        .filter(t -> t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0)
        .ifPresent(
            t -> {
              throw new InvalidValueException(
                  "policy.threshold", t, "a share from 0 to 1");
            });
    if (!weights().equals(IndicatorWeights.EQUAL) && kind() != Kind.WEIGHTED_MEAN) {
      throw new InvalidValueException(
          "policy.weights", weights(), "no weights for the " + kind() + " policy");
    }
  }

  /**
   * Returns the worst-status policy.
   *
   * @return the policy
   */
  public static RollUpPolicy worstStatus() {
    return builder().kind(Kind.WORST_STATUS).build();
  }

  /**
   * Returns the share-on-track policy.
   *
   * @param threshold the share of judged indicators that must be on track or better, such as {@code
   *     0.75}
   * @return the policy
   * @throws InvalidValueException if the threshold is not from 0 to 1
   */
  public static RollUpPolicy shareOnTrack(BigDecimal threshold) {
    return builder().kind(Kind.SHARE_ON_TRACK).threshold(requireNonNull(threshold)).build();
  }

  /**
   * Returns the weighted-mean policy.
   *
   * @param weights the weight of each indicator, at least 0; an indicator not listed weighs 1
   * @return the policy
   * @throws InvalidValueException if a weight is negative
   */
  public static RollUpPolicy weightedMean(Map<IndicatorId, BigDecimal> weights) {
    return builder().kind(Kind.WEIGHTED_MEAN).weights(IndicatorWeights.of(weights)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the kind is
   *     missing, or the threshold or the weights do not fit the kind
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollUpPolicy}. */
  public static final class Builder extends ImmutableRollUpPolicy.Builder {
    Builder() {}
  }
}
