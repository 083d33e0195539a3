package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.framework;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.io11;
import static org.rbm.core.rules.Fixtures.oc1;
import static org.rbm.core.rules.Fixtures.result;
import static org.rbm.core.rules.Fixtures.so1;
import static org.rbm.core.rules.Fixtures.validate;
import static org.rbm.core.rules.Fixtures.withIndicator;
import static org.rbm.core.rules.Fixtures.year;
import static org.rbm.core.rules.Fixtures.yearTarget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.ResultsFramework;

/**
 * The framework walk when a rule throws, the position of equal elements, and the indicator rules
 * at the edges of their conditions: a measure the rule is not about, a direction that is neither
 * up nor down, two periods with the same dates, a percent that rounds to exactly 100.
 */
class WalkAndIndicatorRulesEdgesTest {

  private static List<String> ruleFailures(ValidationReport report) {
    return report.findings(Validator.RULE_FAILED).stream()
        .map(f -> f.location() + " " + f.location().indexPath().orElse("-") + " " + f.message())
        .toList();
  }

  @Test
  void aRuleThrowingOnTheFrameworkFailsAtTheRootWithAnEmptyIndexPath() {
    FrameworkRule throwing = new FrameworkRule(
        RuleInfo.of("ACME-F", Severity.INFO, "Looks at the framework", "A test", "Tests")) {
      @Override
      protected void checkFramework(
          ResultsFramework framework, ValidationContext context, Reporter reporter) {
        throw new IllegalStateException("no framework today");
      }
    };
    ValidationReport report = StandardRules.validator(RuleSet.of(throwing)).validate(Fixtures.valid());
    assertEquals(List.of("/  Rule ACME-F failed with java.lang.IllegalStateException: no framework"
        + " today. Its findings may be incomplete; the other rules ran."), ruleFailures(report));
  }

  @Test
  void aRuleThrowingOnAResultFailsAtThatResult() {
    FrameworkRule throwing = FrameworkRule.forEachResult(
        RuleInfo.of("ACME-R", Severity.INFO, "Looks at results", "A test", "Tests"),
        (visit, out) -> {
          if (visit.result().id().code().equals("OC1")) {
            throw new IllegalArgumentException("not this one");
          }
        });
    ValidationReport report = StandardRules.validator(RuleSet.of(throwing)).validate(Fixtures.valid());
    assertEquals(List.of("/results/SO1/OC1 results[1] Rule ACME-R failed with"
        + " java.lang.IllegalArgumentException: not this one. Its findings may be incomplete; the"
        + " other rules ran."), ruleFailures(report));
  }

  @Test
  void positionFindsTheVeryElementBeforeAnEqualOne() {
    String first = new String("IND-1");
    String second = new String("IND-1");
    List<String> list = List.of(first, second);
    assertEquals(0, FrameworkWalk.position(list, first));
    assertEquals(1, FrameworkWalk.position(list, second));
    // Not the element itself, but an equal one: the first equal one.
    assertEquals(0, FrameworkWalk.position(List.of(first), second));
    assertEquals("IND-2 is not part of the visited piece",
        assertThrows(IllegalArgumentException.class,
            () -> FrameworkWalk.position(list, "IND-2")).getMessage());
  }

  /** Counts of 140 and 150 are not percentages: RBM-IND-007 leaves them alone. */
  @Test
  void onlyPercentagesAreKeptBetweenZeroAndOneHundred() {
    ResultsFramework counts = withIndicator(indicator("IND-1")
        .baseline(org.rbm.core.indicators.Baseline.of(Value.of(130), Fixtures.BASELINE_DATE))
        .periods(List.of(year(2008, 140, 138), yearTarget(2009, 150)))
        .build());
    assertEquals(List.of(), validate(counts).findings());
  }

  /**
   * 100 + 10^-20 percent over 100 (a fraction 10^29 + 10^-20 over 10^29) is 100 once divided in
   * {@code Decimals.CONTEXT}: not above 100. 101/100 is.
   */
  @Test
  void aFractionWhosePercentRoundsToOneHundredIsInRange() {
    BigDecimal d = BigDecimal.TEN.pow(29);
    BigDecimal n = d.add(new BigDecimal("1E-20"));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.fraction(n, d)));
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.fraction(101, 100)));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.fraction(100, 100)));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.of(100)));
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.of(new BigDecimal("100.01"))));
    assertFalse(IndicatorRules.PercentagesInRange.outOfRange(Value.of(0)));
    assertTrue(IndicatorRules.PercentagesInRange.outOfRange(Value.of(new BigDecimal("-0.01"))));
  }

  /** An indicator to maintain has no way to move: a final target above its baseline is fine. */
  @Test
  void anIndicatorToMaintainIsNotCheckedForItsDirection() {
    ResultsFramework maintain = withIndicator(indicator("IND-1")
        .direction(Direction.MAINTAIN)
        .periods(List.of(year(2008, 40, 38), yearTarget(2009, 50)))
        .build());
    assertEquals(List.of(), validate(maintain).findings(StandardRules.TARGETS_FOLLOW_DIRECTION));
    ResultsFramework below = withIndicator(indicator("IND-1")
        .direction(Direction.MAINTAIN)
        .periods(List.of(year(2008, 20, 18), yearTarget(2009, 10)))
        .build());
    assertEquals(List.of(), validate(below).findings(StandardRules.TARGETS_FOLLOW_DIRECTION));
  }

  /**
   * Two periods of 2009, targets 20 then 50, baseline 30, increasing: the first of the latest
   * periods is the final one, so its 20 is below the baseline.
   */
  @Test
  void ofTwoLatestPeriodsWithTheSameDatesTheFirstGivesTheFinalTarget() {
    ResultsFramework twice = withIndicator(indicator("IND-1")
        .periods(List.of(year(2008, 40, 38), yearTarget(2009, 20), yearTarget(2009, 50)))
        .build());
    List<Finding> findings = validate(twice).findings(StandardRules.TARGETS_FOLLOW_DIRECTION);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Optional.of("results[2].indicators[0].periods[1].targets[0]"),
        findings.get(0).location().indexPath());
  }

  /** A ratio and an amount of money need a unit, as a count does. */
  @Test
  void ratiosAndAmountsNeedAUnit() {
    for (Measure m : List.of(Measure.RATIO, Measure.CURRENCY, Measure.COUNT)) {
      ResultsFramework f = withIndicator(indicator("IND-1").measure(m).unit(Optional.empty())
          .build());
      assertEquals(List.of("RBM-IND-001 " + IND_1),
          validate(f).findings(StandardRules.UNIT_STATED).stream()
              .map(x -> x.ruleId() + " " + x.location()).toList(), m.name());
    }
    ResultsFramework percent = withIndicator(indicator("IND-1").measure(Measure.PERCENTAGE)
        .unit(Optional.empty()).build());
    assertEquals(List.of(), validate(percent).findings(StandardRules.UNIT_STATED));
  }

  /** Titles differing only in runs of white space, of any kind, are the same title. */
  @Test
  void siblingTitlesAreComparedWithTheirWhiteSpaceCollapsed() {
    for (String twin : List.of("Member States  act against child labour",
        "Member States\u00a0act against child labour", "Member States\tact against child labour")) {
      ResultsFramework f = framework(List.of(so1(), oc1(),
          io11(indicator("IND-1").build()),
          result("IO1.2", "immediate outcome", "OC1", twin)
              .withIndicators(indicator("IND-2").build())));
      assertEquals(List.of("/results/SO1/OC1/IO1.2"),
          validate(f).findings(StandardRules.SIBLING_TITLES_DISTINCT).stream()
              .map(x -> x.location().toString()).toList(), twin);
    }
    assertTrue(validate(Fixtures.valid()).isClean());
  }
}
