package org.rbm.text.internal;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The words a rendering of a linkage matrix adds to the model's own names: the heading of the
 * rows, in English, French and Spanish. Strategy names are printed as given, never translated.
 */
final class MatrixLabels {
  static final String STRATEGY_EN = "Strategy";
  static final String STRATEGY_FR = "Stratégie";
  static final String STRATEGY_ES = "Estrategia";

  /** Every heading of the rows the CSV reader accepts: one per language the renderer writes. */
  static final ImmutableList<String> STRATEGY_ANY =
      ImmutableList.of(STRATEGY_EN, STRATEGY_FR, STRATEGY_ES);

  private MatrixLabels() {}

  /** The heading of the rows in the locale's language; English for any other language. */
  static String strategy(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> STRATEGY_FR;
      case "es" -> STRATEGY_ES;
      default -> STRATEGY_EN;
    };
  }
}
