package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A {@code location} of a baseline, target or actual: a reference to a location the activity
 * describes, such as {@code AF-KAN}. Immutable and thread-safe.
 *
 * @param ref the {@code ref}, if given (optional in the schema)
 */
public record IatiLocation(Optional<String> ref) {
  /**
   * Checks that no component is null.
   *
   * @param ref the reference
   */
  public IatiLocation {
    requireNonNull(ref, "ref");
  }

  /**
   * Returns the location with the given reference.
   *
   * @param ref the reference, such as {@code AF-KAN}
   * @return the location
   */
  public static IatiLocation of(String ref) {
    return new IatiLocation(Optional.of(ref));
  }
}
