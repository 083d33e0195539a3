package org.rbm.core.indicators;

/** The direction in which an indicator improves. */
public enum Direction {
  /** Larger values are better, such as the number of countries with a DWCP (IATI ascending). */
  INCREASE,
  /** Smaller values are better, such as the share of child labour. */
  DECREASE,
  /** The value should stay near its baseline, within a tolerance. */
  MAINTAIN,
  /** No direction applies, as for a nominal indicator. */
  NOT_APPLICABLE
}
