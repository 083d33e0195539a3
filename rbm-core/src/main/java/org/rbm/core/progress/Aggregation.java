package org.rbm.core.progress;

/**
 * How an indicator's periods combine into its whole-plan figures, as of a date. Chosen from the
 * indicator, never by the caller: see {@link PlanProgress} for the rule.
 *
 * <p>A non-cumulative percentage aggregates by how its actuals are given. Given as numerator and
 * denominator, "percentages given as numerator and denominator aggregate by summing both" (issue 4):
 * the periods are pooled ({@link #SUM_OF_PARTS}), so actuals of 10/100 (2008) and 45/50 (2009)
 * give 55/150 = 36.7%, not the mean of 10% and 90%. Given as plain numbers (10 and 90), they take
 * the latest completed period ({@link #LATEST}): 90. Against targets of 80 for both years, the first
 * is behind (0.458) and the second achieved (1.125, within the default band).
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
   * numerators and denominators are summed separately (pooled), never the quotients averaged.
   */
  SUM_OF_PARTS
}
