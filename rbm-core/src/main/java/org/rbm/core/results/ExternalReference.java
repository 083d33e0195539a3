package org.rbm.core.results;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * A reference from a result to a code in an external vocabulary, such as SDG target {@code 8.5}
 * ({@code SDG:8.5}). {@link #toString()} prints {@code vocabulary:code} and {@link #parse} reads it
 * back. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class ExternalReference {
  ExternalReference() {}

  /**
   * Returns the vocabulary, such as {@code SDG}: not blank, without {@code :}.
   *
   * @return the vocabulary
   */
  @Parameter
  public abstract String vocabulary();

  /**
   * Returns the code within the vocabulary, such as {@code 8.5}.
   *
   * @return the code, not blank
   */
  @Parameter
  public abstract String code();

  @Check
  final void check() {
    if (vocabulary().isBlank() || vocabulary().indexOf(':') >= 0) {
      throw new InvalidValueException(
          "vocabulary", vocabulary(), "a vocabulary name that is not blank and has no ':'");
    }
    if (code().isBlank()) {
      throw new InvalidValueException("code", code(), "a code that is not blank");
    }
  }

  /**
   * Returns the reference to {@code code} in {@code vocabulary}.
   *
   * @param vocabulary the vocabulary, such as {@code SDG}
   * @param code the code, such as {@code 8.5}
   * @return the reference
   * @throws InvalidValueException if either is blank or the vocabulary contains {@code :}
   */
  public static ExternalReference of(String vocabulary, String code) {
    return ImmutableExternalReference.of(vocabulary, code);
  }

  /**
   * Reads a reference in the form {@code vocabulary:code}, such as {@code SDG:8.5}.
   *
   * @param text the text
   * @return the reference
   * @throws RbmParseException if the text has no {@code :} or a part is blank
   */
  public static ExternalReference parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new RbmParseException("external reference", text, "vocabulary:code, such as SDG:8.5");
    }
    try {
      return of(s.substring(0, colon), s.substring(colon + 1));
    } catch (InvalidValueException e) {
      throw new RbmParseException("external reference", text, e);
    }
  }

  /** Returns {@code vocabulary:code}, such as {@code SDG:8.5}. */
  @Override
  public String toString() {
    return vocabulary() + ":" + code();
  }
}
