package org.rbm.core.indicators;

import java.math.BigDecimal;

/**
 * A value of an indicator: a baseline, a target or an actual. Exactly one of
 *
 * <ul>
 *   <li>{@link NumericValue}, a decimal number such as {@code 42} or {@code 12.5};
 *   <li>{@link FractionValue}, a numerator and a denominator such as {@code 12/40}, for
 *       percentages and ratios that must aggregate by their parts;
 *   <li>{@link TextValue}, a narrative, for qualitative indicators only.
 * </ul>
 *
 * <p>Which kinds an indicator accepts depends on its {@link Measure}. Values are immutable and
 * thread-safe; numbers are {@link BigDecimal}, never {@code double}.
 */
public sealed interface Value permits NumericValue, FractionValue, TextValue {

  /**
   * Returns a numeric value.
   *
   * @param amount the number; trailing zeros are dropped, so {@code 1.50} and {@code 1.5} are equal
   * @return the value
   * @throws org.rbm.core.InvalidValueException if the amount is too large or too precise (see
   *     {@link org.rbm.core.Decimals})
   */
  static NumericValue of(BigDecimal amount) {
    return NumericValue.of(amount);
  }

  /**
   * Returns a numeric value.
   *
   * @param amount the number
   * @return the value
   */
  static NumericValue of(long amount) {
    return NumericValue.of(BigDecimal.valueOf(amount));
  }

  /**
   * Returns a value given as numerator and denominator.
   *
   * @param numerator the numerator, at least zero
   * @param denominator the denominator, greater than zero
   * @return the value
   * @throws org.rbm.core.InvalidValueException if the numerator is negative or the denominator not
   *     positive
   */
  static FractionValue fraction(BigDecimal numerator, BigDecimal denominator) {
    return FractionValue.of(numerator, denominator);
  }

  /**
   * Returns a value given as whole numerator and denominator, such as {@code Value.fraction(12,
   * 40)}.
   *
   * @param numerator the numerator, at least zero
   * @param denominator the denominator, greater than zero
   * @return the value
   * @throws org.rbm.core.InvalidValueException if the numerator is negative or the denominator not
   *     positive
   */
  static FractionValue fraction(long numerator, long denominator) {
    return FractionValue.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Returns a narrative value, for qualitative indicators.
   *
   * @param text the narrative, not blank
   * @return the value
   * @throws org.rbm.core.InvalidValueException if the text is blank
   */
  static TextValue text(String text) {
    return TextValue.of(text);
  }
}
