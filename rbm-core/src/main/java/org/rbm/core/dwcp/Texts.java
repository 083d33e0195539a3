package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.rbm.core.InvalidValueException;

/** Checks shared by the package's records. */
final class Texts {
  private Texts() {}

  @CanIgnoreReturnValue
  static String notBlank(String field, String text) {
    requireNonNull(text, field);
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
    return text;
  }
}
