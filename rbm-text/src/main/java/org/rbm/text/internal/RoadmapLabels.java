package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rbm.core.milestones.MilestoneState;

/**
 * The words of roadmap tables in one language: column names and milestone states, read from
 * {@code roadmap-labels_<language>.properties} (UTF-8). English, French and Spanish are provided;
 * any other locale gets English. The choice depends on the locale's language only, never on the
 * default locale. Immutable and thread-safe.
 */
public final class RoadmapLabels {
  /** The languages with a bundle; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private static final ImmutableMap<String, RoadmapLabels> BY_LANGUAGE = loadAll();

  private final String language;
  private final ImmutableMap<String, String> labels;

  private RoadmapLabels(String language, ImmutableMap<String, String> labels) {
    this.language = language;
    this.labels = labels;
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static RoadmapLabels of(Locale locale) {
    @Nullable RoadmapLabels labels = BY_LANGUAGE.get(locale.getLanguage());
    return labels != null ? labels : requireNonNull(BY_LANGUAGE.get(LANGUAGES.get(0)));
  }

  /**
   * Returns the language of these labels.
   *
   * @return {@code en}, {@code fr} or {@code es}
   */
  public String language() {
    return language;
  }

  /**
   * Returns every key and its text.
   *
   * @return the labels
   */
  public ImmutableMap<String, String> asMap() {
    return labels;
  }

  /**
   * Returns a label, with {@code {0}}, {@code {1}}... replaced by the arguments.
   *
   * @param key the key
   * @param arguments the arguments, already text
   * @return the label
   */
  public String get(String key, String... arguments) {
    String text = requireNonNull(labels.get(key), key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", arguments[i]);
    }
    return text;
  }

  /**
   * Returns a milestone state in words, such as {@code in progress} or {@code en cours}.
   *
   * @param state the state
   * @return its label
   */
  public String state(MilestoneState state) {
    return get("state." + state.name());
  }

  private static ImmutableMap<String, RoadmapLabels> loadAll() {
    ImmutableMap.Builder<String, RoadmapLabels> all = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      all.put(language, new RoadmapLabels(language, load(language)));
    }
    return all.buildOrThrow();
  }

  private static ImmutableMap<String, String> load(String language) {
    return LabelFiles.load("roadmap-labels", language);
  }
}
