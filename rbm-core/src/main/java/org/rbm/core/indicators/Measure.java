package org.rbm.core.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * What an indicator measures, and so which values it accepts. The SDK's measures are a superset of
 * IATI's measure codes: each maps to exactly one IATI code ({@link #iatiCode()}), and each IATI code
 * has one default measure here ({@link #fromIatiCode(int)}).
 *
 * <table>
 *   <caption>Measures and IATI codes</caption>
 *   <tr><th>Measure</th><th>IATI code</th><th>Accepts</th></tr>
 *   <tr><td>{@link #COUNT}</td><td>1 (unit)</td><td>a number</td></tr>
 *   <tr><td>{@link #CURRENCY}</td><td>1 (unit)</td><td>a number</td></tr>
 *   <tr><td>{@link #RATIO}</td><td>1 (unit)</td><td>a number or a fraction</td></tr>
 *   <tr><td>{@link #PERCENTAGE}</td><td>2 (percentage)</td><td>a number or a fraction</td></tr>
 *   <tr><td>{@link #NOMINAL}</td><td>3 (nominal)</td><td>a number (a category's code)</td></tr>
 *   <tr><td>{@link #ORDINAL}</td><td>4 (ordinal)</td><td>a number (a level on a scale)</td></tr>
 *   <tr><td>{@link #QUALITATIVE}</td><td>5 (qualitative)</td><td>text only</td></tr>
 * </table>
 */
public enum Measure {
  /** A count of units, such as the number of countries with a DWCP. IATI code 1. */
  COUNT(1),
  /** A share expressed in percent (0 to 100), optionally as numerator and denominator. IATI 2. */
  PERCENTAGE(2),
  /** A ratio of two quantities, optionally as numerator and denominator. IATI code 1. */
  RATIO(1),
  /** An amount of money; the indicator's unit names the currency. IATI code 1. */
  CURRENCY(1),
  /** A category, coded as a number. IATI code 3. */
  NOMINAL(3),
  /** A level on an ordered scale, coded as a number. IATI code 4. */
  ORDINAL(4),
  /** A narrative assessment: values are text, never numbers. IATI code 5. */
  QUALITATIVE(5);

  private final int iatiCode;

  Measure(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * Returns the IATI measure code this measure maps to.
   *
   * @return 1 (unit), 2 (percentage), 3 (nominal), 4 (ordinal) or 5 (qualitative)
   */
  public int iatiCode() {
    return iatiCode;
  }

  /**
   * Returns the default measure for an IATI measure code: {@link #COUNT} for 1, {@link #PERCENTAGE}
   * for 2, {@link #NOMINAL} for 3, {@link #ORDINAL} for 4, {@link #QUALITATIVE} for 5.
   *
   * @param code the IATI measure code
   * @return the measure
   * @throws InvalidValueException if the code is not 1 to 5
   */
  public static Measure fromIatiCode(int code) {
    return switch (code) {
      case 1 -> COUNT;
      case 2 -> PERCENTAGE;
      case 3 -> NOMINAL;
      case 4 -> ORDINAL;
      case 5 -> QUALITATIVE;
      default -> throw new InvalidValueException("measure code", code, "an IATI code 1 to 5");
    };
  }

  /**
   * Tells whether values of this measure are numbers: every measure but {@link #QUALITATIVE}.
   *
   * @return whether the measure is quantitative
   */
  public boolean isQuantitative() {
    return this != QUALITATIVE;
  }

  /**
   * Tells whether the values of a breakdown of this measure add up to the total by default: counts
   * and amounts do ({@link #COUNT}, {@link #CURRENCY}); percentages, ratios, codes, levels and
   * narratives do not. An indicator may say otherwise ({@link Indicator#additive()}), such as a
   * percentage given as fractions, whose numerators and denominators add up.
   *
   * @return whether the measure is additive unless the indicator says otherwise
   */
  public boolean additiveByDefault() {
    return this == COUNT || this == CURRENCY;
  }

  /**
   * Tells whether a value fits this measure: text for {@link #QUALITATIVE}, numbers for the others,
   * fractions for {@link #PERCENTAGE} and {@link #RATIO} only.
   *
   * @param value the value
   * @return whether the value is of a kind this measure accepts
   */
  public boolean accepts(Value value) {
    if (value instanceof TextValue) {
      return this == QUALITATIVE;
    }
    if (value instanceof FractionValue) {
      return this == PERCENTAGE || this == RATIO;
    }
    return this != QUALITATIVE;
  }

  /**
   * Returns the number a value stands for under this measure: the SDK's one answer, used by the
   * progress calculator, the rules and the renderings alike. For a fraction {@code 40/88}: its
   * percent under {@link #PERCENTAGE} ({@code 45.45…}), its quotient under any other measure
   * ({@code 0.4545…}), divided in {@link org.rbm.core.Decimals#CONTEXT}.
   *
   * <pre>{@code
   * Measure.PERCENTAGE.numberIn(Value.fraction(new BigDecimal("12"), new BigDecimal("40"))); // 30
   * Measure.RATIO.numberIn(Value.fraction(new BigDecimal("12"), new BigDecimal("40")));      // 0.3
   * Measure.COUNT.numberIn(Value.of(new BigDecimal("41.0")));                                 // 41
   * }</pre>
   *
   * @param value the value
   * @return the number without trailing zeros and in plain notation (scale at least 0): a number's
   *     amount, a fraction's percent or quotient; empty for a text value
   */
  public Optional<BigDecimal> numberIn(Value value) {
    if (value instanceof NumericValue n) {
      return Optional.of(n.amount());
    }
    if (value instanceof FractionValue f) {
      return Optional.of(CanonicalDecimals.plain(this == PERCENTAGE ? f.percent() : f.quotient()));
    }
    return Optional.empty(); // a TextValue, the only other kind of the sealed Value
  }

  /**
   * Describes the values this measure accepts, for messages.
   *
   * @return such as {@code a number or a fraction}
   */
  public String expectedValues() {
    String name = name().toLowerCase(Locale.ROOT);
    return switch (this) {
      case QUALITATIVE -> "a text value (qualitative measure)";
      case PERCENTAGE, RATIO -> "a number or a fraction (" + name + ")";
      default -> "a number (" + name + ")";
    };
  }
}
