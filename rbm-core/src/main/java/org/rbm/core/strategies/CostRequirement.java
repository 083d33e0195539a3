package org.rbm.core.strategies;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
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
 * <p>The requirement stores a {@link Money}, so the amount is kept canonical as every amount is
 * (without trailing zeros: {@code 2500000.00} and {@code 2500000} are one amount). Construction accepts zero and negative amounts, so that a strategy
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
   * Returns the amount with its currency, for arithmetic with other {@link Money}.
   *
   * @return the amount, such as {@code USD 2500000}; canonical, as every {@link Money} is
   */
  @Parameter
  public abstract Money money();

  /**
   * Returns the amount, in {@link #currency()}: the amount of {@link #money()}.
   *
   * @return the amount, canonical
   */
  public final BigDecimal amount() {
    return money().amount();
  }

  /**
   * Returns the currency of the amount: the currency of {@link #money()}.
   *
   * @return the currency, such as USD
   */
  public final Currency currency() {
    return money().currency();
  }

  /**
   * Returns a cost requirement.
   *
   * @param source the funding source
   * @param amount the amount
   * @param currency the currency
   * @return the requirement, equal to {@code of(source, Money.of(amount, currency))}
   * @throws InvalidValueException if the amount has 30 or more integer digits or more than 20
   *     decimal places
   */
  public static CostRequirement of(FundingSource source, BigDecimal amount, Currency currency) {
    return of(source, Money.of(amount, currency));
  }

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
   * @return the requirement
   */
  public static CostRequirement of(FundingSource source, Money amount) {
    return ImmutableCostRequirement.of(source, amount);
  }

  /** Returns the amount and currency by source, such as {@code REGULAR_BUDGET 2500000 USD}. */
  @Override
  public final String toString() {
    return source() + " " + amount().toPlainString() + " " + currency();
  }
}
