package org.rbm.core.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * An amount of money in one currency, such as {@code USD 1250000.5}: an exact {@link BigDecimal}
 * with an ISO 4217 {@link Currency}.
 *
 * <pre>{@code
 * Money rb = Money.parse("USD 1250000.50");
 * Money rbsa = Money.of(new BigDecimal("300000"), Currency.getInstance("USD"));
 * Money total = rb.plus(rbsa);                       // USD 1550000.5
 * Money share = total.multiply(new BigDecimal("0.1")); // USD 155000.05
 * }</pre>
 *
 * <p><b>Canonical form.</b> The amount is kept as the SDK keeps every amount of
 * the SDK: without trailing zeros, below 10^{@value Decimals#MAX_INTEGER_DIGITS} in magnitude, with
 * at most {@value Decimals#MAX_FRACTION_DIGITS} decimal places. So {@code USD 1250000.50} and {@code
 * USD 1250000.5} are one value, and {@link #equals} compares currency and amount. Zero and negative
 * amounts are allowed (a difference may be negative); documents that need non-negative amounts
 * check them.
 *
 * <p><b>Text.</b> {@link #toString()} prints the currency code, one space, and the amount in plain
 * decimal notation: an optional {@code -}, digits, and a {@code .} before the decimal places, if
 * any; no grouping, no exponent, the same in every locale ({@code USD 1250000.5}, {@code EUR -3},
 * {@code JPY 0}). {@link #parse} reads that form, also with trailing zeros ({@code USD
 * 1250000.50}), so {@code parse(m.toString())} equals {@code m}.
 *
 * <p><b>Arithmetic.</b> {@link #plus} and {@link #minus} are exact. {@link #multiply} computes the
 * exact product and rounds it once, half-even, to {@value Decimals#MAX_FRACTION_DIGITS} decimal
 * places. {@link #roundToMinorUnits()} rounds to the currency's minor units (two places for USD,
 * none for JPY) when asked; nothing rounds to them implicitly. Amounts in different currencies are
 * never added, subtracted or compared: that is an {@link InvalidValueException} naming both
 * currencies; convert first with an {@link ExchangeRate}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  private static final Pattern FORM = Pattern.compile("([A-Z]{3}) (-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?)");
  private static final String EXPECTED =
      "an ISO 4217 currency code, one space and a plain decimal amount, such as USD 1250000.50";
  /** Longer text cannot hold an amount within the SDK's limits, even with trailing zeros. */
  private static final int MAX_TEXT_LENGTH = 100;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Returns an amount in a currency.
   *
   * @param amount the amount, such as {@code 1250000.50}; kept canonical ({@code 1250000.5})
   * @param currency the currency
   * @return the money
   * @throws InvalidValueException if the amount has {@value Decimals#MAX_INTEGER_DIGITS} or more
   *     integer digits or more than {@value Decimals#MAX_FRACTION_DIGITS} decimal places
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(currency, "currency");
    return new Money(CanonicalDecimals.canonical("amount", amount), currency);
  }

  /**
   * Returns zero in a currency, the sum of no amounts.
   *
   * @param currency the currency
   * @return zero, such as {@code USD 0}
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, requireNonNull(currency, "currency"));
  }

  /**
   * Reads the form {@link #toString()} prints: {@code USD 1250000.5}, also with trailing zeros
   * ({@code USD 1250000.50}) and negative ({@code EUR -3}).
   *
   * @param text the text
   * @return the money
   * @throws RbmParseException if the text has another form (lower-case or unknown currency code,
   *     grouping, exponent, {@code +}, spaces other than the one separator), or the amount is out of
   *     the SDK's limits
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new RbmParseException("money", text, EXPECTED);
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new RbmParseException("money", text, EXPECTED);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new RbmParseException("money", text, "a currency code of ISO 4217, such as USD");
    }
    try {
      return of(new BigDecimal(m.group(2)), currency);
    } catch (InvalidValueException e) {
      throw new RbmParseException("money", text, e);
    }
  }

  /**
   * Adds amounts of one currency: the sum of none is {@link #zero}.
   *
   * @param currency the currency of the sum, and of every amount
   * @param amounts the amounts
   * @return the exact sum
   * @throws InvalidValueException if an amount is in another currency (the field names its
   *     position, {@code amounts[2].currency}), or the sum reaches 10^{@value
   *     Decimals#MAX_INTEGER_DIGITS}
   */
  public static Money sum(Currency currency, Iterable<Money> amounts) {
    requireNonNull(currency, "currency");
    requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    for (Money m : amounts) {
      requireNonNull(m, "amounts[" + i + "]");
      if (!m.currency.equals(currency)) {
        throw new InvalidValueException(
            "amounts[" + i + "].currency",
            m.currency,
            currency.getCurrencyCode() + ", the currency of the sum; convert with an ExchangeRate");
      }
      total = total.add(m.amount);
      i++;
    }
    return of(total, currency);
  }

  /**
   * Returns the amount.
   *
   * @return the amount, canonical (no trailing zeros)
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency, such as USD
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws InvalidValueException if {@code other} is in another currency, or the sum reaches
   *     10^{@value Decimals#MAX_INTEGER_DIGITS}
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount.add(other.amount), currency);
  }

  /**
   * Subtracts an amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the exact difference, negative if {@code other} is larger
   * @throws InvalidValueException if {@code other} is in another currency, or the difference
   *     reaches 10^{@value Decimals#MAX_INTEGER_DIGITS} in magnitude
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return of(amount.subtract(other.amount), currency);
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return {@code -this}
   */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Multiplies by a factor, such as a share or a rate: the exact product, rounded once,
   * {@linkplain RoundingMode#HALF_EVEN half-even}, to {@value Decimals#MAX_FRACTION_DIGITS} decimal
   * places (the SDK's limit), then kept canonical.
   *
   * @param factor the factor
   * @return the product, in this currency
   * @throws InvalidValueException if the product reaches 10^{@value Decimals#MAX_INTEGER_DIGITS} in
   *     magnitude
   */
  public Money multiply(BigDecimal factor) {
    requireNonNull(factor, "factor");
    BigDecimal product = amount.multiply(factor);
    if (tooLarge(product)) {
      throw new InvalidValueException(
          "factor",
          factor,
          "a factor that keeps the product with " + this + " below 10^"
              + Decimals.MAX_INTEGER_DIGITS + " in magnitude");
    }
    return of(bounded(product), currency);
  }

  /**
   * Divides by another amount of the same currency, such as spending by allocation, in {@link
   * Decimals#CONTEXT} (34 significant digits, half-even).
   *
   * @param divisor the amount to divide by, not zero
   * @return the ratio, such as {@code 0.75} for USD 75 over USD 100
   * @throws InvalidValueException if {@code divisor} is in another currency or is zero
   */
  public BigDecimal ratioTo(Money divisor) {
    requireSameCurrency(divisor);
    if (divisor.isZero()) {
      throw new InvalidValueException("divisor", divisor, "an amount other than zero");
    }
    return amount.divide(divisor.amount, Decimals.CONTEXT);
  }

  /**
   * Rounds half-even to the currency's minor units: two decimal places for USD and EUR, none for
   * JPY, three for KWD. A currency without minor units in ISO 4217 (such as XAU, gold) keeps its
   * amount as it is.
   *
   * @return the rounded amount
   */
  public Money roundToMinorUnits() {
    return roundToMinorUnits(RoundingMode.HALF_EVEN);
  }

  /**
   * Rounds to the currency's minor units by the given rule. A currency without minor units in ISO
   * 4217 (such as XAU, gold) keeps its amount as it is.
   *
   * @param rounding how to round, such as {@link RoundingMode#HALF_UP}
   * @return the rounded amount
   * @throws InvalidValueException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     amount has more decimal places than the currency's minor units
   */
  public Money roundToMinorUnits(RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || amount.scale() <= digits) {
      return this;
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new InvalidValueException(
          "amount", this, "at most " + digits + " decimal places, the minor units of " + currency);
    }
    return of(amount.setScale(digits, rounding), currency);
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return whether the amount is negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return whether the amount is zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return whether the amount is positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Tells whether this amount is larger than another of the same currency.
   *
   * @param other the amount to compare with
   * @return whether this amount is larger
   * @throws InvalidValueException if {@code other} is in another currency
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this amount is smaller than another of the same currency.
   *
   * @param other the amount to compare with
   * @return whether this amount is smaller
   * @throws InvalidValueException if {@code other} is in another currency
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Orders amounts of one currency by size; consistent with {@link #equals}, since amounts are
   * canonical. Amounts of different currencies have no order.
   *
   * @throws InvalidValueException if {@code other} is in another currency
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money that
        && that.currency.equals(currency)
        && that.amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    // Canonical amounts: equal values have equal scales, so BigDecimal.hashCode agrees with equals.
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * Returns the currency code, one space and the plain amount, such as {@code USD 1250000.5}, in
   * every locale; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new InvalidValueException(
          "other.currency",
          other.currency,
          currency.getCurrencyCode() + ", the currency of " + this + "; convert with an ExchangeRate");
    }
  }

  /** Tells whether an exact result reaches 10^30 in magnitude, without expanding it. */
  static boolean tooLarge(BigDecimal exact) {
    return exact.signum() != 0
        && (long) exact.precision() - exact.scale() > Decimals.MAX_INTEGER_DIGITS;
  }

  /**
   * Rounds an exact result below 10^30 once, half-even, to the SDK's decimal places. A result
   * below 10^-21 in magnitude is zero at once: rescaling 1e-999999999 would cost a billion digits.
   */
  static BigDecimal bounded(BigDecimal exact) {
    if ((long) exact.precision() - exact.scale() <= -(Decimals.MAX_FRACTION_DIGITS + 1)) {
      return BigDecimal.ZERO;
    }
    return exact.scale() > Decimals.MAX_FRACTION_DIGITS
        ? exact.setScale(Decimals.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN)
        : exact;
  }
}
