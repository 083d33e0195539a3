package org.rbm.core.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;

/** Reads values as comparable numbers, for the rules that compare them. */
final class Amounts {
  private Amounts() {}

  /**
   * The number a value stands for under a measure: the amount of a number; a fraction's percent
   * for a percentage, its quotient otherwise; nothing for text.
   */
  static Optional<BigDecimal> of(Value value, Measure measure) {
    if (value instanceof NumericValue n) {
      return Optional.of(n.amount());
    }
    if (value instanceof FractionValue f) {
      return Optional.of(measure == Measure.PERCENTAGE ? f.percent() : f.quotient());
    }
    return Optional.empty(); // a TextValue: the only other kind of the sealed Value
  }

  /** A number as people write it: plain notation, no trailing zeros. */
  static String format(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
