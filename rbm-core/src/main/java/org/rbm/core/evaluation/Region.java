package org.rbm.core.evaluation;

/** The ILO's five regions, as its regional offices and the DWCP tables by region divide the world. */
public enum Region {
  /** Africa. */
  AFRICA,
  /** The Americas. */
  AMERICAS,
  /** The Arab States. */
  ARAB_STATES,
  /** Asia and the Pacific. */
  ASIA_AND_THE_PACIFIC,
  /** Europe (and Central Asia). */
  EUROPE
}
