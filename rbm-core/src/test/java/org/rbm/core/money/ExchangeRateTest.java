package org.rbm.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.InvalidValueException;

class ExchangeRateTest {
  private static final Currency CHF = Currency.getInstance("CHF");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate JAN_2008 = LocalDate.of(2008, 1, 1);

  /** The rate of the class Javadoc. */
  static ExchangeRate chfToUsd() {
    return ExchangeRate.of(CHF, USD, new BigDecimal("0.8333"), JAN_2008);
  }

  @Test
  void convertsTheExampleOfTheDocumentation() {
    // 1 200 000 x 0.8333 = 999 960.
    assertEquals(Money.parse("USD 999960"), chfToUsd().convert(Money.parse("CHF 1200000")));
    // 0.01 x 0.8333 = 0.008333: not rounded to cents unless asked.
    assertEquals(Money.parse("USD 0.008333"), chfToUsd().convert(Money.parse("CHF 0.01")));
    assertEquals(
        Money.parse("USD 0.01"), chfToUsd().convert(Money.parse("CHF 0.01")).roundToMinorUnits());
  }

  @Test
  void keepsTheRateCanonical() {
    ExchangeRate r = ExchangeRate.of(CHF, USD, new BigDecimal("0.83330"), JAN_2008);
    assertEquals(new BigDecimal("0.8333"), r.rate());
    assertEquals(chfToUsd(), r);
    assertEquals("1 CHF = 0.8333 USD on 2008-01-01", r.toString());
  }

  @Test
  void refusesMoneyInAnotherCurrency() {
    assertEquals(
        "money.currency: got USD, expected CHF, the currency this rate converts from"
            + " (1 CHF = 0.8333 USD on 2008-01-01)",
        assertThrows(InvalidValueException.class, () -> chfToUsd().convert(Money.parse("USD 1")))
            .getMessage());
  }

  @Test
  void rejectsARateThatIsNotAboveZero() {
    assertEquals(
        "rate: got 0, expected a rate above zero",
        assertThrows(
                InvalidValueException.class,
                () -> ExchangeRate.of(CHF, USD, BigDecimal.ZERO, JAN_2008))
            .getMessage());
    assertEquals(
        "rate: got -1, expected a rate above zero",
        assertThrows(
                InvalidValueException.class,
                () -> ExchangeRate.of(CHF, USD, BigDecimal.ONE.negate(), JAN_2008))
            .getMessage());
  }

  @Test
  void rejectsARateFromACurrencyToItself() {
    assertEquals(
        "to: got CHF, expected a currency other than CHF, the one converted from",
        assertThrows(
                InvalidValueException.class,
                () -> ExchangeRate.of(CHF, CHF, BigDecimal.ONE, JAN_2008))
            .getMessage());
  }

  @Test
  void invertsInDecimal128RoundedToTwentyPlaces() {
    // 1 / 0.8 = 1.25 exactly.
    ExchangeRate r = ExchangeRate.of(CHF, USD, new BigDecimal("0.8"), JAN_2008);
    assertEquals(ExchangeRate.of(USD, CHF, new BigDecimal("1.25"), JAN_2008), r.inverse());
    // 1 / 3 = 0.33333333333333333333 at twenty places.
    ExchangeRate third = ExchangeRate.of(CHF, USD, new BigDecimal("3"), JAN_2008);
    assertEquals(new BigDecimal("0." + "3".repeat(20)), third.inverse().rate());
    assertEquals(
        "rate: got 300000000000000000000, expected a rate whose inverse is at least 10^-20",
        assertThrows(
                InvalidValueException.class,
                () -> ExchangeRate.of(CHF, USD, new BigDecimal("3E+20"), JAN_2008).inverse())
            .getMessage());
  }

  /** Rates from 0.0001 to 10 000, with up to four decimal places. */
  private static Gen<ExchangeRate> rates() {
    return SourceDSL.longs()
        .between(1, 100_000_000L)
        .map(unscaled -> ExchangeRate.of(CHF, USD, BigDecimal.valueOf(unscaled, 4), JAN_2008));
  }

  /** Amounts in CHF with cents, below 10^9. */
  private static Gen<Money> francs() {
    return SourceDSL.longs()
        .between(0, 99_999_999_999L)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), CHF));
  }

  @Test
  void convertingThereAndBackGivesTheAmountBackAtItsMinorUnits() {
    // Error of the round trip: at most 0.5e-20 / rate + amount x rate x 0.5e-20 + 0.5e-20, below
    // 1e-6 for these rates and amounts, so rounding to cents gives the cents back.
    qt().forAll(francs(), rates())
        .checkAssert(
            (chf, rate) -> {
              Money back = rate.inverse().convert(rate.convert(chf));
              assertTrue(
                  back.minus(chf).amount().abs().compareTo(new BigDecimal("1E-6")) < 0,
                  () -> chf + " -> " + back);
              assertEquals(chf, back.roundToMinorUnits());
            });
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(chfToUsd(), ExchangeRate.of(CHF, USD, new BigDecimal("0.833300"), JAN_2008))
        .addEqualityGroup(chfToUsd().withRate(new BigDecimal("0.8334")))
        .addEqualityGroup(chfToUsd().withAsOf(LocalDate.of(2008, 2, 1)))
        .addEqualityGroup(chfToUsd().withTo(Currency.getInstance("EUR")))
        .addEqualityGroup(chfToUsd().withFrom(Currency.getInstance("EUR")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Currency.class, CHF)
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(ExchangeRate.class);
    tester.testAllPublicInstanceMethods(chfToUsd());
  }
}
