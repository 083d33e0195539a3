package org.rbm.core.cycle;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.money.Money;
import org.rbm.core.strategies.FundingSource;

/**
 * What was allocated to an outcome (or to the whole Programme and Budget) from one funding source
 * over the biennium, and what was spent from it as reported so far. Computed by {@link
 * ImplementationReport#of}. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class SourceFinance {
  SourceFinance() {}

  /**
   * Returns the funding source.
   *
   * @return RB, RBSA or XBTC
   */
  @Parameter
  public abstract FundingSource source();

  /**
   * Returns the amount allocated over the biennium.
   *
   * @return the allocation, zero if none
   */
  @Parameter
  public abstract Money allocated();

  /**
   * Returns the amount spent, every period reported.
   *
   * @return the expenditure, zero if none
   */
  @Parameter
  public abstract Money spent();

  /**
   * Returns the share of the allocation spent.
   *
   * @return spent / allocated, such as 0.4 for 40%; empty when nothing was allocated
   */
  public final Optional<BigDecimal> spentShare() {
    return allocated().isPositive()
        ? Optional.of(spent().ratioTo(allocated()))
        : Optional.empty();
  }

  static SourceFinance of(FundingSource source, Money allocated, Money spent) {
    return ImmutableSourceFinance.of(source, allocated, spent);
  }
}
