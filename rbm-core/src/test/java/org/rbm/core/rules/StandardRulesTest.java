package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;

class StandardRulesTest {
  /** The table of StandardRules' Javadoc: ids in order, with their default severities. */
  private static final ImmutableMap<String, Severity> TABLE = ImmutableMap.<String, Severity>builder()
      .put("RBM-RES-001", Severity.ERROR)
      .put("RBM-RES-002", Severity.ERROR)
      .put("RBM-RES-003", Severity.ERROR)
      .put("RBM-RES-004", Severity.ERROR)
      .put("RBM-RES-005", Severity.WARNING)
      .put("RBM-RES-006", Severity.WARNING)
      .put("RBM-IND-001", Severity.ERROR)
      .put("RBM-IND-002", Severity.ERROR)
      .put("RBM-IND-003", Severity.ERROR)
      .put("RBM-IND-004", Severity.ERROR)
      .put("RBM-IND-005", Severity.ERROR)
      .put("RBM-IND-006", Severity.WARNING)
      .put("RBM-IND-007", Severity.ERROR)
      .put("RBM-IND-008", Severity.WARNING)
      .put("RBM-PER-001", Severity.ERROR)
      .put("RBM-PER-002", Severity.WARNING)
      .put("RBM-VAL-001", Severity.WARNING)
      .put("RBM-VAL-002", Severity.ERROR)
      .put("RBM-VAL-003", Severity.WARNING)
      .put("RBM-VAL-004", Severity.WARNING)
      .buildOrThrow();

  @Test
  void theRuleSetIsTheDocumentedTable() {
    Map<String, Severity> actual = new LinkedHashMap<>();
    for (Rule<ResultsFramework> rule : StandardRules.ruleSet().rules()) {
      actual.put(rule.id().code(), rule.info().defaultSeverity());
      assertTrue(rule instanceof FrameworkRule, rule.id() + " shares the one walk");
    }
    assertEquals(TABLE, actual);
    assertEquals(TABLE.keySet().asList(), actual.keySet().stream().toList());
  }

  @Test
  void everyIdConstantNamesARuleOfTheSet() throws IllegalAccessException {
    int constants = 0;
    for (Field field : StandardRules.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
        RuleId id = (RuleId) field.get(null);
        assertTrue(StandardRules.ruleSet().rule(id).isPresent(), field.getName());
        constants++;
      }
    }
    assertEquals(TABLE.size(), constants);
  }

  @Test
  void severityOfTheDefaultSetIsTheRulesDefault() {
    for (Rule<ResultsFramework> rule : StandardRules.ruleSet().rules()) {
      assertEquals(TABLE.get(rule.id().code()), StandardRules.ruleSet().severityOf(rule.id()));
      assertTrue(StandardRules.ruleSet().isEnabled(rule.id()));
    }
  }
}
