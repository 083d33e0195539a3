package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.RuleValues;

/**
 * One problem a rule found in a subject: which rule, how serious, in which subject and where, and
 * a message: a stable {@linkplain #messageKey() key} with named {@linkplain #arguments()
 * arguments} (the offending value, the limit, the ids involved), rendered in the caller's locale.
 *
 * <pre>{@code
 * for (Finding f : StandardRules.validator().validate(framework).findings()) {
 *   f.ruleId();                         // RBM-IND-004
 *   f.location();                       // /results/SO2/OC2.1/indicators/IND-7/targets/2011
 *   f.location().indexPath();           // Optional[results[4].indicators[0].periods[3].targets]
 *   f.messageKey();                     // RBM-IND-004.targetsOutside
 *   f.arguments();                      // {indicator=IND-7, period=2011, planningPeriod=2008-09}
 *   f.message();                        // The targets of indicator IND-7 for 2011 lie outside ...
 *   f.message(Locale.FRENCH);           // Les cibles de l'indicateur IND-7 pour 2011 ...
 * }
 * }</pre>
 *
 * <p>Findings are computed results: a rule makes them only through the {@link Reporter} it is
 * given, and there is no public constructor or builder. Arguments are locale-independent text
 * (ASCII digits, decimals in plain notation, ISO dates, periods as {@code 2009}, {@code 2008-09} or
 * {@code 2008-07-01/2009-06-30}); only the words around them are translated. The SDK's bundles
 * have English (the default), French and Spanish texts for every key of the standard rules and of
 * the strategies' criteria; a message of the application's own ({@link MessageKey#of}) reads the
 * same in every locale. Immutable and thread-safe.
 */
public final class Finding {
  /**
   * The order of findings in a {@link ValidationReport}: by subject, location, rule id, severity,
   * then English message. It depends on nothing but the findings, so reports compare and print the
   * same whatever the order the rules ran in.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::subjectId)
          .thenComparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::severity)
          .thenComparing(f -> f.message());

  static {
    RuleValues.register(new RuleValuesAccess());
  }

  private final RuleId ruleId;
  private final Severity severity;
  private final String subjectId;
  private final Location location;
  private final String messageKey;
  private final ImmutableMap<String, String> arguments;
  private final String message;

  private Finding(
      RuleId ruleId,
      Severity severity,
      String subjectId,
      Location location,
      String messageKey,
      ImmutableMap<String, String> arguments,
      String message) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.subjectId = subjectId;
    this.location = location;
    this.messageKey = messageKey;
    this.arguments = arguments;
    this.message = message;
  }

  /** A finding reported by a rule: the English message rendered from the key. */
  static Finding reported(
      RuleId ruleId,
      Severity severity,
      String subjectId,
      Location location,
      MessageKey key,
      ImmutableMap<String, String> arguments) {
    String template = Messages.template(key.key(), Locale.ENGLISH);
    if (template == null) {
      template = key.englishTemplate().orElseThrow(() -> new InvalidValueException(
          "messageKey", key.key(), "a key of the SDK's bundles, or one made with an English text"));
    }
    String message = Messages.render(template, arguments, Messages.bundle("en"), false);
    return create(ruleId, severity, subjectId, location, key.key(), arguments, message);
  }

  /**
   * A finding from its parts, as read back; for a key of the SDK's bundles, the arguments must be
   * those its English text uses and the message that text rendered.
   *
   * @throws InvalidValueException if a part is blank or disagrees with the bundles
   */
  static Finding create(
      RuleId ruleId,
      Severity severity,
      String subjectId,
      Location location,
      String messageKey,
      ImmutableMap<String, String> arguments,
      String message) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(location, "location");
    if (requireNonNull(subjectId, "subjectId").isBlank()) {
      throw new InvalidValueException("subjectId", subjectId, "a subject id that is not blank");
    }
    if (requireNonNull(messageKey, "messageKey").isBlank()) {
      throw new InvalidValueException("messageKey", messageKey, "a message key that is not blank");
    }
    if (requireNonNull(message, "message").isBlank()) {
      throw new InvalidValueException("message", message, "a message that is not blank");
    }
    String template = Messages.bundle("en").get(messageKey);
    if (template != null) {
      if (!Messages.argumentsOf(template).equals(arguments.keySet())) {
        throw new InvalidValueException("arguments", arguments.keySet(),
            "the arguments of " + messageKey + ", " + Messages.argumentsOf(template));
      }
      String rendered = Messages.render(template, arguments, Messages.bundle("en"), false);
      if (!rendered.equals(message)) {
        throw new InvalidValueException("message", message,
            "the English text of " + messageKey + " with these arguments, \"" + rendered + "\"");
      }
    }
    return new Finding(
        ruleId, severity, subjectId, location, messageKey, ImmutableMap.copyOf(arguments), message);
  }

  /**
   * Returns the id of the rule that found the problem.
   *
   * @return the rule id, such as {@code RBM-IND-004}
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity, the rule's default unless the rule set overrode it.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the id of the subject, such as the framework id {@code PB-2008-09}.
   *
   * @return the subject's id, not blank
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns where in the subject the problem lies: its path by ids and, for a results framework,
   * the index path into the framework's JSON document.
   *
   * @return the location, such as {@code /results/SO2/OC2.1/indicators/IND-7}
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the stable key of the message, for tools that act on findings and for translations.
   *
   * @return the key, such as {@code RBM-IND-003.noTarget}, or {@code text} for a plain-text
   *     message
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the message's arguments by name, in the order the key declares them: the ids involved,
   * the offending value, the limit. Values are locale-independent text.
   *
   * @return the arguments, such as {@code {indicator=IND-7, period=2011, planningPeriod=2008-09}}
   */
  public ImmutableMap<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the message in English.
   *
   * @return the message, not blank
   */
  public String message() {
    return message;
  }

  /**
   * Returns the message in the given locale's language: English, French or Spanish for the SDK's
   * keys (English for any other language); the English message for a key of the application's
   * own. Numbers and dates in it do not depend on the locale.
   *
   * @param locale the reader's locale, such as {@code Locale.FRENCH}
   * @return the message, not blank
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    String template = Messages.template(messageKey, locale);
    return template == null
        ? message
        : Messages.render(template, arguments, Messages.bundle(locale), false);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that
        && that.ruleId.equals(ruleId)
        && that.severity == severity
        && that.subjectId.equals(subjectId)
        && that.location.equals(location)
        && that.messageKey.equals(messageKey)
        && that.arguments.equals(arguments)
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ruleId, severity, subjectId, location, messageKey, arguments);
  }

  /** Returns {@code SEVERITY RULE-ID subject location: message}, for logs. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subjectId + " " + location + ": " + message;
  }
}
