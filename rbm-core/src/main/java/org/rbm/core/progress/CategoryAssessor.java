package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * The progress by category of one period: for each dimension of the indicator (in declaration
 * order), its declared categories in order, then any other category its values use, in
 * alphabetical order (so that the result does not depend on the order values were recorded in). Only values broken down by exactly one dimension and without location count. Linear
 * in the number of the period's values.
 */
final class CategoryAssessor {
  private CategoryAssessor() {}

  /** A category's target and actual, as met. */
  private static final class Pair {
    @Nullable Value target;
    @Nullable Value actual;
  }

  static ImmutableList<CategoryProgress> of(
      Indicator indicator, IndicatorPeriod period, Optional<Value> totalActual) {
    ImmutableList.Builder<CategoryProgress> out = ImmutableList.builder();
    if (indicator.disaggregationDimensions().isEmpty()) {
      return out.build();
    }
    @Nullable BigDecimal total = totalActual.flatMap(indicator.measure()::numberIn).orElse(null);
    for (String dimension : indicator.disaggregationDimensions()) {
      Map<String, Pair> byCategory = new LinkedHashMap<>();
      for (String category : indicator.dimensionCategories().get(dimension)) {
        byCategory.put(category, new Pair());
      }
      Map<String, Pair> others = new TreeMap<>();
      collect(dimension, period.targets(), true, byCategory, others);
      collect(dimension, period.actuals(), false, byCategory, others);
      byCategory.putAll(others);
      List<String> given = new ArrayList<>();
      for (Map.Entry<String, Pair> e : byCategory.entrySet()) {
        if (e.getValue().target != null || e.getValue().actual != null) {
          given.add(e.getKey());
        }
      }
      if (given.isEmpty()) {
        continue; // the period says nothing about this dimension
      }
      for (Map.Entry<String, Pair> e : byCategory.entrySet()) {
        Optional<Value> target = Optional.ofNullable(e.getValue().target);
        Optional<Value> actual = Optional.ofNullable(e.getValue().actual);
        @Nullable BigDecimal t = target.flatMap(indicator.measure()::numberIn).orElse(null);
        @Nullable BigDecimal a = actual.flatMap(indicator.measure()::numberIn).orElse(null);
        ImmutableCategoryProgress.Builder b =
            ImmutableCategoryProgress.builder()
                .dimension(dimension)
                .category(e.getKey())
                .target(target)
                .actual(actual);
        if (t != null && a != null && t.signum() != 0) {
          b.ratio(CanonicalDecimals.plain(a.divide(t, Decimals.CONTEXT)));
        }
        if (indicator.additive() && total != null && a != null && total.signum() != 0) {
          b.share(CanonicalDecimals.plain(a.divide(total, Decimals.CONTEXT)));
        }
        out.add(b.build());
      }
    }
    return out.build();
  }

  private static void collect(
      String dimension,
      List<DataPoint> points,
      boolean targets,
      Map<String, Pair> declared,
      Map<String, Pair> others) {
    for (DataPoint p : points) {
      var categories = p.disaggregation().categories();
      if (p.location().isEmpty() && categories.size() == 1 && categories.containsKey(dimension)) {
        String category = categories.get(dimension);
        Pair pair = declared.get(category);
        if (pair == null) {
          pair = others.computeIfAbsent(category, k -> new Pair());
        }
        if (targets) {
          pair.target = p.value();
        } else {
          pair.actual = p.value();
        }
      }
    }
  }
}
