package org.rbm.core.results;

import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * A reference from a result or an indicator to a code in an external vocabulary, such as SDG
 * target {@code 8.5} ({@code SDG:8.5}), optionally with the URI of the vocabulary ({@link
 * #vocabularyUri()}, IATI's {@code vocabulary-uri}) and, for an indicator's reference, the URI of
 * the indicator's definition ({@link #indicatorUri()}, IATI's {@code indicator-uri}). {@link
 * #toString()} prints {@code vocabulary:code} and {@link #parse} reads it back (a reference with
 * URIs reads back without them). Immutable and thread-safe.
 *
 * <pre>{@code
 * ExternalReference own = ExternalReference.of("99", "B1")
 *     .withIndicatorUri("http://example.com/indicators.html");
 * }</pre>
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

  /**
   * Returns the URI of the vocabulary, such as the page that lists a reporting organisation's own
   * codes. IATI calls it {@code vocabulary-uri} (on a result's references in IATI 2.03).
   *
   * @return the URI, if given: not blank, without white space
   */
  public abstract Optional<String> vocabularyUri();

  /**
   * Returns the URI of the definition of the indicator the code stands for. IATI calls it {@code
   * indicator-uri}; only an indicator's references have one ({@link Result} refuses it).
   *
   * @return the URI, if given: not blank, without white space
   */
  public abstract Optional<String> indicatorUri();

  /**
   * Returns a copy with the vocabulary's URI.
   *
   * @param uri the URI, not blank, without white space
   * @return the reference
   * @throws InvalidValueException if the URI is blank or has white space
   */
  public abstract ExternalReference withVocabularyUri(String uri);

  /**
   * Returns a copy with the vocabulary's URI, or without.
   *
   * @param uri the URI, or empty for none
   * @return the reference
   * @throws InvalidValueException if the URI is blank or has white space
   */
  public abstract ExternalReference withVocabularyUri(Optional<String> uri);

  /**
   * Returns a copy with the URI of the indicator's definition.
   *
   * @param uri the URI, not blank, without white space
   * @return the reference
   * @throws InvalidValueException if the URI is blank or has white space
   */
  public abstract ExternalReference withIndicatorUri(String uri);

  /**
   * Returns a copy with the URI of the indicator's definition, or without.
   *
   * @param uri the URI, or empty for none
   * @return the reference
   * @throws InvalidValueException if the URI is blank or has white space
   */
  public abstract ExternalReference withIndicatorUri(Optional<String> uri);

  private static void checkUri(String field, Optional<String> uri) {
    if (uri.isPresent() && (uri.get().isBlank() || uri.get().codePoints().anyMatch(
        c -> Character.isWhitespace(c) || Character.isISOControl(c)))) {
      throw new InvalidValueException(
          field, uri.get(), "a URI that is not blank and has no white space");
    }
  }

  @Check
  final void check() {
    checkUri("vocabularyUri", vocabularyUri());
    checkUri("indicatorUri", indicatorUri());
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
