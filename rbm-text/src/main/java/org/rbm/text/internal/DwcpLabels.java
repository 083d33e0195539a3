package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/** The labels of the DWCP tables in English, French and Spanish; English for other languages. */
public final class DwcpLabels extends Labels {
  private static final ImmutableMap<String, DwcpLabels> BY_LANGUAGE =
      loadAll("dwcp-labels", DwcpLabels::new);

  private DwcpLabels(String language, ImmutableMap<String, String> labels) {
    super(language, labels);
  }

  /**
   * Returns the labels for a locale's language.
   *
   * @param locale the locale
   * @return its language's labels, or English ones
   */
  public static DwcpLabels of(Locale locale) {
    return pick(BY_LANGUAGE, locale);
  }
}
