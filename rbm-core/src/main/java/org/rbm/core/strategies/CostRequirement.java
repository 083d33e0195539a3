package org.rbm.core.strategies;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.money.Money;

/**
 * What a strategy needs from one funding source, such as {@code 2 500 000 USD} from the regular
 * budget.
 *
 * <pre>{@code
 * CostRequirement rb = CostRequirement.of(
 *     FundingSource.REGULAR_BUDGET, new BigDecimal("2500000"), Currency.getInstance("USD"));
 * }</pre>
 *
 * <p>The amount is kept canonical (without trailing zeros: {@code 2500000.00} and {@code
 * 2500000} are one amount). Construction accepts zero and negative amounts, so that a strategy
 * taken from a document can be built as it is; the criterion "cost requirements clearly
 * established" reports them. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class CostRequirement implements WithCostRequirement {
  CostRequirement() {}

  /**
   * Returns the funding source.
   *
   * @return the source
   */
  @Parameter
  public abstract FundingSource source();

  /**
   * Returns the amount, in {@link #currency()}.
   *
   * @return the amount, canonical
   */
  @Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the currency of the amount.
   *
   * @return the currency, such as USD
   */
  @Parameter
  public abstract Currency currency();

  // equals, not compareTo: 2500000.00 and 2500000 differ in scale, and only the latter is canonical.
  @SuppressWarnings("BigDecimalEquals")
  @Check
  final CostRequirement normalize() {
    BigDecimal canonical = CanonicalDecimals.canonical("amount", amount());
    return canonical.equals(amount()) ? this : ImmutableCostRequirement.of(source(), canonical, currency());
  }

  /**
   * Returns a cost requirement.
   *
   * @param source the funding source
   * @param amount the amount
   * @param currency the currency
   * @return the requirement
   * @throws InvalidValueException if the amount has 30 or more integer digits or more than 20
   *     decimal places
   */
  public static CostRequirement of(FundingSource source, BigDecimal amount, Currency currency) {
    return ImmutableCostRequirement.of(source, amount, currency);
  }

  /** Returns the amount and currency by source, such as {@code REGULAR_BUDGET 2500000 USD}. */
  /**
   * Returns a cost requirement from an amount with its currency.
   *
   * <pre>{@code
   * CostRequirement.of(FundingSource.RBSA, Money.parse("USD 2500000"));
   * }</pre>
   *
   * @param source the funding source
   * @param amount the amount with its currency; any sign (the criteria report amounts that are not
   *     positive)
   * @return the requirement, equal to {@code of(source, amount.amount(), amount.currency())}
   */
  public static CostRequirement of(FundingSource source, Money amount) {
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(amount, "amount");
    return of(source, amount.amount(), amount.currency());
  }

  /**
   * Returns the amount with its currency, for arithmetic with other {@link Money}.
   *
   * @return the amount, such as {@code USD 2500000}
   */
  public final Money money() {
    return Money.of(amount(), currency());
  }

  @Override
  public final String toString() {
    return source() + " " + amount().toPlainString() + " " + currency();
  }
}
