package org.rbm.text.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/**
 * What a person reads of progress: ratios as percentages rounded {@link RoundingMode#HALF_EVEN
 * half-even} to a number of decimals (such as {@code 91.1%} for 41/45 with one decimal); values
 * exactly, in plain notation; reporting periods by short labels. Rounding is for display only:
 * statuses are decided on exact values, so a ratio of 0.84996 shows as {@code 85.0%} and is still
 * below the band's lower edge of 0.85. Never throws on a value the model accepts, and never uses
 * the default locale: digits are ASCII.
 */
public final class ProgressText {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProgressText() {}

  /**
   * Formats a ratio as a percentage.
   *
   * @param ratio the ratio, such as {@code 0.91111…}
   * @param decimals the decimals to show, at least 0
   * @return such as {@code 91.1%}; zero (such as {@code 0.0%}) for a ratio too small to show,
   *     such as {@code 1E-999999999}
   */
  public static String percent(BigDecimal ratio, int decimals) {
    // Checked without arithmetic: setting the scale of 1E-999999999 would expand it.
    if (ratio.signum() == 0 || (long) ratio.precision() - ratio.scale() < -(decimals + 3L)) {
      return BigDecimal.ZERO.setScale(decimals).toPlainString() + "%";
    }
    return ratio.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /**
   * Formats a target or an actual: a number in plain notation ({@code 41}, {@code 12.5}); a fraction
   * as its parts, with its percent for a percentage ({@code 40/88 (45.5%)}); a text as itself.
   *
   * @param measure the indicator's measure
   * @param value the value
   * @param decimals the decimals of a fraction's percent
   * @return the text
   */
  public static String value(Measure measure, Value value, int decimals) {
    if (value instanceof NumericValue n) {
      return n.amount().toPlainString();
    }
    if (value instanceof FractionValue f) {
      return measure == Measure.PERCENTAGE
          ? f + " (" + percent(f.quotient(), decimals) + ")"
          : f.toString();
    }
    return ((TextValue) value).text();
  }

  /**
   * Returns a short label for a reporting period, {@link DateRange#label()}: {@code 2008} for a
   * calendar year, {@code 2008-09} for whole calendar years (ILO notation, for years 1000 to 9999),
   * {@code 2008-H1} for a half-year, {@code 2008-Q3} for a quarter, {@code 2008-M03} for a month
   * ({@code 2008-03} would read as the biennium 2008-03), {@code 2008-04/2010-03} for other whole
   * months, otherwise the range itself ({@code 2008-01-15/2008-02-14}).
   *
   * @param period the period
   * @return the label
   */
  public static String periodLabel(DateRange period) {
    return period.label();
  }
}
