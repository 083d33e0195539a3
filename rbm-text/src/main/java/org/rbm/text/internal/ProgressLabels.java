package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.ProgressStatus;

/**
 * The words of progress renderings in one language: column names, headings, statuses and grades,
 * read from {@code progress-labels_<language>.properties} (UTF-8). English, French and Spanish are
 * provided; any other locale gets English. The choice depends on the locale's language only, never
 * on the default locale. Immutable and thread-safe.
 */
public final class ProgressLabels extends Labels {
  private static final ImmutableMap<String, ProgressLabels> BY_LANGUAGE =
      loadAll("progress-labels", ProgressLabels::new);

  private ProgressLabels(String language, ImmutableMap<String, String> labels) {
    super(language, labels);
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static ProgressLabels of(Locale locale) {
    return pick(BY_LANGUAGE, locale);
  }

  /**
   * Returns a status in words, such as {@code on track}.
   *
   * @param status the status
   * @return its label
   */
  public String status(ProgressStatus status) {
    return WordLabels.of(Locale.forLanguageTag(language())).of(status);
  }

  /**
   * Returns a grade in words, such as {@code partly achieved}.
   *
   * @param grade the grade
   * @return its label
   */
  public String grade(AssessmentGrade grade) {
    return WordLabels.of(Locale.forLanguageTag(language())).of(grade);
  }
}
