package org.rbm.store;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

import org.rbm.core.InvalidValueException;

/** Checks the keys and texts the store keeps in its key columns. */
final class Keys {
  /** The longest key, author or actor. */
  static final int MAX_LENGTH = 200;

  private Keys() {}

  /**
   * Checks a key: 1 to {@value #MAX_LENGTH} characters, no NUL (PostgreSQL cannot keep one).
   *
   * @throws InvalidValueException naming the field if the key is not of that form
   */
  @CanIgnoreReturnValue
  static String check(String field, String key) {
    requireNonNull(key, field);
    if (key.isEmpty() || key.length() > MAX_LENGTH || key.indexOf('\0') >= 0) {
      throw new InvalidValueException(
          field, key, "1 to " + MAX_LENGTH + " characters without NUL (U+0000)");
    }
    return key;
  }

  /** Checks an author or actor: a key that is not blank. */
  @CanIgnoreReturnValue
  static String checkName(String field, String name) {
    check(field, name);
    if (name.isBlank()) {
      throw new InvalidValueException(field, name, "a name that is not blank");
    }
    return name;
  }
}
