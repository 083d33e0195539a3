package org.rbm.core.cycle;

/** The documents of the programme cycle that fall due at set times (GB.300/PFA/9/1, paragraph 13). */
public enum DocumentKind {
  /** A Strategic Policy Framework, presented to the Governing Body before its period starts. */
  STRATEGIC_POLICY_FRAMEWORK,

  /** The Programme and Budget proposals for a biennium. */
  PROGRAMME_AND_BUDGET_PROPOSALS,

  /**
   * A mid-term implementation report, on the first nine months of a biennium: abolished by the
   * 2007 reform (paragraphs 61-62), kept for calendars that still have one.
   */
  MID_TERM_REPORT,

  /** The implementation report on a biennium, once per biennium. */
  IMPLEMENTATION_REPORT
}
