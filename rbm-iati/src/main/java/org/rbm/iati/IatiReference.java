package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A {@code reference} of a result or an indicator to a code in a vocabulary, such as SDG
 * indicator {@code 8.5.1}. A result's reference may carry a {@code vocabulary-uri}, an
 * indicator's an {@code indicator-uri}. Immutable and thread-safe.
 *
 * @param vocabulary the {@code vocabulary} code (IATI's ResultVocabulary or IndicatorVocabulary,
 *     such as {@code 99} for a reporting organisation's own)
 * @param code the {@code code}
 * @param vocabularyUri the {@code vocabulary-uri}, if given (result references)
 * @param indicatorUri the {@code indicator-uri}, if given (indicator references)
 */
public record IatiReference(
    String vocabulary, String code, Optional<String> vocabularyUri, Optional<String> indicatorUri) {
  /**
   * Checks that no component is null.
   *
   * @param vocabulary the vocabulary
   * @param code the code
   * @param vocabularyUri the vocabulary URI
   * @param indicatorUri the indicator URI
   */
  public IatiReference {
    requireNonNull(vocabulary, "vocabulary");
    requireNonNull(code, "code");
    requireNonNull(vocabularyUri, "vocabularyUri");
    requireNonNull(indicatorUri, "indicatorUri");
  }
}
