package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * A decimal number, such as {@code 30} or {@code 12.5}. Kept in canonical form (no trailing zeros),
 * so equal numbers are equal values: {@code 1.50} equals {@code 1.5}. Immutable and thread-safe.
 */
public final class NumericValue implements Value {
  private final BigDecimal amount;

  private NumericValue(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Returns the value of the given amount.
   *
   * @param amount the number
   * @return the value
   * @throws org.rbm.core.InvalidValueException if the amount has 30 or more integer digits or more
   *     than 20 decimal places
   */
  public static NumericValue of(BigDecimal amount) {
    return new NumericValue(CanonicalDecimals.canonical("value", requireNonNull(amount, "amount")));
  }

  /**
   * Returns the number.
   *
   * @return the amount, in canonical form
   */
  public BigDecimal amount() {
    return amount;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NumericValue that && that.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** Returns the number in plain notation, such as {@code 12.5}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
