package org.rbm.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  /** Amounts in USD with up to four decimal places, below 10^12 in magnitude. */
  static Gen<Money> usdAmounts() {
    return SourceDSL.longs()
        .between(-999_999_999_999_999L, 999_999_999_999_999L)
        .zip(SourceDSL.integers().between(0, 4), (unscaled, scale) ->
            Money.of(BigDecimal.valueOf(unscaled, scale), USD));
  }

  @Test
  void computesTheExampleOfTheDocumentation() {
    Money total = Money.parse("USD 1250000.50").plus(usd("300000"));
    assertEquals(usd("1550000.5"), total);
    assertEquals("USD 155000.05", total.multiply(new BigDecimal("0.1")).toString());
  }

  @Test
  void keepsAmountsCanonical() {
    assertEquals("USD 1250000.5", usd("1250000.50").toString());
    assertEquals(new BigDecimal("1250000.5"), usd("1250000.50").amount());
    assertEquals("USD 2500000", usd("2.5E6").toString());
    assertEquals("USD 0", usd("0.000").toString());
    assertEquals("EUR -3", Money.of(new BigDecimal("-3.00"), EUR).toString());
  }

  @Test
  void rejectsAmountsOutOfTheSdksLimits() {
    assertEquals(
        "amount: got \"1E+30\", expected an amount below 10^30 in magnitude",
        assertThrows(InvalidValueException.class, () -> usd("1E+30")).getMessage());
    assertEquals(
        "amount: got \"1E-21\", expected at most 20 decimal places",
        assertThrows(InvalidValueException.class, () -> usd("0.000000000000000000001"))
            .getMessage());
  }

  @Test
  void parsesTheCanonicalFormAndTrailingZeros() {
    assertEquals(usd("1250000.5"), Money.parse("USD 1250000.50"));
    assertEquals(Money.of(new BigDecimal("-3"), EUR), Money.parse("EUR -3"));
    assertEquals(Money.zero(JPY), Money.parse("JPY 0"));
    assertEquals(Money.zero(USD), Money.parse("USD -0.00"));
  }

  @Test
  void rejectsOtherForms() {
    for (String bad :
        new String[] {
          "", "USD", "1250000 USD", "usd 1", "USD  1", "USD 1,250,000", "USD 1 250 000", "USD 1e6",
          "USD +1", "USD .5", "USD 1.", "USD 01", " USD 1", "USD 1 ", "US 1", "USDX 1", "USD ١٢"
        }) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> Money.parse(bad), bad);
      assertEquals(
          "money: cannot parse \"" + bad + "\", expected an ISO 4217 currency code, one space and"
              + " a plain decimal amount, such as USD 1250000.50",
          e.getMessage());
    }
  }

  @Test
  void rejectsAnUnknownCurrencyCode() {
    assertEquals(
        "money: cannot parse \"ABC 1\", expected a currency code of ISO 4217, such as USD",
        assertThrows(RbmParseException.class, () -> Money.parse("ABC 1")).getMessage());
  }

  @Test
  void parsingAnAmountOutOfLimitsGivesTheInvariantsMessage() {
    assertEquals(
        "money: cannot parse \"USD 1000000000000000000000000000000\": amount: got \""
            + "1000000000000000000000000000000\", expected an amount below 10^30 in magnitude",
        assertThrows(
                RbmParseException.class, () -> Money.parse("USD 1000000000000000000000000000000"))
            .getMessage());
    String huge = "USD " + "9".repeat(200);
    RbmParseException e = assertThrows(RbmParseException.class, () -> Money.parse(huge));
    assertEquals(huge, e.input());
  }

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(usdAmounts()).checkAssert(m -> assertEquals(m, Money.parse(m.toString())));
  }

  @Test
  void printsAndParsesTheSameInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      Money m = usd("-1250000.5");
      assertEquals("USD -1250000.5", m.toString());
      assertEquals(m, Money.parse("USD -1250000.50"));
      assertEquals("1 CHF = 0.8333 USD on 2008-01-01", ExchangeRateTest.chfToUsd().toString());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void addsAndSubtractsExactly() {
    assertEquals(usd("0.3"), usd("0.1").plus(usd("0.2")));
    assertEquals(usd("-0.1"), usd("0.1").minus(usd("0.2")));
    assertEquals(usd("0.1"), usd("-0.1").negate());
    assertEquals(Money.zero(USD), usd("0").negate());
  }

  @Test
  void refusesToMixCurrencies() {
    Money eur = Money.of(BigDecimal.TEN, EUR);
    String expected =
        "other.currency: got EUR, expected USD, the currency of USD 5; convert with an"
            + " ExchangeRate";
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> usd("5").plus(eur)).getMessage());
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> usd("5").minus(eur)).getMessage());
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> usd("5").compareTo(eur)).getMessage());
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> usd("5").ratioTo(eur)).getMessage());
  }

  @Test
  void sumsAmountsOfOneCurrency() {
    assertEquals(Money.zero(USD), Money.sum(USD, List.of()));
    assertEquals(
        usd("1750000"), Money.sum(USD, List.of(usd("1000000"), usd("500000"), usd("250000"))));
    assertEquals(
        "amounts[1].currency: got EUR, expected USD, the currency of the sum; convert with an"
            + " ExchangeRate",
        assertThrows(
                InvalidValueException.class,
                () -> Money.sum(USD, List.of(usd("1"), Money.of(BigDecimal.ONE, EUR))))
            .getMessage());
  }

  @Test
  void sumIsAFoldOfPlus() {
    qt().forAll(SourceDSL.lists().of(usdAmounts()).ofSizeBetween(0, 20))
        .checkAssert(
            amounts -> {
              Money folded = Money.zero(USD);
              for (Money m : amounts) {
                folded = folded.plus(m);
              }
              assertEquals(folded, Money.sum(USD, amounts));
              List<Money> reversed = new ArrayList<>(amounts);
              Collections.reverse(reversed);
              assertEquals(folded, Money.sum(USD, reversed));
            });
  }

  @Test
  void plusIsAssociativeAndCommutativeWithZeroAsIdentity() {
    qt().forAll(usdAmounts(), usdAmounts(), usdAmounts())
        .checkAssert(
            (a, b, c) -> {
              assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
              assertEquals(a.plus(b), b.plus(a));
              assertEquals(a, a.plus(Money.zero(USD)));
              assertEquals(a, a.plus(b).minus(b));
              assertTrue(a.plus(a.negate()).isZero());
            });
  }

  @Test
  void multipliesExactlyThenRoundsOnceHalfEvenToTwentyPlaces() {
    assertEquals(usd("12.5"), usd("25").multiply(new BigDecimal("0.5")));
    // 1 x 0.000000000000000000025 = 2.5e-20, half-even to 20 places: 2e-20.
    assertEquals(
        usd("0.00000000000000000002"),
        usd("1").multiply(new BigDecimal("0.000000000000000000025")));
    assertEquals(
        usd("0.00000000000000000004"),
        usd("1").multiply(new BigDecimal("0.000000000000000000035")));
    assertEquals(Money.zero(USD), usd("1").multiply(new BigDecimal("1E-999999999")));
    assertEquals(
        "factor: got 1E+999999999, expected a factor that keeps the product with USD 1 below"
            + " 10^30 in magnitude",
        assertThrows(
                InvalidValueException.class,
                () -> usd("1").multiply(new BigDecimal("1E+999999999")))
            .getMessage());
  }

  @Test
  void dividesByAnAmountOfTheSameCurrency() {
    assertEquals(new BigDecimal("0.75"), usd("75").ratioTo(usd("100")));
    // 1/3 in decimal128: 34 threes.
    assertEquals(new BigDecimal("0." + "3".repeat(34)), usd("1").ratioTo(usd("3")));
    assertEquals(
        "divisor: got USD 0, expected an amount other than zero",
        assertThrows(InvalidValueException.class, () -> usd("1").ratioTo(Money.zero(USD)))
            .getMessage());
  }

  @Test
  void roundsToMinorUnitsOnlyWhenAsked() {
    assertEquals(usd("1.24"), usd("1.245").roundToMinorUnits());
    assertEquals(usd("1.26"), usd("1.255").roundToMinorUnits());
    assertEquals(usd("1.25"), usd("1.245").roundToMinorUnits(RoundingMode.HALF_UP));
    assertEquals(Money.of(new BigDecimal("1235"), JPY),
        Money.of(new BigDecimal("1234.5"), JPY).roundToMinorUnits(RoundingMode.HALF_UP));
    Money gold = Money.of(new BigDecimal("1.23456"), Currency.getInstance("XAU"));
    assertEquals(gold, gold.roundToMinorUnits());
    assertEquals(usd("1.5"), usd("1.5").roundToMinorUnits(RoundingMode.UNNECESSARY));
    assertEquals(
        "amount: got USD 1.245, expected at most 2 decimal places, the minor units of USD",
        assertThrows(
                InvalidValueException.class,
                () -> usd("1.245").roundToMinorUnits(RoundingMode.UNNECESSARY))
            .getMessage());
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    assertTrue(usd("2").isGreaterThan(usd("1.99")));
    assertTrue(usd("-1").isLessThan(Money.zero(USD)));
    assertEquals(0, usd("1.50").compareTo(usd("1.5")));
    assertTrue(usd("-0.01").isNegative());
    assertFalse(Money.zero(USD).isNegative());
    assertTrue(Money.zero(USD).isZero());
    assertFalse(Money.zero(USD).isPositive());
    assertTrue(usd("0.01").isPositive());
  }

  @Test
  void equalsByCurrencyAndAmount() {
    new EqualsTester()
        .addEqualityGroup(usd("1.5"), usd("1.50"), Money.parse("USD 1.5"))
        .addEqualityGroup(Money.of(new BigDecimal("1.5"), EUR))
        .addEqualityGroup(usd("-1.5"))
        .addEqualityGroup(Money.zero(USD), usd("0.00"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester().setDefault(Currency.class, USD);
    tester.testAllPublicStaticMethods(Money.class);
    tester.testAllPublicInstanceMethods(usd("1"));
  }
}
