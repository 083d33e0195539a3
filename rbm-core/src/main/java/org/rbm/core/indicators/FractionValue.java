package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * A value given as numerator and denominator, such as 12 of 40 trained staff ({@code 12/40}).
 * Percentages and ratios given this way aggregate by summing numerators and denominators, never by
 * averaging quotients. Immutable and thread-safe.
 */
public final class FractionValue implements Value {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private FractionValue(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the fraction {@code numerator / denominator}.
   *
   * @param numerator the numerator, at least zero
   * @param denominator the denominator, greater than zero
   * @return the value
   * @throws InvalidValueException if the numerator is negative, the denominator is not positive,
   *     or either is too large or too precise (see {@link Decimals})
   */
  public static FractionValue of(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal n = CanonicalDecimals.canonical("numerator", requireNonNull(numerator, "numerator"));
    BigDecimal d = CanonicalDecimals.canonical("denominator", requireNonNull(denominator, "denominator"));
    if (n.signum() < 0) {
      throw new InvalidValueException("numerator", n.toPlainString(), "a number at least 0");
    }
    if (d.signum() <= 0) {
      throw new InvalidValueException("denominator", d.toPlainString(), "a number greater than 0");
    }
    return new FractionValue(n, d);
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator, at least zero
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator, greater than zero
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Returns numerator divided by denominator, in {@link Decimals#CONTEXT}.
   *
   * @return the quotient, such as {@code 0.3} for {@code 12/40}
   */
  public BigDecimal quotient() {
    return numerator.divide(denominator, Decimals.CONTEXT);
  }

  /**
   * Returns the quotient in percent, in {@link Decimals#CONTEXT}.
   *
   * @return such as {@code 30} for {@code 12/40}
   */
  public BigDecimal percent() {
    return numerator.multiply(HUNDRED).divide(denominator, Decimals.CONTEXT);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FractionValue that
        && that.numerator.equals(numerator)
        && that.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** Returns {@code numerator/denominator}, such as {@code 12/40}. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
