package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.rbm.core.workflow.Workflow;

/**
 * The words of the SDK's enum constants and event kinds in one language, read from {@code
 * words_<language>.properties} (UTF-8), keyed by the type's name after {@code org.rbm.core.} and
 * the constant: {@code indicators.Direction.NOT_APPLICABLE}. Immutable and thread-safe.
 */
public final class WordLabels extends Labels {
  private static final String CORE = "org.rbm.core.";
  private static final ImmutableMap<String, WordLabels> BY_LANGUAGE =
      loadAll("words", WordLabels::new);

  private WordLabels(String language, ImmutableMap<String, String> labels) {
    super(language, labels);
  }

  /**
   * Returns the words for a locale's language.
   *
   * @param locale the locale
   * @return its language's words, or English ones
   */
  public static WordLabels of(Locale locale) {
    return pick(BY_LANGUAGE, locale);
  }

  /**
   * Returns the word of a key, if this language has one.
   *
   * @param key the key, such as {@code indicators.Direction.NOT_APPLICABLE}
   * @return the word, or empty
   */
  public Optional<String> find(String key) {
    return Optional.ofNullable(asMap().get(key));
  }

  /**
   * Returns a constant in words: this language's, else English, else the name in lower case with
   * spaces ({@link Workflow#label(Enum)}).
   *
   * @param constant the constant
   * @return its words
   */
  public String of(Enum<?> constant) {
    String key = key(constant.getDeclaringClass()) + "." + constant.name();
    return orEnglish(key).orElseGet(() -> Workflow.label(constant));
  }

  /**
   * Returns a kind of event in words: this language's, else English, else the simple name split
   * into words ({@link Workflow#label(Class)}).
   *
   * @param kind the event's class
   * @return its words
   */
  public String ofKind(Class<?> kind) {
    return orEnglish(key(kind)).orElseGet(() -> Workflow.label(kind));
  }

  private Optional<String> orEnglish(String key) {
    return find(key).or(() -> of(Locale.ENGLISH).find(key));
  }

  /** {@code org.rbm.core.evaluation.SubjectRef$Kind} gives {@code evaluation.SubjectRef.Kind}. */
  private static String key(Class<?> type) {
    String name = type.getName();
    return (name.startsWith(CORE) ? name.substring(CORE.length()) : name).replace('$', '.');
  }
}
