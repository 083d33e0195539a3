package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * The labels of the evaluation follow-up tables in English, French and Spanish; English for other
 * languages.
 */
public final class EvaluationLabels extends Labels {
  private static final ImmutableMap<String, EvaluationLabels> BY_LANGUAGE =
      loadAll("evaluation-labels", EvaluationLabels::new);

  private EvaluationLabels(String language, ImmutableMap<String, String> labels) {
    super(language, labels);
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static EvaluationLabels of(Locale locale) {
    return pick(BY_LANGUAGE, locale);
  }
}
