package org.rbm.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/** The edges of {@link Money}'s limits and comparisons, each tried on both sides. */
class MoneyBoundariesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  /** 100 characters are read (trailing zeros are dropped), 101 are refused before reading. */
  @Test
  void parseReadsATextOfOneHundredCharactersAndRefusesOneMore() {
    String hundred = "USD 1." + "0".repeat(94);
    assertEquals(100, hundred.length());
    assertEquals(usd("1"), Money.parse(hundred));
    String longer = hundred + "0";
    assertEquals(
        "money: cannot parse \"" + longer + "\", expected an ISO 4217 currency code, one space and"
            + " a plain decimal amount, such as USD 1250000.50",
        assertThrows(RbmParseException.class, () -> Money.parse(longer)).getMessage());
  }

  /** An amount already at the currency's minor units needs no rounding, even UNNECESSARY. */
  @Test
  void anAmountAtTheMinorUnitsIsKeptEvenWithRoundingUnnecessary() {
    assertEquals(usd("1.25"), usd("1.25").roundToMinorUnits(RoundingMode.UNNECESSARY));
    assertEquals("USD 1.25", usd("1.25").roundToMinorUnits(RoundingMode.UNNECESSARY).toString());
    assertEquals(
        Money.of(new BigDecimal("1250"), JPY),
        Money.of(new BigDecimal("1250"), JPY).roundToMinorUnits(RoundingMode.UNNECESSARY));
    assertEquals(
        "amount: got USD 1.255, expected at most 2 decimal places, the minor units of USD",
        assertThrows(InvalidValueException.class,
            () -> usd("1.255").roundToMinorUnits(RoundingMode.UNNECESSARY)).getMessage());
  }

  @Test
  void anAmountIsNotLessThanItself() {
    assertFalse(usd("5").isLessThan(usd("5.00")));
    assertTrue(usd("4.99").isLessThan(usd("5")));
    assertFalse(usd("5.01").isLessThan(usd("5")));
  }

  /**
   * A product of 30 integer digits (below 10^30) is kept; one of 31 (10^30) is refused on the
   * factor, before it is rounded.
   */
  @Test
  void aProductJustBelowTenToTheThirtyIsKeptAndTenToTheThirtyRefusedOnTheFactor() {
    Money big = usd("1E+29");
    assertEquals("USD 9" + "0".repeat(29), big.multiply(new BigDecimal("9")).toString());
    assertEquals(
        "factor: got 10, expected a factor that keeps the product with USD 1" + "0".repeat(29)
            + " below 10^30 in magnitude",
        assertThrows(InvalidValueException.class, () -> big.multiply(BigDecimal.TEN))
            .getMessage());
  }
}
