package org.rbm.core.dwcp;

/** The role of a DWCP partner: one of the tripartite constituents, or another partner. */
public enum PartnerRole {
  /** The government (usually the ministry of labour). */
  GOVERNMENT,
  /** An employers' organisation. */
  EMPLOYERS_ORGANISATION,
  /** A workers' organisation. */
  WORKERS_ORGANISATION,
  /** Any other partner: a UN agency, a donor, a civil-society organisation. */
  OTHER;

  /**
   * Returns whether the role is one of the three tripartite constituents.
   *
   * @return {@code true} unless {@link #OTHER}
   */
  public boolean isConstituent() {
    return this != OTHER;
  }
}
