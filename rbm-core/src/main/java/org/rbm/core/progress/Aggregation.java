package org.rbm.core.progress;

/**
 * How an indicator's periods combine into its whole-plan figures, as of a date. Chosen from the
 * indicator, never by the caller: see {@link PlanProgress} for the rule.
 */
public enum Aggregation {
  /**
   * Non-cumulative counts and amounts: the targets and the actuals of the completed periods are
   * summed (TolaData's "number, non-cumulative").
   */
  SUM,
  /**
   * Cumulative indicators, percentages and ratios given as plain numbers, indicators to maintain,
   * and assessed (qualitative, nominal, ordinal) indicators: the latest completed period's values,
   * never a sum.
   */
  LATEST,
  /**
   * Non-cumulative percentages and ratios whose actuals are all given as numerator and denominator:
   * numerators and denominators are summed separately, never the quotients averaged.
   */
  SUM_OF_PARTS
}
