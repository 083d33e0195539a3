package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The labels of the DWCP tables in English, French and Spanish; English for other languages. */
public final class DwcpLabels {
  /** The languages with labels, English first. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private static final ImmutableMap<String, DwcpLabels> BY_LANGUAGE = loadAll();

  private final ImmutableMap<String, String> labels;

  private DwcpLabels(ImmutableMap<String, String> labels) {
    this.labels = labels;
  }

  /** Returns the labels for the locale's language, English if it has none. */
  public static DwcpLabels of(Locale locale) {
    @Nullable DwcpLabels found = BY_LANGUAGE.get(locale.getLanguage());
    return found != null ? found : requireNonNull(BY_LANGUAGE.get(LANGUAGES.get(0)));
  }

  /** Returns every label by key. */
  public ImmutableMap<String, String> asMap() {
    return labels;
  }

  /** Returns the label with {@code {0}}, {@code {1}}... replaced by the arguments. */
  public String get(String key, String... arguments) {
    String text = requireNonNull(labels.get(key), key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", arguments[i]);
    }
    return text;
  }

  private static ImmutableMap<String, DwcpLabels> loadAll() {
    ImmutableMap.Builder<String, DwcpLabels> all = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      all.put(language, new DwcpLabels(load(language)));
    }
    return all.buildOrThrow();
  }

  private static ImmutableMap<String, String> load(String language) {
    return LabelFiles.load("dwcp-labels", language);
  }
}
