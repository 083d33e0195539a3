package org.rbm.core.evaluation;

/** The types of evaluation whose recommendations are followed up (GB.300/PFA/9/1, paragraph 32). */
public enum EvaluationType {
  /** An independent evaluation of a strategy or a policy. */
  INDEPENDENT_STRATEGY_OR_POLICY,
  /** An independent evaluation of a country programme, such as a Decent Work Country Programme. */
  COUNTRY_PROGRAMME,
  /** A thematic evaluation. */
  THEMATIC,
  /** An evaluation of a (technical cooperation) project. */
  PROJECT,
  /** An internal evaluation or a self-evaluation. */
  INTERNAL_OR_SELF
}
