package org.rbm.core.dwcp;

/**
 * The level of the office whose resources serve a DWCP result, as the ILO's resource system (IRIS)
 * links them.
 */
public enum OfficeLevel {
  /** Headquarters. */
  HEADQUARTERS,
  /** A regional office. */
  REGIONAL,
  /** A subregional office. */
  SUBREGIONAL,
  /** A country office. */
  COUNTRY_OFFICE
}
