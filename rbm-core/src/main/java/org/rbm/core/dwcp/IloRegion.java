package org.rbm.core.dwcp;

import java.util.Locale;

/**
 * The ILO's five regions, in the order of the paper's table of DWCP documents by region: {@code
 * IloRegion.ASIA_AND_THE_PACIFIC.label()} is {@code "Asia and the Pacific"}.
 */
public enum IloRegion {
  /** Africa. */
  AFRICA,
  /** The Americas. */
  AMERICAS,
  /** The Arab States. */
  ARAB_STATES,
  /** Asia and the Pacific. */
  ASIA_AND_THE_PACIFIC,
  /** Europe (and Central Asia). */
  EUROPE;

  /**
   * Returns the English name, as the paper prints it: {@code "Arab States"}.
   *
   * @return the name
   */
  public String label() {
    return switch (this) {
      case AFRICA -> "Africa";
      case AMERICAS -> "Americas";
      case ARAB_STATES -> "Arab States";
      case ASIA_AND_THE_PACIFIC -> "Asia and the Pacific";
      case EUROPE -> "Europe";
    };
  }

  /** Returns the lower-case name with spaces, such as {@code arab states}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
