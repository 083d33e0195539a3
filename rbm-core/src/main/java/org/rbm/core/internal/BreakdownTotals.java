package org.rbm.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;

/**
 * The total of a period's targets (or actuals) derived from a complete breakdown, for the progress
 * calculator, and why it cannot be derived, for the rules: one answer for both.
 *
 * <p>A total is derived only for the whole (points without location), only when none is given,
 * only for an {@linkplain Indicator#additive() additive} indicator, and only from a breakdown by
 * one dimension with {@linkplain Indicator#dimensionCategories() declared categories} that gives a
 * value for each of them: the first such dimension in the order of declaration. Numbers add up;
 * fractions add numerators and denominators; a breakdown mixing both, or whose sum reaches the
 * limit of a value, gives none. Linear in the number of points.
 */
public final class BreakdownTotals {
  private BreakdownTotals() {}

  /** Why the total of breakdown-only points cannot be derived. */
  public enum Reason {
    /** The indicator's measure does not add up. */
    NOT_ADDITIVE,
    /** The dimension's declared categories are not all given. */
    INCOMPLETE,
    /** The dimension has no declared categories, so no breakdown by it is known to be complete. */
    UNDECLARED,
    /** The values are of different kinds, or their sum is beyond a value's limit. */
    NOT_SUMMABLE
  }

  /**
   * Why a total cannot be derived.
   *
   * @param reason the reason
   * @param dimension the dimension looked at (the first of the breakdown's, in declaration order)
   * @param missing the declared categories without a value, for {@link Reason#INCOMPLETE}
   */
  public record Gap(Reason reason, String dimension, ImmutableList<String> missing) {}

  /**
   * Returns the total derived from the points' complete breakdown, when no total is given.
   *
   * @param indicator the indicator the points belong to
   * @param points one period's targets or actuals
   * @return the derived total; empty when a total is given or none can be derived
   */
  public static Optional<Value> derive(Indicator indicator, List<DataPoint> points) {
    if (!indicator.additive() || hasTotal(points)) {
      return Optional.empty();
    }
    Map<String, Map<String, Value>> byDimension = singleDimension(points);
    for (String dimension : indicator.dimensionCategories().keySet()) {
      Map<String, Value> given = byDimension.get(dimension);
      ImmutableSet<String> declared = indicator.dimensionCategories().get(dimension);
      if (given != null && given.keySet().containsAll(declared)) {
        List<Value> values = new ArrayList<>(declared.size());
        for (String category : declared) {
          values.add(given.get(category));
        }
        Optional<Value> sum = sum(values);
        if (sum.isPresent()) {
          return sum;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns why no total can be derived from points given only by breakdown.
   *
   * @param indicator the indicator the points belong to
   * @param points one period's targets or actuals
   * @return the gap; empty when a total is given, none is needed (no breakdown without location)
   *     or one can be derived
   */
  public static Optional<Gap> gap(Indicator indicator, List<DataPoint> points) {
    if (hasTotal(points)) {
      return Optional.empty();
    }
    @Nullable String dimension = null;
    for (String d : indicator.disaggregationDimensions()) {
      for (DataPoint p : points) {
        if (p.location().isEmpty() && p.disaggregation().categories().containsKey(d)) {
          dimension = d;
          break;
        }
      }
      if (dimension != null) {
        break;
      }
    }
    if (dimension == null) {
      return Optional.empty();
    }
    if (!indicator.additive()) {
      return Optional.of(new Gap(Reason.NOT_ADDITIVE, dimension, ImmutableList.of()));
    }
    if (derive(indicator, points).isPresent()) {
      return Optional.empty();
    }
    ImmutableSet<String> declared = indicator.dimensionCategories().get(dimension);
    if (declared.isEmpty()) {
      return Optional.of(new Gap(Reason.UNDECLARED, dimension, ImmutableList.of()));
    }
    Map<String, Value> given = singleDimension(points).getOrDefault(dimension, Map.of());
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (String category : declared) {
      if (!given.containsKey(category)) {
        missing.add(category);
      }
    }
    ImmutableList<String> absent = missing.build();
    return Optional.of(
        new Gap(absent.isEmpty() ? Reason.NOT_SUMMABLE : Reason.INCOMPLETE, dimension, absent));
  }

  private static boolean hasTotal(List<DataPoint> points) {
    for (DataPoint p : points) {
      if (p.disaggregation().isTotal() && p.location().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The values without location broken down by exactly one dimension: by dimension, category. */
  private static Map<String, Map<String, Value>> singleDimension(List<DataPoint> points) {
    Map<String, Map<String, Value>> byDimension = new HashMap<>();
    for (DataPoint p : points) {
      var categories = p.disaggregation().categories();
      if (p.location().isEmpty() && categories.size() == 1) {
        var e = categories.entrySet().iterator().next();
        byDimension.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(e.getValue(), p.value());
      }
    }
    return byDimension;
  }

  private static Optional<Value> sum(List<Value> values) {
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    int fractions = 0;
    for (Value v : values) {
      if (v instanceof NumericValue n) {
        amount = amount.add(n.amount());
      } else if (v instanceof FractionValue f) {
        amount = amount.add(f.numerator());
        denominator = denominator.add(f.denominator());
        fractions++;
      } else {
        return Optional.empty();
      }
    }
    try {
      if (fractions == 0) {
        return Optional.of(Value.of(amount));
      }
      return fractions == values.size()
          ? Optional.of(Value.fraction(amount, denominator))
          : Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.empty(); // beyond a value's limit: no total rather than a failure
    }
  }
}
