package org.rbm.core.strategies;

/**
 * Whether a strategy is one of the organisation's core management strategies, which every other
 * strategy is expected to link to, or another strategy.
 */
public enum StrategyKind {
  /**
   * A core management strategy: at the ILO in 2007, human resources, information technology,
   * knowledge, evaluation and results-based management. They are the columns of a {@link
   * LinkageMatrix}.
   */
  CORE_MANAGEMENT,

  /**
   * Any other strategy, such as resource mobilization, the gender equality action plan or the
   * global employment agenda. Other strategies are rows of a {@link LinkageMatrix}, never columns.
   */
  OTHER
}
