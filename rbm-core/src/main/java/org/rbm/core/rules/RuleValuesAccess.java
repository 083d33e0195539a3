package org.rbm.core.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.RuleValues;

/** The implementation of {@link RuleValues}, registered by {@link Finding}'s static initialiser. */
final class RuleValuesAccess implements RuleValues {
  @Override
  public Finding finding(
      RuleId ruleId,
      Severity severity,
      String subjectId,
      Location location,
      String messageKey,
      Map<String, String> arguments,
      String message) {
    return Finding.create(ruleId, severity, subjectId, location, messageKey,
        ImmutableMap.copyOf(arguments), message);
  }

  @Override
  public ValidationReport report(String subjectId, Iterable<Finding> findings) {
    return ValidationReport.of(subjectId, findings);
  }

  @Override
  public MessageKey standardKey(String key, String... argumentNames) {
    MessageKey standard = MessageKey.standard(key, argumentNames);
    // A key of the SDK's bundles: its texts exist, and use exactly the declared arguments.
    String template = Messages.bundle("en").get(key);
    if (template == null) {
      throw new InvalidValueException("key", key, "a key of the SDK's message bundles");
    }
    ImmutableSet<String> used = Messages.argumentsOf(template);
    if (!used.equals(ImmutableSet.copyOf(standard.argumentNames()))) {
      throw new InvalidValueException(
          "argumentNames", standard.argumentNames(), "the arguments its text uses, " + used);
    }
    return standard;
  }
}
