package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * Resources that one office level brings to one DWCP result from one funding source, such as
 * {@code new ResultResource(ResultId.of("KEN-1"), FundingSource.REGULAR_BUDGET,
 * OfficeLevel.COUNTRY_OFFICE, Money.parse("120000 USD"))}. Immutable and thread-safe.
 *
 * @param result the DWCP result
 * @param source the funding source
 * @param office the office level
 * @param amount the amount, not negative
 */
public record ResultResource(ResultId result, FundingSource source, OfficeLevel office, Money amount) {
  /**
   * Checks the amount.
   *
   * @throws InvalidValueException if the amount is negative
   */
  public ResultResource {
    requireNonNull(result, "result");
    requireNonNull(source, "source");
    requireNonNull(office, "office");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", amount, "an amount that is not negative");
    }
  }
}
