package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;

/**
 * The rules' fast paths decide as the plain computations they replace did: titles normalized by a
 * loop as by the regex {@code (?U)\s+}, percentages and tolerances compared by multiplication as
 * by the quotient divided in {@code Decimals.CONTEXT}.
 */
class FastComparisonsTest {
  /** Letters, cases and every kind of white space a title may carry. */
  private static final Gen<String> TITLES = lists().of(pick(List.of(
          "a", "B", "É", "ß", " ", "  ", "\t", "\n", "\u000B", "\r", "\u00A0", "\u2003", "\u2028",
          "\u2029", "\u0085", "\u001C", "\u200B", "\u3000", "x")))
      .ofSizeBetween(0, 12)
      .map(parts -> String.join("", parts));

  /** Decimals from 0 to 10,000 with up to four places. */
  private static final Gen<BigDecimal> AMOUNTS =
      range(0, 100_000_000).zip(range(0, 4), (n, scale) -> BigDecimal.valueOf(n, scale));

  private static final Gen<BigDecimal> POSITIVE =
      range(1, 100_000_000).zip(range(0, 4), (n, scale) -> BigDecimal.valueOf(n, scale));

  private static String byRegex(String title) {
    return title.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void titlesAreNormalizedAsByTheRegex() {
    qt().forAll(TITLES).checkAssert(t ->
        assertEquals(byRegex(t), ResultsChainRules.SiblingTitlesDistinct.normalized(t),
            () -> "title " + t.codePoints().mapToObj(Integer::toHexString).toList()));
  }

  @Test
  void runsOfUnicodeSpacesBecomeOneSpace() {
    assertEquals("decent work for all",
        ResultsChainRules.SiblingTitlesDistinct.normalized("  Decent\u00A0 work\tfor\u2003ALL \n"));
    // A no-break space at the ends is not stripped by String.strip: it becomes one space, as before.
    assertEquals(" decent work ",
        ResultsChainRules.SiblingTitlesDistinct.normalized("\u00A0Decent work\u00A0\u00A0"));
  }

  private static boolean percentOutOfRangeByDivision(Value value) {
    BigDecimal percent = Measure.PERCENTAGE.numberIn(value).orElseThrow();
    return percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0;
  }

  @Test
  void fractionsAreOutOfRangeExactlyWhenTheirPercentIs() {
    qt().forAll(AMOUNTS, POSITIVE).checkAssert((n, d) -> {
      Value f = Value.fraction(n, d);
      assertEquals(percentOutOfRangeByDivision(f), IndicatorRules.PercentagesInRange.outOfRange(f),
          f::toString);
    });
  }

  @Test
  void numbersAreOutOfRangeBelowZeroOrAboveHundred() {
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.of(new BigDecimal("100.01"))));
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.of(new BigDecimal("-0.5"))));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.of(new BigDecimal("100"))));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.of(BigDecimal.ZERO)));
  }

  @Test
  void aFractionAboveOneByLessThanTheRoundingStaysInRangeAsBefore() {
    // 10^27 + 10^-20 over 10^27: 100 + 10^-45 percent, which rounds to 100 in 34 digits.
    BigDecimal d = BigDecimal.TEN.pow(27);
    Value f = Value.fraction(d.add(new BigDecimal("1E-20")), d);
    assertFalse(percentOutOfRangeByDivision(f));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(f));
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.fraction(new BigDecimal("41"),
        new BigDecimal("40"))));
  }

  private static boolean beyondByDivision(
      BigDecimal tolerancePercent, BigDecimal actual, BigDecimal target, boolean decreasing) {
    BigDecimal share = tolerancePercent.divide(BigDecimal.valueOf(100), Decimals.CONTEXT);
    BigDecimal ratio = actual.divide(target, Decimals.CONTEXT);
    return decreasing
        ? ratio.compareTo(BigDecimal.ONE.subtract(share)) < 0
        : ratio.compareTo(BigDecimal.ONE.add(share)) > 0;
  }

  @Test
  void actualsAreBeyondTheToleranceExactlyWhenTheirQuotientIs() {
    Gen<BigDecimal> tolerances =
        range(0, 500).zip(range(0, 2), (n, scale) -> BigDecimal.valueOf(n, scale));
    qt().forAll(tolerances, AMOUNTS, POSITIVE, booleans()).checkAssert((tol, a, t, dec) ->
        assertEquals(beyondByDivision(tol, a, t, dec),
            new ValueRules.ActualNotFarAboveTarget(tol).beyond(a, t, dec),
            () -> a + " of " + t + " with " + tol + "%, decreasing " + dec));
  }

  @Test
  void anActualExactlyAtTheToleranceIsNotBeyondIt() {
    ValueRules.ActualNotFarAboveTarget rule = new ValueRules.ActualNotFarAboveTarget(
        new BigDecimal("50"));
    assertFalse(rule.beyond(new BigDecimal("150"), new BigDecimal("100"), false));
    assertTrue(rule.beyond(new BigDecimal("150.01"), new BigDecimal("100"), false));
    assertFalse(rule.beyond(new BigDecimal("50"), new BigDecimal("100"), true));
    assertTrue(rule.beyond(new BigDecimal("49.99"), new BigDecimal("100"), true));
    // A tolerance whose bound has more than 34 digits: the quotient decides, as before.
    ValueRules.ActualNotFarAboveTarget fine = new ValueRules.ActualNotFarAboveTarget(
        new BigDecimal("1E-40"));
    assertEquals(beyondByDivision(new BigDecimal("1E-40"), new BigDecimal("100.0000001"),
        new BigDecimal("100"), false),
        fine.beyond(new BigDecimal("100.0000001"), new BigDecimal("100"), false));
  }

  @Test
  void fractionsSurelyWithinTheToleranceAreNotBeyondItByDivision() {
    Gen<BigDecimal> tolerances =
        range(0, 500).zip(range(0, 2), (n, scale) -> BigDecimal.valueOf(n, scale));
    qt().forAll(tolerances, AMOUNTS, POSITIVE, AMOUNTS.zip(POSITIVE, Value::fraction))
        .assuming((tol, an, ad, target) -> target.numerator().signum() > 0)
        .checkAssert((tol, an, ad, target) -> {
          FractionValue actual = Value.fraction(an, ad);
          for (boolean decreasing : new boolean[] {false, true}) {
            for (Measure m : new Measure[] {Measure.PERCENTAGE, Measure.RATIO}) {
              boolean byDivision = beyondByDivision(tol, m.numberIn(actual).orElseThrow(),
                  m.numberIn(target).orElseThrow(), decreasing);
              if (new ValueRules.ActualNotFarAboveTarget(tol)
                  .fractionsSurelyWithin(actual, target, decreasing)) {
                assertFalse(byDivision, () -> actual + " of " + target + " with " + tol + "%");
              }
            }
          }
        });
  }

  @Test
  void aFractionFarWithinTheToleranceIsDecidedWithoutDividing() {
    ValueRules.ActualNotFarAboveTarget rule = new ValueRules.ActualNotFarAboveTarget(
        new BigDecimal("50"));
    // 12/40 = 30% against 10/40 = 25%: 1.2 times the target, within 1.5.
    assertTrue(rule.fractionsSurelyWithin(
        Value.fraction(12, 40), Value.fraction(10, 40), false));
    // 16/40 against 10/40: 1.6 times, beyond: not surely within.
    assertFalse(rule.fractionsSurelyWithin(
        Value.fraction(16, 40), Value.fraction(10, 40), false));
  }

  @Test
  void fractionsFollowTheDirectionExactlyWhenTheirNumbersDo() {
    Gen<Value> fractions = AMOUNTS.zip(POSITIVE, Value::fraction);
    qt().forAll(fractions, fractions, booleans()).checkAssert((b, t, up) -> {
      for (Measure m : new Measure[] {Measure.PERCENTAGE, Measure.RATIO}) {
        int c = m.numberIn(t).orElseThrow().compareTo(m.numberIn(b).orElseThrow());
        boolean followsByNumbers = up ? c >= 0 : c <= 0;
        if (IndicatorRules.surelyFollows(b, t, up)) {
          assertTrue(followsByNumbers, () -> b + " then " + t);
        }
      }
      // Exact order decides whenever the numbers are not equal after rounding.
      int exact = Measure.RATIO.numberIn(t).orElseThrow()
          .compareTo(Measure.RATIO.numberIn(b).orElseThrow());
      if (exact != 0) {
        assertEquals(up ? exact > 0 : exact < 0, IndicatorRules.surelyFollows(b, t, up));
      }
    });
  }
}
