package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import org.rbm.core.InvalidValueException;

/**
 * A link from a DWCP to the UN country framework it is part of, such as {@code new
 * UnFrameworkLink(UnFrameworkKind.UNDAF, "UNDAF Kenya 2004-2008")}. Immutable and thread-safe.
 *
 * @param kind an UNDAF or a "One UN" pilot
 * @param reference the framework's name or reference, not blank
 */
public record UnFrameworkLink(UnFrameworkKind kind, String reference) {
  /**
   * Checks the reference.
   *
   * @throws InvalidValueException if the reference is blank
   */
  public UnFrameworkLink {
    requireNonNull(kind, "kind");
    Texts.notBlank("reference", reference);
  }
}
