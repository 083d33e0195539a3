package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A {@code dimension} of a baseline, target or actual, such as {@code name="sex" value="female"}.
 * Both attributes are optional in the schema. Immutable and thread-safe.
 *
 * @param name the {@code name}, if given
 * @param value the {@code value}, if given
 */
public record IatiDimension(Optional<String> name, Optional<String> value) {
  /**
   * Checks that no component is null.
   *
   * @param name the name
   * @param value the value
   */
  public IatiDimension {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }

  /**
   * Returns the dimension with both attributes.
   *
   * @param name the name, such as {@code sex}
   * @param value the value, such as {@code female}
   * @return the dimension
   */
  public static IatiDimension of(String name, String value) {
    return new IatiDimension(Optional.of(name), Optional.of(value));
  }
}
