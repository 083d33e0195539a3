package org.rbm.text.internal;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads the label files of this package, {@code <base>_<language>.properties} in UTF-8, for every
 * kind of labels ({@link ProgressLabels}, {@link RoadmapLabels}, {@link DwcpLabels}).
 */
final class LabelFiles {
  private LabelFiles() {}

  /**
   * Reads one label file.
   *
   * @param base the file's base name, such as {@code roadmap-labels}
   * @param language the language, such as {@code fr}
   * @return every key and its text
   * @throws IllegalStateException if the file is not in the jar (a build error, not bad input)
   */
  static ImmutableMap<String, String> load(String base, String language) {
    String name = base + "_" + language + ".properties";
    try (InputStream in = LabelFiles.class.getResourceAsStream(name)) {
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
