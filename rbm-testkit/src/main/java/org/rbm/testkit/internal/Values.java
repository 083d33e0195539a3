package org.rbm.testkit.internal;

import java.math.BigDecimal;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;

/**
 * Draws values of the kinds a measure accepts, on realistic scales: counts up to 1,000, percentages
 * from 0 to 100 with one decimal, ratios up to 5 with two, amounts up to ten million with cents,
 * nominal codes 1 to 9, ordinal levels 1 to 5, narratives for qualitative indicators.
 */
public final class Values {
  private Values() {}

  /** How numbers of one measure look: bounds in units of {@code 10^-decimals}. */
  record Scale(long min, long max, int decimals) {
    BigDecimal amount(long units) {
      return BigDecimal.valueOf(units, decimals);
    }
  }

  static Scale scale(Measure measure) {
    return switch (measure) {
      case COUNT -> new Scale(0, 1_000, 0);
      case PERCENTAGE -> new Scale(0, 1_000, 1);
      case RATIO -> new Scale(0, 500, 2);
      case CURRENCY -> new Scale(0, 1_000_000_000L, 2);
      case NOMINAL -> new Scale(1, 9, 0);
      case ORDINAL -> new Scale(1, 5, 0);
      case QUALITATIVE -> new Scale(0, Texts.NARRATIVES.size() - 1, 0);
    };
  }

  /**
   * Draws a value the measure accepts: a narrative for a qualitative measure, a fraction now and
   * then for percentages and ratios, a number otherwise.
   *
   * @param in the randomness
   * @param measure the measure
   * @return the value
   */
  public static Value draw(RandomnessSource in, Measure measure) {
    if (measure == Measure.QUALITATIVE) {
      return text(in);
    }
    if ((measure == Measure.PERCENTAGE || measure == Measure.RATIO) && Draw.chance(in, 25)) {
      return fraction(in);
    }
    Scale scale = scale(measure);
    return NumericValue.of(scale.amount(Draw.between(in, scale.min(), scale.max())));
  }

  /**
   * Draws a number: an integer or a decimal with up to four places, between -10^6 and 10^6.
   *
   * @param in the randomness
   * @return the value
   */
  public static NumericValue number(RandomnessSource in) {
    int decimals = Draw.between(in, 0, 4);
    long units = Draw.between(in, -1_000_000L, 1_000_000L, 0L);
    return NumericValue.of(BigDecimal.valueOf(units, decimals));
  }

  /**
   * Draws a fraction such as {@code 12/40}: a denominator from 1 to 200, a numerator from 0 to the
   * denominator.
   *
   * @param in the randomness
   * @return the value
   */
  public static FractionValue fraction(RandomnessSource in) {
    long denominator = Draw.between(in, 1L, 200L);
    long numerator = Draw.between(in, 0L, denominator);
    return FractionValue.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Draws a narrative, such as {@code Policy adopted by the Council of Ministers}, often with a
   * qualifier and a number ({@code ... in 12 provinces}, {@code ... — see annex 3}) that bring in
   * quotes, back-slashes, tabs, accents and characters outside the BMP: several thousand
   * distinct values, shrinking towards the first bare narrative.
   *
   * @param in the randomness
   * @return the value
   */
  public static TextValue text(RandomnessSource in) {
    String narrative = Draw.pick(in, Texts.NARRATIVES);
    if (!Draw.chance(in, 70)) {
      return TextValue.of(narrative);
    }
    String qualifier = Draw.pick(in, Texts.QUALIFIERS);
    int number = Draw.between(in, 1, 999);
    return TextValue.of(narrative + String.format(java.util.Locale.ROOT, qualifier, number));
  }
}
