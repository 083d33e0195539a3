package org.rbm.core.strategies;

/**
 * Where the money for a strategy comes from: the ILO's Programme and Budget covers all three
 * (GB.300/PFA/9/1).
 */
public enum FundingSource {
  /** The regular budget (RB), from member States' assessed contributions. */
  REGULAR_BUDGET,

  /** The Regular Budget Supplementary Account (RBSA), new in 2008-09: voluntary core funding. */
  RBSA,

  /** Extra-budgetary technical cooperation (XBTC), from donors, earmarked. */
  EXTRA_BUDGETARY
}
