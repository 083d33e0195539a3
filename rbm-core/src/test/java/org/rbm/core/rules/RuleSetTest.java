package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.withIndicator;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.ResultsFramework;

class RuleSetTest {
  /** A user's own rule, in a few lines. */
  private static final FrameworkRule DEFINITION_GIVEN = FrameworkRule.forEachIndicator(
      RuleInfo.of("ACME-002", Severity.INFO, "Every indicator has a definition",
          "A definition says exactly what is counted", "ACME M&E guide"),
      (visit, out) -> {
        if (visit.indicator().definition().isEmpty()) {
          out.report(visit.location(), visit.indicator().id() + " has no definition.");
        }
      });

  private static final Rule<ResultsFramework> OWNER_KNOWN = Rule.of(
      RuleInfo.of("ACME-001", Severity.WARNING, "The owner is an ACME unit",
          "Results of unknown units are not followed up", "ACME programme manual"),
      (framework, context, out) -> {
        if (!framework.owner().startsWith("ACME")) {
          out.report(Location.ROOT, "The owner " + framework.owner() + " is not an ACME unit.");
        }
      });

  private static ResultsFramework notAvailableBaseline() {
    return withIndicator(indicator("IND-1").baseline(Baseline.notAvailable("No survey")).build());
  }

  @Test
  void overridesASeverity() {
    ValidationReport lenient = StandardRules.validator().validate(notAvailableBaseline());
    assertFalse(lenient.hasErrors());
    RuleSet<ResultsFramework> strictIati = StandardRules.ruleSet()
        .withSeverity(StandardRules.BASELINE_VALUE_AVAILABLE, Severity.ERROR);
    ValidationReport strict = StandardRules.validator(strictIati).validate(notAvailableBaseline());
    assertFindings(strict, "RBM-VAL-001 ERROR " + IND_1 + "/baseline");
    assertTrue(strict.hasErrors());
    assertEquals(Severity.ERROR, strictIati.severityOf(StandardRules.BASELINE_VALUE_AVAILABLE));
    assertEquals(Severity.WARNING,
        StandardRules.ruleSet().severityOf(StandardRules.BASELINE_VALUE_AVAILABLE));
  }

  @Test
  void switchesARuleOffAndOnAgain() {
    Indicator noBaseline = indicator("IND-1").build().withBaseline(Optional.empty());
    RuleSet<ResultsFramework> off = StandardRules.ruleSet().disable(StandardRules.BASELINE_STATED);
    assertTrue(StandardRules.validator(off).validate(withIndicator(noBaseline)).isClean());
    assertFalse(off.isEnabled(StandardRules.BASELINE_STATED));
    assertEquals(19, off.enabledRules().size());
    assertEquals(20, off.rules().size());
    RuleSet<ResultsFramework> on = off.enable(StandardRules.BASELINE_STATED);
    assertFindings(StandardRules.validator(on).validate(withIndicator(noBaseline)),
        "RBM-IND-002 ERROR " + IND_1);
  }

  @Test
  void runsTheUsersOwnRulesWithTheStandardOnes() {
    RuleSet<ResultsFramework> rules = StandardRules.ruleSet().with(DEFINITION_GIVEN).with(OWNER_KNOWN);
    ValidationReport report = StandardRules.validator(rules).validate(Fixtures.valid());
    assertFindings(report, "ACME-001 WARNING /", "ACME-002 INFO " + IND_1);
    assertEquals("IND-1 has no definition.", report.findings().get(1).message());
    assertEquals("The owner ILO is not an ACME unit.", report.findings().get(0).message());
  }

  @Test
  void composesRuleSetsKeepingTheirConfiguration() {
    RuleSet<ResultsFramework> acme =
        RuleSet.of(DEFINITION_GIVEN, OWNER_KNOWN).disable(OWNER_KNOWN.id());
    RuleSet<ResultsFramework> all = StandardRules.ruleSet()
        .withSeverity(StandardRules.TARGET_GIVEN, Severity.WARNING)
        .withAll(acme);
    assertEquals(22, all.rules().size());
    assertEquals(OWNER_KNOWN, all.rules().get(21));
    assertFalse(all.isEnabled(OWNER_KNOWN.id()));
    assertEquals(Severity.WARNING, all.severityOf(StandardRules.TARGET_GIVEN));
    assertFindings(StandardRules.validator(all).validate(Fixtures.valid()),
        "ACME-002 INFO " + IND_1);
  }

  @Test
  void replacesARuleKeepingItsPlaceAndConfiguration() {
    RuleSet<ResultsFramework> lenient = StandardRules.ruleSet(
        RuleSettings.builder().overTargetTolerancePercent(java.math.BigDecimal.valueOf(50)).build());
    Rule<ResultsFramework> tolerant =
        lenient.rule(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET).orElseThrow();
    RuleSet<ResultsFramework> replaced = StandardRules.ruleSet()
        .withSeverity(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET, Severity.INFO)
        .replacing(tolerant);
    assertEquals(18, replaced.rules().indexOf(tolerant));
    assertEquals(Severity.INFO, replaced.severityOf(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET));
    assertEquals("No actual is more than 50% above its target, or below it for a decreasing"
            + " indicator (flagged for review)",
        tolerant.info().description());
  }

  @Test
  void rejectsDuplicateAndUnknownRuleIds() {
    InvalidValueException duplicate = assertThrows(InvalidValueException.class,
        () -> RuleSet.of(DEFINITION_GIVEN, DEFINITION_GIVEN));
    assertEquals("rules[1].id: got ACME-002, expected a rule id not used before in the rule set",
        duplicate.getMessage());
    assertThrows(InvalidValueException.class,
        () -> StandardRules.ruleSet().withAll(StandardRules.ruleSet()));
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> RuleSet.of(OWNER_KNOWN).withSeverity(RuleId.of("RBM-XXX-999"), Severity.INFO));
    assertEquals("ruleId: got RBM-XXX-999, expected the id of a rule in the set [ACME-001]",
        unknown.getMessage());
    assertThrows(InvalidValueException.class,
        () -> RuleSet.of(OWNER_KNOWN).disable(RuleId.of("RBM-XXX-999")));
    assertThrows(InvalidValueException.class,
        () -> RuleSet.of(OWNER_KNOWN).replacing(DEFINITION_GIVEN));
  }

  @Test
  void aFrameworkRuleAloneFindsWhatItFindsInTheSharedWalk() {
    Indicator noUnit = indicator("IND-1").build().withUnit(Optional.empty());
    ResultsFramework f = withIndicator(noUnit);
    Rule<ResultsFramework> unit = StandardRules.ruleSet().rule(StandardRules.UNIT_STATED).orElseThrow();
    List<Location> alone = new java.util.ArrayList<>();
    unit.check(f, ValidationContext.empty(), (location, key, values) -> alone.add(location));
    // IO1.1 is the third result of the document: results[2].
    Location expected = Location.parse(IND_1).withIndexPath("results[2].indicators[0]");
    assertEquals(List.of(expected), alone);
    assertEquals(ImmutableList.of(expected),
        StandardRules.validator().validate(f).findings().stream().map(Finding::location)
            .collect(ImmutableList.toImmutableList()));
  }

  /** A subject that is not a results framework: the engine is generic. */
  record Plan(String id, List<String> milestones) {}

  @Test
  void validatesOtherSubjects() {
    Rule<Plan> milestonesGiven = Rule.of(
        RuleInfo.of("RBM-STR-003", Severity.ERROR, "Milestones identify the main results",
            "Criterion 3 of the common criteria for strategies", "ILO GB.300/PFA/9/1, para. 20"),
        (plan, context, out) -> {
          if (plan.milestones().isEmpty()) {
            out.report(Location.of("milestones"), "The strategy has no milestone.");
          }
        });
    Validator<Plan> validator = Validator.of(RuleSet.of(milestonesGiven), Plan::id);
    ValidationReport report = validator.validate(new Plan("HR-2010-15", List.of()));
    assertEquals(
        List.of(TestFindings.text(RuleId.of("RBM-STR-003"), Severity.ERROR, "HR-2010-15",
            Location.of("milestones"), "The strategy has no milestone.")),
        report.findings());
    assertTrue(validator.validate(new Plan("IT-2010-15", List.of("IT strategy adopted"))).isClean());
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RuleId.class, RuleId.of("ACME-001"))
        .setDefault(Rule.class, OWNER_KNOWN)
        .setDefault(RuleSet.class, RuleSet.of(OWNER_KNOWN));
    tester.testAllPublicInstanceMethods(RuleSet.of(OWNER_KNOWN));
    tester.testAllPublicStaticMethods(RuleSet.class);
    tester.testAllPublicStaticMethods(Validator.class);
    tester.testAllPublicStaticMethods(StandardRules.class);
  }
}
