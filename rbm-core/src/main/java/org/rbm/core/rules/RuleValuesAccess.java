package org.rbm.core.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
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
    return MessageKey.standard(key, argumentNames);
  }
}
