package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.StandardRules;
import org.rbm.testkit.internal.RuleBreakers;
import org.rbm.testkit.internal.RuleBreakers.Breaker;
import org.rbm.testkit.internal.RuleFrameworks;

/**
 * The catalogue of frameworks that break exactly one standard quality rule each ({@link
 * StandardRules}), and of frameworks that keep every one of them.
 *
 * <pre>{@code
 * qt().forAll(BrokenFrameworks.keepingEveryRule())
 *     .checkAssert(f -> assertFalse(StandardRules.validator().validate(f).hasErrors()));
 * qt().forAll(BrokenFrameworks.breaking(StandardRules.PERIODS_DO_NOT_OVERLAP))
 *     .checkAssert(b -> ...);   // b.framework(), b.rule(), b.location()
 * ResultsFramework demo = BrokenFrameworks.overlappingPeriods().sample(7);
 * }</pre>
 *
 * <p>The valid frameworks are those of {@link RbmGen#frameworks()}, made to keep the results-chain
 * rules too: results above the lowest level left without a result below them are dropped (with the
 * links that start from them), and siblings that drew the same title get their id added to it. A
 * broken framework is drawn the same way (with the measures the rule concerns, such as percentages
 * for RBM-IND-007), then one targeted mutation breaks the rule at one drawn place: a result, an
 * indicator, a period. The mutation's choices shrink with the rest. Ids the mutations add start with
 * {@code X-}.
 */
public final class BrokenFrameworks {
  private BrokenFrameworks() {}

  /**
   * Returns frameworks with no error of the standard rules. Warnings may occur: a small count split
   * by a breakdown, such as a target of 1 and an actual of 2 for one age group, is flagged by
   * RBM-VAL-003. Without breakdowns there is no finding at all.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> keepingEveryRule() {
    return keepingEveryRule(RbmGen.frameworks());
  }

  /**
   * Returns the frameworks of the given generator, made to keep the results-chain rules as
   * described above.
   *
   * @param frameworks the generator, such as {@code RbmGen.frameworks().withoutBreakdowns()}; on
   *     a scheme's every level (the default)
   * @return the generator
   */
  public static SeededGen<ResultsFramework> keepingEveryRule(FrameworkGen frameworks) {
    requireNonNull(frameworks, "frameworks");
    return in -> RuleFrameworks.keepingRules(frameworks.generate(in));
  }

  /**
   * Returns frameworks that break the given standard rule, each with the location of its finding.
   *
   * @param rule the id of a standard rule, such as {@link StandardRules#TARGET_GIVEN}
   * @return the generator
   * @throws InvalidValueException if the id is not one of {@link StandardRules}' rules
   */
  public static SeededGen<BrokenFramework> breaking(RuleId rule) {
    Breaker breaker = RuleBreakers.ALL.get(requireNonNull(rule, "rule"));
    if (breaker == null) {
      throw new InvalidValueException("rule", rule, "the id of a standard rule " + rules());
    }
    FrameworkGen base = breaker.base().apply(RbmGen.frameworks());
    return in -> breaker.breakIn(RuleFrameworks.keepingRules(base.generate(in)), in);
  }

  /**
   * Returns the ids of the rules {@link #breaking} can break: every standard rule.
   *
   * @return the rule ids, in the order of {@link StandardRules#ruleSet()}
   */
  public static ImmutableSet<RuleId> rules() {
    return RuleBreakers.ALL.keySet();
  }

  private static SeededGen<ResultsFramework> only(RuleId rule) {
    SeededGen<BrokenFramework> broken = breaking(rule);
    return in -> broken.generate(in).framework();
  }

  /**
   * RBM-RES-001: a result on the lowest level has no indicator.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> lowestResultWithoutIndicator() {
    return only(StandardRules.LOWEST_RESULT_HAS_INDICATOR);
  }

  /**
   * RBM-RES-002: a result above the lowest level, {@code X-CHILDLESS}, has no result below it.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> higherResultWithoutChildren() {
    return only(StandardRules.HIGHER_RESULT_HAS_CHILDREN);
  }

  /**
   * RBM-RES-003: a result on the lowest level, {@code X-ORPHAN}, has no parent.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> rootBelowTheHighestLevel() {
    return only(StandardRules.ROOT_ON_HIGHEST_LEVEL);
  }

  /**
   * RBM-RES-004: a result contributes to {@code X-MISSING}, absent from the framework itself.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> contributionToAMissingResult() {
    return only(StandardRules.CONTRIBUTION_TARGET_EXISTS);
  }

  /**
   * RBM-RES-005: a result contributes to a result of {@code X-UNKNOWN}, a framework no context
   * knows.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> contributionToAnUnknownFramework() {
    return only(StandardRules.CONTRIBUTION_FRAMEWORK_KNOWN);
  }

  /**
   * RBM-RES-006: a result on the lowest level has a twin, {@code X-TWIN}, with its title.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> siblingsWithTheSameTitle() {
    return only(StandardRules.SIBLING_TITLES_DISTINCT);
  }

  /**
   * RBM-IND-001: a count, currency or ratio indicator has no unit.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> withoutUnit() {
    return only(StandardRules.UNIT_STATED);
  }

  /**
   * RBM-IND-002: an indicator has no baseline, not even one stated as not available.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> withoutBaseline() {
    return only(StandardRules.BASELINE_STATED);
  }

  /**
   * RBM-IND-003: an indicator has no target.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> withoutTarget() {
    return only(StandardRules.TARGET_GIVEN);
  }

  /**
   * RBM-IND-004: an indicator has targets for the year after the planning period.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> targetOutsideThePlanningPeriod() {
    return only(StandardRules.TARGETS_IN_PLANNING_PERIOD);
  }

  /**
   * RBM-IND-005: an indicator with ordered values states no direction.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> withoutDirection() {
    return only(StandardRules.DIRECTION_STATED);
  }

  /**
   * RBM-IND-006: a count's final target lies on the wrong side of its baseline.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> finalTargetAgainstTheDirection() {
    return only(StandardRules.TARGETS_FOLLOW_DIRECTION);
  }

  /**
   * RBM-IND-007: a percentage indicator has a target of 101.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> percentageAboveHundred() {
    return only(StandardRules.PERCENTAGES_IN_RANGE);
  }

  /**
   * RBM-IND-008: a baseline is dated the day after the first target period starts.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> baselineAfterTheFirstTargetPeriodStarts() {
    return only(StandardRules.BASELINE_BEFORE_TARGETS);
  }

  /**
   * RBM-PER-001: an indicator has one of its periods twice.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> overlappingPeriods() {
    return only(StandardRules.PERIODS_DO_NOT_OVERLAP);
  }

  /**
   * RBM-PER-002: an indicator has a period with neither target nor actual.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> emptyPeriod() {
    return only(StandardRules.PERIOD_HAS_VALUE);
  }

  /**
   * RBM-VAL-001: a quantitative indicator's baseline is stated as not available.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> baselineNotAvailable() {
    return only(StandardRules.BASELINE_VALUE_AVAILABLE);
  }

  /**
   * RBM-VAL-002: a count's targets broken down by {@code zone} add up to more than their total.
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> breakdownAboveTheTotal() {
    return only(StandardRules.BREAKDOWN_WITHIN_TOTAL);
  }

  /**
   * RBM-VAL-003: a count's actual is far beyond its target (above it, or below it when the count
   * should decrease).
   *
   * @return the generator
   */
  public static SeededGen<ResultsFramework> actualFarBeyondTheTarget() {
    return only(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET);
  }
}
