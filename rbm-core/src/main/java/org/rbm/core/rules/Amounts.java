package org.rbm.core.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.CanonicalDecimals;

/** Reads values as comparable numbers, for the rules that compare them. */
final class Amounts {
  private Amounts() {}

  /** The number a value stands for under a measure: {@link Measure#numberIn}. */
  static Optional<BigDecimal> of(Value value, Measure measure) {
    return measure.numberIn(value);
  }

  /** A number as people write it: plain notation, no trailing zeros. */
  static String format(BigDecimal amount) {
    return CanonicalDecimals.plain(amount).toPlainString();
  }
}
