package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import org.rbm.core.InvalidValueException;

/**
 * A partner named by a DWCP, such as {@code new Partner("Ministry of Labour", PartnerRole.GOVERNMENT)}.
 * Immutable and thread-safe.
 *
 * @param name the partner's name, not blank
 * @param role its role
 */
public record Partner(String name, PartnerRole role) {
  /**
   * Checks the name.
   *
   * @throws InvalidValueException if the name is blank
   */
  public Partner {
    Texts.notBlank("name", name);
    requireNonNull(role, "role");
  }
}
