package org.rbm.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;

/**
 * The canonical form of the SDK's amounts, behind {@link Decimals}' documented limits: no trailing
 * zeros, never a negative scale, so that {@code 1.50} and {@code 1.5} are one value and {@code 1E+2}
 * prints as {@code 100}. Internal: the model's factories call it; users see only the limits.
 */
public final class CanonicalDecimals {
  private CanonicalDecimals() {}

  /**
   * Returns the amount in its canonical form, checked against the limits of a value.
   *
   * @param field the field being set, for the message
   * @param amount the amount to check
   * @return the canonical amount
   * @throws InvalidValueException if the amount has {@value Decimals#MAX_INTEGER_DIGITS} or more
   *     integer digits or more than {@value Decimals#MAX_FRACTION_DIGITS} decimal places
   */
  @CanIgnoreReturnValue // called for its check alone, it refuses an amount out of bounds
  public static BigDecimal canonical(String field, BigDecimal amount) {
    requireNonNull(field, "field");
    requireNonNull(amount, "amount");
    // Checked before any arithmetic: an amount like 1e999999999 must not be expanded.
    long integerDigits = (long) amount.precision() - amount.scale();
    if (amount.signum() != 0 && integerDigits > Decimals.MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          field,
          abbreviate(amount),
          "an amount below 10^" + Decimals.MAX_INTEGER_DIGITS + " in magnitude");
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > Decimals.MAX_FRACTION_DIGITS) {
      throw new InvalidValueException(
          field, abbreviate(amount), "at most " + Decimals.MAX_FRACTION_DIGITS + " decimal places");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns a computed number (a quotient, a sum) in canonical form, without checking limits: the
   * callers' numbers are bounded by the values they were computed from.
   *
   * @param x the number
   * @return {@code x} without trailing zeros and with a scale of at least 0; {@code 0} for zero
   */
  public static BigDecimal plain(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = x.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Shortens a number for a message: scientific notation keeps a huge exponent short, and a long
   * number is cut at 60 characters.
   *
   * @param x the number
   * @return its text, at most 60 characters
   */
  public static String abbreviate(BigDecimal x) {
    String text = x.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
