package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * The stable key of a finding's message and the names of its arguments, such as {@code
 * RBM-IND-003.noTarget} with the argument {@code indicator}. A rule reports a key and the
 * arguments' values; the sentence is rendered late, in the caller's locale, from the message
 * bundles ({@link Finding#message(java.util.Locale)}).
 *
 * <p>The standard rules' keys have English, French and Spanish texts in the SDK's bundles. A rule
 * of your own gives its English text, with each argument in braces:
 *
 * <pre>{@code
 * static final MessageKey NO_DEFINITION =
 *     MessageKey.of("ACME-002.noDefinition", "Indicator {indicator} has no definition.");
 * ...
 * reporter.report(visit.location(), NO_DEFINITION, visit.indicator().id());
 * }</pre>
 *
 * <p>Such a message reads the same in every locale, unless the SDK's bundles know its key.
 * Immutable and thread-safe.
 */
public final class MessageKey {
  /** The key of a plain-text message, reported with {@link Reporter#report(Location, String)}. */
  public static final MessageKey TEXT = new MessageKey("text", ImmutableList.of("text"), "{text}");

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

  private final String key;
  private final ImmutableList<String> argumentNames;
  private final @Nullable String englishTemplate;

  private MessageKey(
      String key, ImmutableList<String> argumentNames, @Nullable String englishTemplate) {
    this.key = key;
    this.argumentNames = argumentNames;
    this.englishTemplate = englishTemplate;
  }

  /**
   * Returns the key of a message of your own, with its English text.
   *
   * @param key the key, 1 to 100 letters, digits, {@code .}, {@code _} or {@code -}, such as
   *     {@code ACME-002.noDefinition}
   * @param englishTemplate the English text, each argument named in braces, such as {@code
   *     "Indicator {indicator} has no definition."}; names are a lower-case letter then letters and
   *     digits; each name appears at least once
   * @return the key; its argument names are those of the template, in their order of first use
   * @throws InvalidValueException if the key or the template is malformed
   */
  public static MessageKey of(String key, String englishTemplate) {
    requireNonNull(key, "key");
    requireNonNull(englishTemplate, "englishTemplate");
    checkKey(key);
    return new MessageKey(key, placeholders("englishTemplate", englishTemplate), englishTemplate);
  }

  /** A key of the SDK's bundles, with its declared arguments; its texts are in the bundles. */
  static MessageKey standard(String key, String... argumentNames) {
    checkKey(key);
    ImmutableList<String> names = ImmutableList.copyOf(argumentNames);
    for (int i = 0; i < names.size(); i++) {
      checkName("argumentNames[" + i + "]", names.get(i));
    }
    if (names.size() != names.stream().distinct().count()) {
      throw new InvalidValueException("argumentNames", names, "distinct names");
    }
    return new MessageKey(key, names, null);
  }

  private static void checkKey(String key) {
    if (!KEY.matcher(requireNonNull(key, "key")).matches()) {
      throw new InvalidValueException(
          "key", key, "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  private static void checkName(String field, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          field, name, "a lower-case letter, then up to 39 letters and digits");
    }
  }

  /**
   * Returns the names in braces of a template, in their order of first use.
   *
   * @throws InvalidValueException if a brace is unbalanced or a name malformed
   */
  static ImmutableList<String> placeholders(String field, String template) {
    requireNonNull(template, field);
    if (template.isBlank()) {
      throw new InvalidValueException(field, template, "a text that is not blank");
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder rest = new StringBuilder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (m.find()) {
      checkName(field + " {" + m.group(1) + "}", m.group(1));
      if (seen.add(m.group(1))) {
        names.add(m.group(1));
      }
      m.appendReplacement(rest, "");
    }
    m.appendTail(rest);
    if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
      throw new InvalidValueException(field, template, "braces only around argument names");
    }
    return names.build();
  }

  /**
   * Returns the key.
   *
   * @return the key, such as {@code RBM-IND-003.noTarget}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the names of the arguments, in the order their values are reported.
   *
   * @return the names, such as {@code [indicator]}
   */
  public ImmutableList<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Returns the English text given with {@link #of}; empty for the standard keys, whose texts are
   * in the SDK's bundles.
   *
   * @return the English template, if given
   */
  public Optional<String> englishTemplate() {
    return Optional.ofNullable(englishTemplate);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MessageKey that
        && that.key.equals(key)
        && that.argumentNames.equals(argumentNames)
        && java.util.Objects.equals(that.englishTemplate, englishTemplate);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Returns the key and its argument names, such as {@code RBM-IND-003.noTarget(indicator)}. */
  @Override
  public String toString() {
    return key + "(" + String.join(", ", argumentNames) + ")";
  }
}
