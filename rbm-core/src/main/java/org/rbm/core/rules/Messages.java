package org.rbm.core.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

/**
 * The message bundles of findings (English, French, Spanish: {@code messages*.properties} beside
 * this class, read as UTF-8) and the rendering of a message from its key and arguments.
 *
 * <p>A template names each argument in braces: {@code {indicator}}. A format may follow a comma:
 * {@code {level,capitalized}} (first letter upper case), {@code {dimensions,list}} (values joined
 * by {@code ;} in the argument, joined by the bundle's {@code list.and} in the text), {@code
 * {period,period}} (a period: a range {@code start/end} is written with the bundle's {@code
 * period.range}), or any other word {@code w}: the bundle's text for {@code w.<value>}, such as
 * {@code measure.COUNT}. Arguments are stored as locale-independent text (ASCII digits, plain
 * decimals, ISO dates); only the words around them depend on the locale.
 *
 * <p>The bundles are loaded directly (not with {@code ResourceBundle}, whose {@code Control} is not
 * available to named modules), once, when the class is initialised.
 */
final class Messages {
  /** The languages with a bundle; the first is the default. */
  static final ImmutableList<String> LANGUAGES = ImmutableList.of("en", "fr", "es");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)(?:,([a-zA-Z]+))?\\}");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
  private static final ImmutableMap<String, ImmutableMap<String, String>> BUNDLES = load();

  private Messages() {}

  private static ImmutableMap<String, ImmutableMap<String, String>> load() {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> bundles = ImmutableMap.builder();
    for (String language : LANGUAGES) {
      String name = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
      bundles.put(language, read(name));
    }
    return bundles.buildOrThrow();
  }

  private static ImmutableMap<String, String> read(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The message bundle " + name + " is missing from the jar");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> sorted = new TreeMap<>();
      for (String key : properties.stringPropertyNames()) {
        sorted.put(key, properties.getProperty(key));
      }
      return ImmutableMap.copyOf(sorted);
    } catch (IOException e) {
      throw new UncheckedIOException("The message bundle " + name + " cannot be read", e);
    }
  }

  /** The bundle of a language of {@link #LANGUAGES}: key to template. */
  static ImmutableMap<String, String> bundle(String language) {
    ImmutableMap<String, String> bundle = BUNDLES.get(language);
    if (bundle == null) {
      throw new IllegalArgumentException("no bundle for " + language);
    }
    return bundle;
  }

  /** The bundle for a locale: its language's if there is one, else English. */
  static ImmutableMap<String, String> bundle(Locale locale) {
    ImmutableMap<String, String> bundle = BUNDLES.get(locale.getLanguage());
    return bundle == null ? bundle("en") : bundle;
  }

  /** Tells whether the SDK's bundles know a key. */
  static boolean isStandard(String key) {
    return bundle("en").containsKey(key);
  }

  /**
   * The template of a key in a locale: from the locale's bundle, else from the English one, else
   * the English text given with the key, if any.
   */
  static @Nullable String template(String key, Locale locale) {
    String template = bundle(locale).get(key);
    return template != null ? template : bundle("en").get(key);
  }

  /** The argument names a template uses, in order of first use. */
  static ImmutableSet<String> argumentsOf(String template) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.build();
  }

  /**
   * Renders a template with the given arguments in a language's words.
   *
   * @param strict whether an unknown argument or vocabulary word throws; otherwise it is left as
   *     written
   * @throws IllegalArgumentException when strict and something is missing
   */
  static String render(
      String template, Map<String, String> arguments, ImmutableMap<String, String> words,
      boolean strict) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String value = arguments.get(m.group(1));
      String text;
      if (value == null) {
        if (strict) {
          throw new IllegalArgumentException("no argument " + m.group(1) + " for " + template);
        }
        text = m.group();
      } else {
        text = format(value, m.group(2), words, strict);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String format(
      String value, @Nullable String format, ImmutableMap<String, String> words, boolean strict) {
    if (format == null) {
      return value;
    }
    return switch (format) {
      case "capitalized" -> value.isEmpty()
          ? value
          : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
      case "list" -> String.join(word("list.and", words, " and ", strict), value.split(";", -1));
      case "period" -> range(value, words, strict);
      default -> word(format + "." + value, words, value, strict);
    };
  }

  private static String range(String value, ImmutableMap<String, String> words, boolean strict) {
    Matcher range = RANGE.matcher(value);
    if (!range.matches()) {
      return value;
    }
    String pattern = word("period.range", words, "{start} to {end}", strict);
    return pattern.replace("{start}", range.group(1)).replace("{end}", range.group(2));
  }

  private static String word(
      String key, ImmutableMap<String, String> words, String fallback, boolean strict) {
    String word = words.get(key);
    if (word == null) {
      if (strict) {
        throw new IllegalArgumentException("no word " + key + " in the bundle");
      }
      return fallback;
    }
    return word;
  }

  /**
   * The locale-independent text of an argument's value: an identifier's code, a decimal in plain
   * notation without trailing zeros, a whole number in ASCII digits, an ISO date, a period as
   * {@code 2009}, {@code 2008-09} or {@code 2008-07-01/2009-06-30}, an enum constant's name, a list
   * as its elements' texts joined by {@code ;}, anything else by {@code toString()}.
   */
  static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Identifier id) {
      return id.code();
    }
    if (value instanceof BigDecimal d) {
      return Amounts.format(d);
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof DateRange range) {
      String segment = IndicatorVisit.segmentOf(range);
      return segment.contains("--") ? range.start() + "/" + range.end() : segment;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder();
      for (Object element : list) {
        out.append(out.length() == 0 ? "" : ";").append(text(element));
      }
      return out.toString();
    }
    return value.toString();
  }

  /**
   * The arguments of a message, by name in the key's order, each value as {@link #text}.
   *
   * @throws InvalidValueException if the number of values is not the number of names
   */
  static ImmutableMap<String, String> arguments(MessageKey key, Object... values) {
    List<String> names = key.argumentNames();
    if (values.length != names.size()) {
      throw new InvalidValueException("arguments of " + key.key(), values.length,
          names.size() + " values, for " + names);
    }
    ImmutableMap.Builder<String, String> arguments = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      arguments.put(names.get(i), text(java.util.Objects.requireNonNull(values[i], names.get(i))));
    }
    return arguments.buildOrThrow();
  }
}
