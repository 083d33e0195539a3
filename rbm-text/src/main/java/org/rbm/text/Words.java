package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.rbm.core.workflow.Workflow;
import org.rbm.text.internal.WordLabels;

/**
 * The SDK's enum constants and event kinds in words for people, in English, French or Spanish:
 * {@code Words.in(Locale.FRENCH).of(Direction.NOT_APPLICABLE)} gives {@code sans objet}, where the
 * constant's name is {@code NOT_APPLICABLE}. Every text rendering of rbm-text prints constants
 * through it. Any other locale gets English, chosen by the locale's language alone, never by the
 * default locale. A constant or kind the SDK does not know (an organisation's own workflow states)
 * gets its name in lower case with spaces ({@code UNDER_REVIEW} gives {@code under review}), as
 * {@link Workflow#label(Enum)} writes it. Immutable and thread-safe.
 */
public final class Words {
  private final WordLabels words;

  private Words(WordLabels words) {
    this.words = words;
  }

  /**
   * Returns the words of a locale's language.
   *
   * @param locale the locale, such as {@code Locale.FRENCH}
   * @return its language's words, or English ones
   */
  public static Words in(Locale locale) {
    return new Words(WordLabels.of(requireNonNull(locale, "locale")));
  }

  /**
   * Returns the language of these words.
   *
   * @return {@code en}, {@code fr} or {@code es}
   */
  public String language() {
    return words.language();
  }

  /**
   * Returns a constant in words, such as {@code not applicable} for {@code
   * Direction.NOT_APPLICABLE}, {@code en cours} for {@code MilestoneState.IN_PROGRESS} in French.
   *
   * @param constant the constant
   * @return its words in this language; in English if this language lacks them; else its name in
   *     lower case with spaces
   */
  public String of(Enum<?> constant) {
    return words.of(requireNonNull(constant, "constant"));
  }

  /**
   * Returns a kind of workflow event in words, such as {@code achieve with conditions} for {@code
   * MilestoneEvent.AchieveWithConditions}, {@code atteindre sous conditions} in French.
   *
   * @param kind the event's class
   * @return its words in this language; in English if this language lacks them; else its simple
   *     name split into lower-case words
   */
  public String ofKind(Class<?> kind) {
    return words.ofKind(requireNonNull(kind, "kind"));
  }
}
