package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * User weights of indicators for the weighted-mean roll-up, such as {@code IND-1=2, IND-4=0.5}; an
 * indicator not listed weighs 1. Weights are at least 0 and kept in canonical form ({@code 2.0}
 * equals {@code 2}). Immutable and thread-safe.
 */
public final class IndicatorWeights {
  /** No weight given: every indicator weighs 1. */
  public static final IndicatorWeights EQUAL = new IndicatorWeights(ImmutableMap.of());

  private final ImmutableMap<IndicatorId, BigDecimal> weights;

  private IndicatorWeights(ImmutableMap<IndicatorId, BigDecimal> weights) {
    this.weights = weights;
  }

  /**
   * Returns the given weights.
   *
   * @param weights the weight of each indicator, at least 0
   * @return the weights
   * @throws InvalidValueException if a weight is negative, or too large or too precise (see {@link
   *     org.rbm.core.Decimals})
   */
  public static IndicatorWeights of(Map<IndicatorId, BigDecimal> weights) {
    ImmutableMap.Builder<IndicatorId, BigDecimal> kept = ImmutableMap.builder();
    for (Map.Entry<IndicatorId, BigDecimal> e : weights.entrySet()) {
      String field = "weights[" + requireNonNull(e.getKey(), "indicator") + "]";
      BigDecimal w = CanonicalDecimals.canonical(field, requireNonNull(e.getValue(), "weight"));
      if (w.signum() < 0) {
        throw new InvalidValueException(field, w, "a weight at least 0");
      }
      kept.put(e.getKey(), w);
    }
    return new IndicatorWeights(kept.buildOrThrow());
  }

  /**
   * Returns the weight of an indicator.
   *
   * @param indicator the indicator
   * @return its weight, 1 if not listed
   */
  public BigDecimal weight(IndicatorId indicator) {
    return weights.getOrDefault(indicator, BigDecimal.ONE);
  }

  /**
   * Returns the weights given.
   *
   * @return the weights, in the order given
   */
  public ImmutableMap<IndicatorId, BigDecimal> asMap() {
    return weights;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IndicatorWeights that && that.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /** Returns the weights such as {@code IND-1=2, IND-4=0.5}, or {@code equal}. */
  @Override
  public String toString() {
    return weights.isEmpty()
        ? "equal"
        : weights.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
            .collect(Collectors.joining(", "));
  }
}
