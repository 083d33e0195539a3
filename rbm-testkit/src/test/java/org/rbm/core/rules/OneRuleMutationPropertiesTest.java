package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.BrokenFrameworks;

/**
 * A one-rule mutation of a valid framework ({@link BrokenFrameworks#breaking}) is reported by
 * that rule and by no other, whichever rules run beside it: the rule alone reports exactly what it
 * reports among all the standard rules, and every standard rule but it reports no error at all.
 * Disabling the rule removes its findings and leaves the others' as they were. So no rule's
 * findings depend on another rule, and no rule's error duplicates another's.
 */
class OneRuleMutationPropertiesTest {
  private static final RuleSet<ResultsFramework> ALL = StandardRules.ruleSet();

  static Stream<RuleId> standardRules() {
    return ALL.rules().stream().map(Rule::id);
  }

  private static RuleSet<ResultsFramework> only(RuleId kept) {
    RuleSet<ResultsFramework> rules = ALL;
    for (Rule<ResultsFramework> r : ALL.rules()) {
      if (!r.id().equals(kept)) {
        rules = rules.disable(r.id());
      }
    }
    return rules;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardRules")
  void theMutationIsReportedByItsRuleAloneAndNoOtherRuleErrs(RuleId rule) {
    Validator<ResultsFramework> all = StandardRules.validator(ALL);
    Validator<ResultsFramework> alone = StandardRules.validator(only(rule));
    Validator<ResultsFramework> others = StandardRules.validator(ALL.disable(rule));
    qt().withExamples(25).forAll(BrokenFrameworks.breaking(rule)).checkAssert(broken -> {
      ResultsFramework f = broken.framework();
      ValidationReport report = all.validate(f);
      List<Finding> ofRule = report.findings(rule);
      assertFalse(ofRule.isEmpty(), broken::toString);
      assertEquals(ofRule, alone.validate(f).findings(), broken::toString);
      ValidationReport withoutRule = others.validate(f);
      assertEquals(List.of(), withoutRule.findings(Severity.ERROR), broken::toString);
      // Disabling the rule removes its findings, and only them.
      assertEquals(
          report.findings().stream()
              .filter(x -> !x.ruleId().equals(rule))
              .collect(Collectors.toList()),
          withoutRule.findings(),
          broken::toString);
    });
  }
}
