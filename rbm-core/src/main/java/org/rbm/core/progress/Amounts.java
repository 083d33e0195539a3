package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;

/** The numbers behind values, and the exact sums of the plan's aggregations. */
final class Amounts {
  private Amounts() {}

  /**
   * The number a value stands for: the amount of a number; a fraction's percent for a percentage,
   * its quotient otherwise; nothing for text.
   */
  static Optional<BigDecimal> of(Measure measure, Value value) {
    if (value instanceof NumericValue n) {
      return Optional.of(n.amount());
    }
    if (value instanceof FractionValue f) {
      return Optional.of(tidy(measure == Measure.PERCENTAGE ? f.percent() : f.quotient()));
    }
    return Optional.empty();
  }

  /** Drops trailing zeros, so that results compare with {@code equals} as they do by value. */
  static BigDecimal tidy(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = x.stripTrailingZeros();
    // A negative scale (1E+2) would print in scientific notation; such values are small enough here
    // (at most 10^30 times a count of periods) to set plainly.
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The exact sum of numeric values; empty if there are none. */
  static Optional<Value> sum(String field, Collection<Value> values) {
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

  /** Builds a sum, naming the field whose values add up beyond a value's limit. */
  private static Value checked(String field, BigDecimal shown, Supplier<Value> sum) {
    try {
      return sum.get();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          field,
          "a sum of " + shown.toPlainString(),
          "values whose sum stays below 10^" + Decimals.MAX_INTEGER_DIGITS);
    }
  }

  /** Sums numerators and denominators separately; empty if there are none. */
  static Optional<Value> sumOfParts(String field, Collection<Value> fractions) {
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

  /** The most integer digits a computed figure (ratio, score, expected value, mean) may have. */
  static final int MAX_FIGURE_INTEGER_DIGITS = 200;

  /** The most decimal places a computed figure may have. */
  static final int MAX_FIGURE_DECIMAL_PLACES = 400;

  /**
   * Checks a computed figure given from outside (a builder, a JSON document). The bounds are wider
   * than {@link Decimals#canonical}'s, since the calculator's quotients (of values below 10^30 with
   * at most 20 decimal places, or of percents of such fractions, divided in {@link
   * Decimals#CONTEXT}) stay within 10^±100 with 34 significant digits, and a weighted mean within
   * 10^-150; yet narrow enough that formatting and comparing a figure stays cheap.
   */
  static void checkFigure(String field, Optional<BigDecimal> figure) {
    figure.ifPresent(x -> checkFigure(field, x));
  }

  static void checkFigure(String field, BigDecimal x) {
    if (x.signum() == 0) {
      return;
    }
    // Checked without arithmetic: 1E-999999999 must not be expanded.
    long integerDigits = (long) x.precision() - x.scale();
    if (integerDigits > MAX_FIGURE_INTEGER_DIGITS || x.scale() > MAX_FIGURE_DECIMAL_PLACES) {
      throw new InvalidValueException(
          field,
          abbreviate(x),
          "a number below 10^"
              + MAX_FIGURE_INTEGER_DIGITS
              + " in magnitude with at most "
              + MAX_FIGURE_DECIMAL_PLACES
              + " decimal places");
    }
  }

  /** Scientific notation keeps a huge exponent short; a long number is cut. */
  static String abbreviate(BigDecimal x) {
    String text = x.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  static boolean allNumbers(Collection<Value> values) {
    return values.stream().allMatch(NumericValue.class::isInstance);
  }

  static boolean allFractions(Collection<Value> values) {
    return values.stream().allMatch(FractionValue.class::isInstance);
  }
}
