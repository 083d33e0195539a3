package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;

/**
 * The one rule for what a person reads of progress: ratios are shown as percentages with {@value
 * #PERCENT_DECIMALS} decimal place, rounded {@link RoundingMode#HALF_EVEN half-even} (the rounding of
 * {@link org.rbm.core.Decimals#CONTEXT}), such as {@code 91.1%} for 41/45; amounts are shown exactly,
 * in plain notation. Rounding is for display only: statuses are decided on the exact values, so a
 * ratio of 0.84996 shows as {@code 85.0%} and is still below the band's lower edge of 0.85.
 */
public final class ProgressFormat {
  /** Decimal places of a displayed percentage. */
  public static final int PERCENT_DECIMALS = 1;

  /** The rounding of displayed percentages. */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_EVEN;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProgressFormat() {}

  /**
   * Formats a ratio as a percentage.
   *
   * @param ratio the ratio, such as {@code 0.91111…}
   * @return such as {@code 91.1%}; {@code 0.0%} for a ratio too small to show, such as {@code
   *     1E-999999999}
   * @throws org.rbm.core.InvalidValueException if the ratio reaches 10^200 in magnitude or has more
   *     than 400 decimal places (and is not too small to show), the bounds of a stored ratio
   */
  public static String percent(BigDecimal ratio) {
    // Checked without arithmetic: setting the scale of 1E-999999999 would expand it.
    if (ratio.signum() == 0 || (long) ratio.precision() - ratio.scale() < -(PERCENT_DECIMALS + 3)) {
      return BigDecimal.ZERO.setScale(PERCENT_DECIMALS).toPlainString() + "%";
    }
    Amounts.checkFigure("ratio", ratio);
    return ratio.multiply(HUNDRED).setScale(PERCENT_DECIMALS, DISPLAY_ROUNDING).toPlainString()
        + "%";
  }

  /**
   * Formats a target or an actual: a number in plain notation ({@code 41}, {@code 12.5}); a fraction
   * as its parts, with its percent for a percentage ({@code 40/88 (45.5%)}); a text as itself.
   *
   * @param measure the indicator's measure
   * @param value the value
   * @return the text
   */
  public static String value(Measure measure, Value value) {
    requireNonNull(measure, "measure");
    if (value instanceof NumericValue n) {
      return n.amount().toPlainString();
    }
    if (value instanceof FractionValue f) {
      return measure == Measure.PERCENTAGE
          ? f + " (" + percent(f.quotient()) + ")"
          : f.toString();
    }
    return ((TextValue) value).text();
  }

  /**
   * Returns a short label for a reporting period: {@code 2008} for a calendar year, {@code 2008-09}
   * for whole calendar years (ILO notation), {@code 2008-H1} for a half-year, {@code 2008-Q3} for a
   * quarter, {@code 2008-03} for a month, otherwise the range itself ({@code
   * 2008-01-15/2008-02-14}).
   *
   * @param period the period
   * @return the label
   */
  public static String periodLabel(DateRange period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    boolean monthStart = start.getDayOfMonth() == 1;
    boolean monthEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
    if (!monthStart || !monthEnd) {
      return period.toString();
    }
    if (start.getMonthValue() == 1 && end.getMonthValue() == 12) {
      return PlanningPeriod.of(start.getYear(), end.getYear()).toString();
    }
    if (start.getYear() != end.getYear()) {
      return period.toString();
    }
    int first = start.getMonthValue();
    int months = end.getMonthValue() - first + 1;
    if (months == 1) {
      return String.format(Locale.ROOT, "%d-%02d", start.getYear(), first);
    }
    if (months == 3 && first % 3 == 1) {
      return start.getYear() + "-Q" + (first / 3 + 1);
    }
    if (months == 6 && first % 6 == 1) {
      return start.getYear() + "-H" + (first / 6 + 1);
    }
    return period.toString();
  }
}
