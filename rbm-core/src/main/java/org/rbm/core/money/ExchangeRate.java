package org.rbm.core.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.Decimals;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.InvalidValueException;

/**
 * The price of one unit of a currency in another on a date, such as {@code 1 CHF = 0.8333 USD} on
 * 1 January 2008: the one way {@link Money} changes currency.
 *
 * <pre>{@code
 * ExchangeRate chfToUsd = ExchangeRate.of(
 *     Currency.getInstance("CHF"), Currency.getInstance("USD"),
 *     new BigDecimal("0.8333"), LocalDate.of(2008, 1, 1));
 * Money usd = chfToUsd.convert(Money.parse("CHF 1200000"));   // USD 999960
 * }</pre>
 *
 * <p>The rate is positive and kept canonical (without trailing zeros, within the bounds of {@link Decimals}); the two currencies
 * differ. {@link #convert} multiplies as {@link Money#multiply} does (exact product, rounded once,
 * half-even, to 20 decimal places); it does not round to the target currency's minor units, which
 * the caller asks for with {@link Money#roundToMinorUnits()}. The date is the rate's as-of date,
 * kept for the record; converting does not look at it. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class ExchangeRate implements WithExchangeRate {
  ExchangeRate() {}

  /**
   * Returns the currency converted from.
   *
   * @return the source currency, such as CHF
   */
  @Parameter
  public abstract Currency from();

  /**
   * Returns the currency converted to.
   *
   * @return the target currency, such as USD
   */
  @Parameter
  public abstract Currency to();

  /**
   * Returns the price of one unit of {@link #from()} in {@link #to()}.
   *
   * @return the rate, positive and canonical
   */
  @Parameter
  public abstract BigDecimal rate();

  /**
   * Returns the day the rate applies to, such as the UN operational rate of exchange's month.
   *
   * @return the as-of date
   */
  @Parameter
  public abstract LocalDate asOf();

  // equals, not compareTo: 0.80 and 0.8 differ in scale, and only the latter is canonical.
  @SuppressWarnings("BigDecimalEquals")
  @Check
  final ExchangeRate normalize() {
    if (from().equals(to())) {
      throw new InvalidValueException(
          "to", to(), "a currency other than " + from() + ", the one converted from");
    }
    if (rate().signum() <= 0) {
      throw new InvalidValueException("rate", rate(), "a rate above zero");
    }
    BigDecimal canonical = CanonicalDecimals.canonical("rate", rate());
    return canonical.equals(rate()) ? this : ImmutableExchangeRate.of(from(), to(), canonical, asOf());
  }

  /**
   * Returns a rate.
   *
   * @param from the currency converted from
   * @param to the currency converted to, not {@code from}
   * @param rate the price of one unit of {@code from} in {@code to}, above zero
   * @param asOf the day the rate applies to
   * @return the rate
   * @throws InvalidValueException if the currencies are the same, the rate is not above zero, or it
   *     is out of the SDK's limits (10^30, 20 decimal places)
   */
  public static ExchangeRate of(Currency from, Currency to, BigDecimal rate, LocalDate asOf) {
    return ImmutableExchangeRate.of(from, to, rate, asOf);
  }

  /**
   * Converts an amount in {@link #from()} into {@link #to()}.
   *
   * @param money an amount in {@link #from()}
   * @return the amount times the rate, in {@link #to()}, not rounded to minor units
   * @throws InvalidValueException if {@code money} is in another currency than {@link #from()}, or
   *     the result reaches 10^30
   */
  public final Money convert(Money money) {
    requireNonNull(money, "money");
    if (!money.currency().equals(from())) {
      throw new InvalidValueException(
          "money.currency",
          money.currency(),
          from().getCurrencyCode() + ", the currency this rate converts from (" + this + ")");
    }
    return Money.of(money.multiply(rate()).amount(), to());
  }

  /**
   * Returns the rate the other way round: one over the rate, in {@link Decimals#CONTEXT}, rounded
   * half-even to 20 decimal places; same date.
   *
   * @return the inverse rate, from {@link #to()} to {@link #from()}
   * @throws InvalidValueException if the inverse rounds to zero at 20 decimal places (a rate above
   *     2 &times; 10^20)
   */
  public final ExchangeRate inverse() {
    BigDecimal inverse = Money.bounded(BigDecimal.ONE.divide(rate(), Decimals.CONTEXT));
    if (inverse.signum() == 0) {
      throw new InvalidValueException(
          "rate", rate(), "a rate whose inverse is at least 10^-" + Decimals.MAX_FRACTION_DIGITS);
    }
    return of(to(), from(), inverse, asOf());
  }

  /** Returns the rate as {@code 1 CHF = 0.8333 USD on 2008-01-01}. */
  @Override
  public final String toString() {
    return "1 " + from() + " = " + rate().toPlainString() + " " + to() + " on " + asOf();
  }
}
