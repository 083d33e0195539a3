package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
    String name = "dwcp-labels_" + language + ".properties";
    try (InputStream in = DwcpLabels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rbm-text is built with " + name);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
      for (String key : properties.stringPropertyNames()) {
        labels.put(key, properties.getProperty(key));
      }
      return labels.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
