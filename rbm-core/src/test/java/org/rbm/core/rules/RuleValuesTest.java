package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
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
  void findingsAreEqualByTheirFiveParts() {
    Finding f = Finding.of(RuleId.of("RBM-RES-001"), Severity.ERROR, "PB-2008-09",
        Location.parse("/results/SO1"), "No indicator.");
    new EqualsTester()
        .addEqualityGroup(f, Finding.builder().from(f).build())
        .addEqualityGroup(f.withSeverity(Severity.WARNING))
        .addEqualityGroup(f.withRuleId(RuleId.of("RBM-RES-002")))
        .addEqualityGroup(f.withSubjectId("SPF-2010-15"))
        .addEqualityGroup(f.withLocation(Location.ROOT))
        .addEqualityGroup(f.withMessage("Another message."))
        .testEquals();
  }

  @Test
  void buildersNameWhatIsMissing() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Finding.builder().build());
    assertEquals(true, e.getMessage().contains("ruleId"), e.getMessage());
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
    tester.testAllPublicStaticMethods(RuleInfo.class);
    new NullPointerTester().testAllPublicStaticMethods(ValidationContext.class);
    new NullPointerTester().testAllPublicInstanceMethods(ValidationContext.empty());
  }
}
