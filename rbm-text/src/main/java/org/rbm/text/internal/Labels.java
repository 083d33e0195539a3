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
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The words of one kind of rendering in one language, read from {@code
 * <base>_<language>.properties} (UTF-8) beside this class. English, French and Spanish are
 * provided; any other locale gets English, chosen by the locale's language alone, never by the
 * default locale. Each kind ({@link ProgressLabels}, {@link RoadmapLabels}, {@link DwcpLabels})
 * adds the words of its own enums. Immutable and thread-safe.
 */
public class Labels {
  /** The languages with labels, English first (the fallback). */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private final String language;
  private final ImmutableMap<String, String> labels;

  Labels(String language, ImmutableMap<String, String> labels) {
    this.language = language;
    this.labels = labels;
  }

  /**
   * Returns the language of these labels.
   *
   * @return {@code en}, {@code fr} or {@code es}
   */
  public final String language() {
    return language;
  }

  /**
   * Returns every key and its text.
   *
   * @return the labels
   */
  public final ImmutableMap<String, String> asMap() {
    return labels;
  }

  /**
   * Returns a label, with {@code {0}}, {@code {1}}... replaced by the arguments.
   *
   * @param key the key
   * @param arguments the arguments, already text
   * @return the label
   */
  public final String get(String key, String... arguments) {
    String text = requireNonNull(labels.get(key), key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", arguments[i]);
    }
    return text;
  }

  /** Reads the labels of every language of one kind. */
  static <T extends Labels> ImmutableMap<String, T> loadAll(
      String base, BiFunction<String, ImmutableMap<String, String>, T> kind) {
    ImmutableMap.Builder<String, T> all = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      all.put(language, kind.apply(language, load(base, language)));
    }
    return all.buildOrThrow();
  }

  /** Picks the labels of a locale's language, English if it has none. */
  static <T extends Labels> T pick(ImmutableMap<String, T> byLanguage, Locale locale) {
    @Nullable T found = byLanguage.get(locale.getLanguage());
    return found != null ? found : requireNonNull(byLanguage.get(LANGUAGES.get(0)));
  }

  private static ImmutableMap<String, String> load(String base, String language) {
    String name = base + "_" + language + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
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
