package org.rbm.core.cycle;

/**
 * The eight topics of the standard format of an outcome strategy in the Programme and Budget, so
 * that strategies can be compared (GB.300/PFA/9/1, paragraphs 13 and 46), in the paper's order.
 */
public enum StrategyTopic {
  /** Cooperation with constituents, and tripartism. */
  CONSTITUENTS_AND_TRIPARTISM,

  /** International labour standards. */
  INTERNATIONAL_LABOUR_STANDARDS,

  /** Knowledge generation and sharing. */
  KNOWLEDGE,

  /** Communication. */
  COMMUNICATION,

  /** Partnerships with the UN system and donors. */
  PARTNERSHIPS,

  /** Gender. */
  GENDER,

  /** Poverty. */
  POVERTY,

  /** Globalization. */
  GLOBALIZATION
}
