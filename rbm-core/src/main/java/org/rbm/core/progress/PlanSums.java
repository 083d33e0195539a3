package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;

/** The exact sums of the plan's aggregations: of numbers, and of fractions by their parts. */
final class PlanSums {
  private PlanSums() {}

  /** The exact sum of numeric values; empty if there are none. */
  static Optional<Value> sum(Supplier<String> field, Collection<Value> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Value v : values) {
      sum = sum.add(((NumericValue) v).amount());
    }
    BigDecimal total = sum;
    return Optional.of(checked(field, total, () -> Value.of(total)));
  }

  /** Sums numerators and denominators separately; empty if there are none. */
  static Optional<Value> sumOfParts(Supplier<String> field, Collection<Value> fractions) {
    if (fractions.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    for (Value v : fractions) {
      FractionValue f = (FractionValue) v;
      numerator = numerator.add(f.numerator());
      denominator = denominator.add(f.denominator());
    }
    BigDecimal n = numerator;
    BigDecimal d = denominator;
    return Optional.of(checked(field, n.max(d), () -> Value.fraction(n, d)));
  }

  /**
   * Builds a sum, naming the field whose values add up beyond a value's limit; the field's name is
   * made only then.
   */
  private static Value checked(Supplier<String> field, BigDecimal shown, Supplier<Value> sum) {
    try {
      return sum.get();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          field.get(),
          "a sum of " + shown.toPlainString(),
          "values whose sum stays below 10^" + Decimals.MAX_INTEGER_DIGITS);
    }
  }

  static boolean allFractions(Collection<Value> values) {
    return values.stream().allMatch(FractionValue.class::isInstance);
  }
}
