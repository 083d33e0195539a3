package org.rbm.core.cycle;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * Resources a Programme and Budget allocates to one immediate outcome, from one funding source, for
 * one year of the biennium: budgeting by results (GB.300/PFA/9/1, paragraphs 49-51).
 *
 * <pre>{@code
 * Allocation rb = Allocation.of(ResultId.of("IO2a.1"), FundingSource.REGULAR_BUDGET, 2008,
 *     Money.parse("USD 4500000"));
 * }</pre>
 *
 * <p>Invariant checked when built: the amount is not negative. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class Allocation implements WithAllocation {
  Allocation() {}

  /**
   * Returns the immediate outcome the resources are for.
   *
   * @return the outcome's id
   */
  @Parameter
  public abstract ResultId outcome();

  /**
   * Returns where the money comes from: the regular budget (RB), the Regular Budget Supplementary
   * Account (RBSA) or extra-budgetary technical cooperation (XBTC).
   *
   * @return the funding source
   */
  @Parameter
  public abstract FundingSource source();

  /**
   * Returns the year of the biennium.
   *
   * @return the year, such as 2008
   */
  @Parameter
  public abstract int year();

  /**
   * Returns the amount allocated.
   *
   * @return the amount, not negative
   */
  @Parameter
  public abstract Money amount();

  @Check
  final void check() {
    if (amount().isNegative()) {
      throw new InvalidValueException("amount", amount(), "an amount not below zero");
    }
  }

  /**
   * Returns an allocation.
   *
   * @param outcome the immediate outcome
   * @param source the funding source
   * @param year the year of the biennium
   * @param amount the amount, not negative
   * @return the allocation
   * @throws InvalidValueException if the amount is negative
   */
  public static Allocation of(ResultId outcome, FundingSource source, int year, Money amount) {
    return ImmutableAllocation.of(outcome, source, year, amount);
  }
}
