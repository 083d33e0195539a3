package org.rbm.core.cycle;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.strategies.FundingSource;

/**
 * A total a Programme and Budget states for one funding source over the biennium, as printed in
 * the document; a rule compares it with the sum of the allocations.
 *
 * <pre>{@code
 * StatedTotal rb = StatedTotal.of(FundingSource.REGULAR_BUDGET, Money.parse("USD 9500000"));
 * }</pre>
 *
 * <p>Invariant checked when built: the amount is not negative. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class StatedTotal implements WithStatedTotal {
  StatedTotal() {}

  /**
   * Returns the funding source.
   *
   * @return the source
   */
  @Parameter
  public abstract FundingSource source();

  /**
   * Returns the total stated for the source.
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
   * Returns a stated total.
   *
   * @param source the funding source
   * @param amount the total, not negative
   * @return the stated total
   * @throws InvalidValueException if the amount is negative
   */
  public static StatedTotal of(FundingSource source, Money amount) {
    return ImmutableStatedTotal.of(source, amount);
  }
}
