package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.BrokenFramework;
import org.rbm.testkit.BrokenFrameworks;
import org.rbm.testkit.RbmGen;

/** The laws of the standard rules over generated frameworks. */
class StandardRulesPropertiesTest {
  private static final Validator<ResultsFramework> STANDARD = StandardRules.validator();

  static Stream<RuleId> standardRules() {
    return StandardRules.ruleSet().rules().stream().map(Rule::id);
  }

  @Test
  void everyStandardRuleHasAGeneratorOfFrameworksBreakingIt() {
    assertEquals(
        standardRules().collect(Collectors.toList()), BrokenFrameworks.rules().asList());
  }

  @Test
  void aGeneratedValidFrameworkHasNoError() {
    qt().withExamples(300)
        .forAll(BrokenFrameworks.keepingEveryRule())
        .checkAssert(f -> assertEquals(List.of(), STANDARD.validate(f).findings(Severity.ERROR)));
  }

  /**
   * Without breakdowns, not even a warning. (With them, a small count split by the generator, such
   * as a target of 1 and an actual of 2 for one age group, is rightly flagged by RBM-VAL-003.)
   */
  @Test
  void aGeneratedValidFrameworkWithoutBreakdownsHasNoFindingAtAll() {
    qt().withExamples(300)
        .forAll(BrokenFrameworks.keepingEveryRule(RbmGen.frameworks().withoutBreakdowns()))
        .checkAssert(f -> assertEquals(List.of(), STANDARD.validate(f).findings()));
  }

  @Test
  void theOrderResultsAreGivenInDoesNotChangeTheReport() {
    qt().withExamples(300)
        .forAll(RbmGen.frameworks().shuffled())
        .checkAssert(f -> assertEquals(
            byIds(STANDARD.validate(f)),
            byIds(STANDARD.validate(f.withResults(f.resultsInTreeOrder())))));
  }

  /**
   * The findings with their locations by ids only: index paths follow the order of the document's
   * arrays by definition.
   */
  private static List<String> byIds(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location() + " " + f.messageKey()
            + " " + f.arguments() + " " + f.message())
        .collect(Collectors.toList());
  }

  /**
   * Every finding the standard rules make (one of each rule, from the testkit's broken
   * frameworks) has its key in the English, French and Spanish bundles, whose texts use exactly
   * the finding's arguments, and render without a missing word.
   */
  @ParameterizedTest
  @MethodSource("standardRules")
  void everyFindingHasItsMessageInEveryLanguageWithExactlyItsArguments(RuleId rule) {
    for (long seed = 0; seed < 20; seed++) {
      BrokenFramework broken = BrokenFrameworks.breaking(rule).sample(seed);
      for (Finding f : STANDARD.validate(broken.framework()).findings()) {
        for (String language : Messages.LANGUAGES) {
          String template = Messages.bundle(language).get(f.messageKey());
          if (template == null) {
            throw new AssertionError(f.messageKey() + " missing in " + language);
          }
          assertEquals(f.arguments().keySet(), Messages.argumentsOf(template),
              f.messageKey() + " in " + language + ": " + template + " for " + f.arguments());
          String rendered = Messages.render(template, f.arguments(), Messages.bundle(language), true);
          assertEquals(rendered, f.message(java.util.Locale.forLanguageTag(language)));
          assertTrue(rendered.indexOf('{') < 0, rendered);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("standardRules")
  void eachMutationGetsItsRulesFindingAtItsLocationAndNoOtherError(RuleId rule) {
    Severity severity = StandardRules.ruleSet().severityOf(rule);
    qt().withExamples(200).forAll(BrokenFrameworks.breaking(rule)).checkAssert(broken -> {
      assertEquals(rule, broken.rule());
      ValidationReport report = STANDARD.validate(broken.framework());
      List<Finding> ofRule = report.findings(rule);
      assertTrue(
          ofRule.stream().anyMatch(
              f -> f.location().withoutIndexPath().equals(broken.location())
                  && f.location().indexPath().isPresent()
                  && f.severity() == severity),
          () -> broken.location() + " not in " + ofRule);
      List<Finding> otherErrors = report.findings(Severity.ERROR).stream()
          .filter(f -> !f.ruleId().equals(rule))
          .collect(Collectors.toList());
      assertEquals(List.of(), otherErrors, broken::toString);
    });
  }

  @Test
  void theNamedFactoriesAndTheFacadeDrawTheSameFrameworks() {
    for (long seed = 0; seed < 5; seed++) {
      BrokenFramework viaFacade = RbmGen.frameworksBreaking(StandardRules.TARGET_GIVEN).sample(seed);
      assertEquals(viaFacade, BrokenFrameworks.breaking(StandardRules.TARGET_GIVEN).sample(seed));
      assertEquals(viaFacade.framework(), BrokenFrameworks.withoutTarget().sample(seed));
      assertEquals(
          BrokenFrameworks.breaking(StandardRules.PERIODS_DO_NOT_OVERLAP).sample(seed).framework(),
          BrokenFrameworks.overlappingPeriods().sample(seed));
    }
  }
}
