package org.rbm.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The SDK's one rule for decimal arithmetic: every quotient the SDK computes (a fraction's value, an
 * achievement ratio) uses {@link #CONTEXT}, 34 significant digits rounded half-even (IEEE 754
 * decimal128). Values a person reads are never {@code double}.
 */
public final class Decimals {
  /** 34 significant digits, {@link RoundingMode#HALF_EVEN}: the context of every division. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** The largest magnitude a value may have: an amount must be below 10^30 in absolute value. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most decimal places a value may have. */
  public static final int MAX_FRACTION_DIGITS = 20;

  private Decimals() {}

  /**
   * Returns the amount in its canonical form, without trailing zeros, so that {@code 1.50} and
   * {@code 1.5} are one value. Called for its check alone, with the result ignored, it refuses an
   * amount out of bounds.
   *
   * @param field the field being set, for the message
   * @param amount the amount to check
   * @return the canonical amount
   * @throws InvalidValueException if the amount has {@value #MAX_INTEGER_DIGITS} or more integer
   *     digits or more than {@value #MAX_FRACTION_DIGITS} decimal places
   */
  @CanIgnoreReturnValue
  public static BigDecimal canonical(String field, BigDecimal amount) {
    requireNonNull(field, "field");
    requireNonNull(amount, "amount");
    // Checked before any arithmetic: an amount like 1e999999999 must not be expanded.
    long integerDigits = (long) amount.precision() - amount.scale();
    if (amount.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          field, abbreviate(amount), "an amount below 10^" + MAX_INTEGER_DIGITS + " in magnitude");
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_FRACTION_DIGITS) {
      throw new InvalidValueException(
          field, abbreviate(amount), "at most " + MAX_FRACTION_DIGITS + " decimal places");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String abbreviate(BigDecimal amount) {
    // toString() keeps scientific notation, so a huge exponent stays short.
    String text = amount.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
