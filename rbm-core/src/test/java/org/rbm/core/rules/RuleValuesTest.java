package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.ResultId;

/** The small value types of the rules engine: rule ids, rule descriptions, findings, settings. */
class RuleValuesTest {

  @Test
  void ruleIdsParseWhatTheyPrint() {
    RuleId id = RuleId.of("RBM-IND-003");
    assertEquals("RBM-IND-003", id.toString());
    assertEquals(id, RuleId.parse(id.toString()));
    RbmParseException e = assertThrows(RbmParseException.class, () -> RuleId.parse("RBM IND"));
    assertEquals("rule id: cannot parse \"RBM IND\": rule id: got \"RBM IND\", expected "
        + org.rbm.core.Identifier.EXPECTED_FORM, e.getMessage());
    assertNotEquals(RuleId.of("SO1"), ResultId.of("SO1"));
  }

  @Test
  void findingsAreEqualByTheirSevenParts() {
    Finding f = TestFindings.text(RuleId.of("RBM-RES-001"), Severity.ERROR, "PB-2008-09",
        Location.parse("/results/SO1"), "No indicator.");
    Finding keyed = Finding.create(RuleId.of("RBM-IND-003"), Severity.ERROR, "PB-2008-09",
        Location.parse("/results/SO1"), "RBM-IND-003.noTarget", ImmutableMap.of("indicator", "I-1"),
        "Indicator I-1 has no target: set a target for at least one period.");
    new EqualsTester()
        .addEqualityGroup(f, TestFindings.text(RuleId.of("RBM-RES-001"), Severity.ERROR,
            "PB-2008-09", Location.parse("/results/SO1"), "No indicator."))
        .addEqualityGroup(TestFindings.text(RuleId.of("RBM-RES-001"), Severity.WARNING,
            "PB-2008-09", Location.parse("/results/SO1"), "No indicator."))
        .addEqualityGroup(TestFindings.text(RuleId.of("RBM-RES-002"), Severity.ERROR,
            "PB-2008-09", Location.parse("/results/SO1"), "No indicator."))
        .addEqualityGroup(TestFindings.text(RuleId.of("RBM-RES-001"), Severity.ERROR,
            "SPF-2010-15", Location.parse("/results/SO1"), "No indicator."))
        .addEqualityGroup(TestFindings.text(RuleId.of("RBM-RES-001"), Severity.ERROR,
            "PB-2008-09", Location.parse("/results/SO1").withIndexPath("results[0]"),
            "No indicator."))
        .addEqualityGroup(TestFindings.text(RuleId.of("RBM-RES-001"), Severity.ERROR,
            "PB-2008-09", Location.parse("/results/SO1"), "Another message."))
        .addEqualityGroup(keyed)
        .testEquals();
  }

  @Test
  void aFindingOfAStandardKeyMustCarryItsArgumentsAndItsText() {
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> Finding.create(RuleId.of("RBM-IND-003"), Severity.ERROR, "PB-2008-09",
            Location.ROOT, "RBM-IND-003.noTarget", ImmutableMap.of(), "No target."));
    assertEquals("arguments: got [], expected the arguments of RBM-IND-003.noTarget, [indicator]",
        missing.getMessage());
    InvalidValueException otherText = assertThrows(InvalidValueException.class,
        () -> Finding.create(RuleId.of("RBM-IND-003"), Severity.ERROR, "PB-2008-09",
            Location.ROOT, "RBM-IND-003.noTarget", ImmutableMap.of("indicator", "I-1"),
            "No target."));
    assertEquals("message: got \"No target.\", expected the English text of"
        + " RBM-IND-003.noTarget with these arguments, \"Indicator I-1 has no target: set a"
        + " target for at least one period.\"", otherText.getMessage());
    assertThrows(InvalidValueException.class, () -> RuleInfo.builder().build());
  }

  @Test
  void settingsHaveRealisticDefaultsAndRejectANegativeTolerance() {
    RuleSettings defaults = RuleSettings.defaults();
    assertEquals(false, defaults.disaggregationMustEqualTotal());
    assertEquals(0, BigDecimal.valueOf(20).compareTo(defaults.overTargetTolerancePercent()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RuleSettings.builder().overTargetTolerancePercent(new BigDecimal("-1")).build());
    assertEquals("overTargetTolerancePercent: got -1, expected a percentage at least 0",
        e.getMessage());
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(RuleId.class, RuleId.of("RBM-RES-001"));
    tester.testAllPublicStaticMethods(Finding.class);
    tester.testAllPublicInstanceMethods(TestFindings.text(RuleId.of("A-1"), Severity.INFO,
        "PB-2008-09", Location.ROOT, "A message."));
    tester.testAllPublicStaticMethods(MessageKey.class);
    tester.testAllPublicStaticMethods(RuleInfo.class);
    new NullPointerTester().testAllPublicStaticMethods(ValidationContext.class);
    new NullPointerTester().testAllPublicInstanceMethods(ValidationContext.empty());
  }

  @Test
  void standardKeysMustBeInTheBundlesWithTheirArguments() {
    RuleValues values = org.rbm.core.internal.RuleValues.get();
    assertEquals("RBM-STR-003.resultWithoutMilestone(result)",
        values.standardKey("RBM-STR-003.resultWithoutMilestone", "result").toString());
    assertEquals("key: got \"RBM-STR-009.nothing\", expected a key of the SDK's message bundles",
        assertThrows(InvalidValueException.class,
            () -> values.standardKey("RBM-STR-009.nothing")).getMessage());
    // The text of RBM-STR-003.resultWithoutMilestone uses {result}, not {milestone}.
    assertThrows(InvalidValueException.class,
        () -> values.standardKey("RBM-STR-003.resultWithoutMilestone", "milestone"));
  }
}
