package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/** The bounds of a computed figure (a ratio, a score, an expected value, a share, a mean). */
final class Figures {
  /** The most integer digits a computed figure may have. */
  static final int MAX_INTEGER_DIGITS = 200;

  /** The most decimal places a computed figure may have. */
  static final int MAX_DECIMAL_PLACES = 400;

  private Figures() {}

  /**
   * Checks a computed figure given from outside (a JSON document). The bounds are wider than a
   * value's, since the calculator's quotients (of values below 10^30 with at most 20 decimal places,
   * or of percents of such fractions, divided in {@link org.rbm.core.Decimals#CONTEXT}) stay within
   * 10^±100 with 34 significant digits, and a weighted mean within 10^-150; yet narrow enough that
   * formatting and comparing a figure stays cheap.
   */
  static void check(String field, Optional<BigDecimal> figure) {
    figure.ifPresent(x -> check(field, x));
  }

  static void check(String field, BigDecimal x) {
    if (x.signum() == 0) {
      return;
    }
    // Checked without arithmetic: 1E-999999999 must not be expanded.
    long integerDigits = (long) x.precision() - x.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || x.scale() > MAX_DECIMAL_PLACES) {
      throw new InvalidValueException(
          field,
          CanonicalDecimals.abbreviate(x),
          "a number below 10^"
              + MAX_INTEGER_DIGITS
              + " in magnitude with at most "
              + MAX_DECIMAL_PLACES
              + " decimal places");
    }
  }
}
