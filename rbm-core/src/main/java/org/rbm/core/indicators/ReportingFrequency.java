package org.rbm.core.indicators;

/**
 * How often an indicator is reported: TolaData's frequencies, plus the ILO's biennium.
 */
public enum ReportingFrequency {
  /** Once, for the life of the programme. */
  LIFE_OF_PROGRAMME,
  /** At midline and endline. */
  MIDLINE_ENDLINE,
  /** At events, not on a calendar. */
  EVENT,
  /** Every two years, like the ILO's Programme and Budget. */
  BIENNIAL,
  /** Every year. */
  ANNUAL,
  /** Twice a year. */
  SEMI_ANNUAL,
  /** Three times a year. */
  TRI_ANNUAL,
  /** Every quarter. */
  QUARTERLY,
  /** Every month. */
  MONTHLY
}
