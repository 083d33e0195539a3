package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One {@code narrative} of an IATI text: the text in one language, such as {@code <narrative
 * xml:lang="fr">Titre</narrative>}. The text is kept exactly as the file gives it. Immutable and
 * thread-safe.
 *
 * @param text the text, as written
 * @param language the {@code xml:lang} code, such as {@code fr}; empty for the activity's default
 *     language
 */
public record Narrative(String text, Optional<String> language) {
  /**
   * Checks that no component is null.
   *
   * @param text the text, as written
   * @param language the language code, if given
   */
  public Narrative {
    requireNonNull(text, "text");
    requireNonNull(language, "language");
  }

  /**
   * Returns a narrative in the activity's default language.
   *
   * @param text the text
   * @return the narrative
   */
  public static Narrative of(String text) {
    return new Narrative(text, Optional.empty());
  }
}
