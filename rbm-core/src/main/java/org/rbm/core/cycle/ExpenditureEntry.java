package org.rbm.core.cycle;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * Money spent on one immediate outcome from one funding source over a period, as reported during
 * the biennium (from 2008-09, expenditure is reported per immediate outcome: GB.300/PFA/9/1,
 * paragraph 60).
 *
 * <pre>{@code
 * ExpenditureEntry e = ExpenditureEntry.ofYear(ResultId.of("IO2a.1"),
 *     FundingSource.REGULAR_BUDGET, 2008, Money.parse("USD 2100000"));
 * }</pre>
 *
 * <p>Invariant checked when built: the amount is not negative. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class ExpenditureEntry implements WithExpenditureEntry {
  ExpenditureEntry() {}

  /**
   * Returns the immediate outcome the money was spent on.
   *
   * @return the outcome's id
   */
  @Parameter
  public abstract ResultId outcome();

  /**
   * Returns where the money came from.
   *
   * @return the funding source
   */
  @Parameter
  public abstract FundingSource source();

  /**
   * Returns the period the spending covers: a year, a quarter, any range of days.
   *
   * @return the period
   */
  @Parameter
  public abstract DateRange period();

  /**
   * Returns the amount spent.
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
   * Returns spending over a period.
   *
   * @param outcome the immediate outcome
   * @param source the funding source
   * @param period the period covered
   * @param amount the amount spent, not negative
   * @return the entry
   * @throws InvalidValueException if the amount is negative
   */
  public static ExpenditureEntry of(
      ResultId outcome, FundingSource source, DateRange period, Money amount) {
    return ImmutableExpenditureEntry.of(outcome, source, period, amount);
  }

  /**
   * Returns spending over a calendar year.
   *
   * @param outcome the immediate outcome
   * @param source the funding source
   * @param year the year covered
   * @param amount the amount spent, not negative
   * @return the entry, over 1 January to 31 December of the year
   * @throws InvalidValueException if the amount is negative or the year out of range
   */
  public static ExpenditureEntry ofYear(
      ResultId outcome, FundingSource source, int year, Money amount) {
    return of(outcome, source, DateRange.ofYear(year), amount);
  }
}
