package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.ProgressStatus;

/**
 * The words of progress renderings in one language: column names, headings, statuses and grades,
 * read from {@code progress-labels_<language>.properties} (UTF-8). English, French and Spanish are
 * provided; any other locale gets English. The choice depends on the locale's language only, never
 * on the default locale. Immutable and thread-safe.
 */
public final class ProgressLabels {
  /** The languages with a bundle; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private static final ImmutableMap<String, ProgressLabels> BY_LANGUAGE = loadAll();

  private final String language;
  private final ImmutableMap<String, String> labels;

  private ProgressLabels(String language, ImmutableMap<String, String> labels) {
    this.language = language;
    this.labels = labels;
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static ProgressLabels of(Locale locale) {
    @Nullable ProgressLabels labels = BY_LANGUAGE.get(locale.getLanguage());
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
   * Returns a status in words, such as {@code on track}.
   *
   * @param status the status
   * @return its label
   */
  public String status(ProgressStatus status) {
    return get("status." + status.name());
  }

  /**
   * Returns a grade in words, such as {@code partly achieved}.
   *
   * @param grade the grade
   * @return its label
   */
  public String grade(AssessmentGrade grade) {
    return get("grade." + grade.name());
  }

  private static ImmutableMap<String, ProgressLabels> loadAll() {
    ImmutableMap.Builder<String, ProgressLabels> all = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      all.put(language, new ProgressLabels(language, load(language)));
    }
    return all.buildOrThrow();
  }

  private static ImmutableMap<String, String> load(String language) {
    return LabelFiles.load("progress-labels", language);
  }
}
