package org.rbm.core.rules;

import com.google.common.collect.ImmutableMap;

/** Findings for tests, made as a rule's plain-text report makes them. */
final class TestFindings {
  private TestFindings() {}

  static Finding text(
      RuleId ruleId, Severity severity, String subjectId, Location location, String message) {
    return Finding.create(ruleId, severity, subjectId, location, "text",
        ImmutableMap.of("text", message), message);
  }
}
