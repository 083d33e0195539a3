package org.rbm.core.rules;

/**
 * How serious a finding is. Each rule has a default severity, which a {@link RuleSet} may override
 * (IATI itself softened its rule 8.8.1 from "must" to "should").
 *
 * <p>Constants are declared from the most to the least serious, so {@link #compareTo} orders
 * errors first.
 */
public enum Severity {
  /** The framework is wrong and should not be submitted as it is. */
  ERROR,
  /** Probably a mistake, or a weakness the programme officer should look at. */
  WARNING,
  /** Worth knowing; nothing needs to change. */
  INFO;

  /**
   * Tells whether this severity is at least as serious as the other one.
   *
   * @param other the severity to compare with
   * @return whether this is {@code other} or more serious; {@code ERROR.isAtLeast(WARNING)} is true
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
