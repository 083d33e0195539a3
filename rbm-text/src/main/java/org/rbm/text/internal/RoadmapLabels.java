package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.rbm.core.milestones.MilestoneState;

/**
 * The words of roadmap tables in one language: column names and milestone states, read from
 * {@code roadmap-labels_<language>.properties} (UTF-8). English, French and Spanish are provided;
 * any other locale gets English. The choice depends on the locale's language only, never on the
 * default locale. Immutable and thread-safe.
 */
public final class RoadmapLabels extends Labels {
  private static final ImmutableMap<String, RoadmapLabels> BY_LANGUAGE =
      loadAll("roadmap-labels", RoadmapLabels::new);

  private RoadmapLabels(String language, ImmutableMap<String, String> labels) {
    super(language, labels);
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static RoadmapLabels of(Locale locale) {
    return pick(BY_LANGUAGE, locale);
  }

  /**
   * Returns a milestone state in words, such as {@code in progress} or {@code en cours}.
   *
   * @param state the state
   * @return its label
   */
  public String state(MilestoneState state) {
    return WordLabels.of(Locale.forLanguageTag(language())).of(state);
  }
}
