package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.rbm.core.results.ResultsFramework;

/**
 * The SDK's standard quality rules for results frameworks, and the validator that applies them.
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator().validate(framework);
 *
 * RuleSet<ResultsFramework> mine = StandardRules.ruleSet()
 *     .withSeverity(StandardRules.BASELINE_VALUE_AVAILABLE, Severity.ERROR)
 *     .disable(StandardRules.SIBLING_TITLES_DISTINCT)
 *     .with(myOwnRule);
 * ValidationReport strict = StandardRules.validator(mine).validate(framework, context);
 * }</pre>
 *
 * <table>
 *   <caption>The standard rules (generated from their RuleInfo; StandardRulesTableTest
 *       checks that they agree)</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th><th>Source</th></tr>
 *   <tr><td>RBM-RES-001</td><td>error</td><td>Every result on the lowest level has at least one
 *       indicator</td><td>ILO GB.300/PFA/9/1 (2007): each immediate outcome has indicators and
 *       performance targets</td></tr>
 *   <tr><td>RBM-RES-002</td><td>error</td><td>Every result above the lowest level has at least
 *       one result below it</td><td>ILO GB.300/PFA/9/1 (2007): strategic objectives, outcomes and
 *       immediate outcomes form one chain; OECD-DAC results chain</td></tr>
 *   <tr><td>RBM-RES-003</td><td>error</td><td>No level is skipped: every result without a parent
 *       is on the highest level</td><td>ILO GB.300/PFA/9/1 (2007): three levels aligned with the UN
 *       system; OECD-DAC results chain</td></tr>
 *   <tr><td>RBM-RES-004</td><td>error</td><td>Every contribution link points to a result that
 *       exists in its framework</td><td>ILO GB.300/PFA/9/1 (2007): IRIS links each DWCP result to
 *       the global immediate outcomes</td></tr>
 *   <tr><td>RBM-RES-005</td><td>warning</td><td>Every contribution link points to a framework
 *       the validation knows</td><td>ILO GB.300/PFA/9/1 (2007): IRIS links each DWCP result to the
 *       global immediate outcomes</td></tr>
 *   <tr><td>RBM-RES-006</td><td>warning</td><td>Results with the same parent have different
 *       titles (ignoring case and spacing)</td><td>ILO GB.300/PFA/9/1 (2007): the implementation
 *       report reports each outcome separately</td></tr>
 *   <tr><td>RBM-IND-001</td><td>error</td><td>Every count, currency or ratio indicator names its
 *       unit</td><td>ILO GB.300/PFA/9/1 (2007): measurable indicators; TolaData: unit of measure and
 *       type on every indicator</td></tr>
 *   <tr><td>RBM-IND-002</td><td>error</td><td>Every indicator has a baseline, or states that
 *       none is available and why</td><td>ILO GB.300/PFA/9/1 (2007): indicators have baselines
 *       (measurement benchmarks); peers' users: allow "baseline not available" with a
 *       reason</td></tr>
 *   <tr><td>RBM-IND-003</td><td>error</td><td>Every indicator has at least one
 *       target</td><td>ILO GB.300/PFA/9/1 (2007): indicators have targets that are measurable and
 *       time-bound</td></tr>
 *   <tr><td>RBM-IND-004</td><td>error</td><td>Every period with targets lies inside the
 *       framework's planning period</td><td>ILO GB.300/PFA/9/1 (2007): time-bound targets for the
 *       biennium; IATI has no rule for periods outside the activity dates</td></tr>
 *   <tr><td>RBM-IND-005</td><td>error</td><td>Every quantitative indicator with ordered values
 *       states its direction of change</td><td>TolaData: direction of change on every indicator;
 *       IATI: the ascending attribute</td></tr>
 *   <tr><td>RBM-IND-006</td><td>warning</td><td>The final target moves away from the baseline in
 *       the indicator's direction</td><td>TolaData and OKR progress formulas (direction of change);
 *       issue 3 of this SDK</td></tr>
 *   <tr><td>RBM-IND-007</td><td>error</td><td>Every value of a percentage indicator lies between
 *       0 and 100</td><td>IATI measure 2 (percentage); the SDK's Measure.PERCENTAGE (0 to
 *       100)</td></tr>
 *   <tr><td>RBM-IND-008</td><td>warning</td><td>The baseline is dated no later than the first
 *       day of the first period with a target</td><td>ILO GB.300/PFA/9/1 (2007): baselines as
 *       measurement benchmarks; IATI baseline year</td></tr>
 *   <tr><td>RBM-PER-001</td><td>error</td><td>The reporting periods of one indicator do not
 *       overlap</td><td>This SDK: IATI has no rule for overlapping periods</td></tr>
 *   <tr><td>RBM-PER-002</td><td>warning</td><td>Every reporting period has a target or an
 *       actual</td><td>Peers' users (DOMAIN.md, request 4): a period needs a target or an actual,
 *       not necessarily both</td></tr>
 *   <tr><td>RBM-VAL-001</td><td>warning</td><td>The baseline of a quantitative indicator has a
 *       value</td><td>IATI 8.8.1 (error in IATI's ruleset; override the severity for strict
 *       IATI)</td></tr>
 *   <tr><td>RBM-VAL-002</td><td>error</td><td>The values of one breakdown do not add up to more
 *       than the total</td><td>Peers' users (DOMAIN.md, request 1): disaggregated values must not
 *       exceed (some: must equal) the total; IATI has no rule for it</td></tr>
 *   <tr><td>RBM-VAL-003</td><td>warning</td><td>No actual is more than 20% above its target, or
 *       below it for a decreasing indicator (flagged for review)</td><td>DHIS2-based applications
 *       warn above 120% of the target; peers' users (DOMAIN.md, request 8)</td></tr>
 *   <tr><td>RBM-VAL-004</td><td>warning</td><td>A period given only by breakdown has a complete
 *       breakdown of an additive measure</td><td>Issue 10 of this SDK (sex-disaggregated actuals
 *       entered without a total); TolaData and DHIS2 derive totals from complete category
 *       combinations</td></tr>
 * </table>
 *
 * <p>The other IATI rules the SDK follows cannot be broken by a framework that exists, because the
 * model rejects the data when it is built (with {@link org.rbm.core.InvalidValueException}): 8.6.1
 * (period start not after its end: {@code DateRange}); 8.9.1 and 8.10.1 (a target or actual has a
 * value: {@code DataPoint.value} is required); 8.8.2, 8.9.2, 8.10.2 (numeric values for measures
 * 1–4) and 8.8.3, 8.9.3, 8.10.3 (no numeric value for a qualitative measure: {@code
 * Measure.accepts}); 8.11.1 (references at result or indicator level, not both: only results carry
 * references).
 *
 * <p>A rule that throws is reported as {@link Validator#RULE_FAILED} (RBM-ENGINE-001, error),
 * not in this table because it is no rule of the set and cannot be switched off. Every finding's
 * message key and its texts in English, French and Spanish are in the bundles {@code
 * org/rbm/core/rules/messages*.properties}.
 *
 * <p>Validation walks the framework once for all standard rules: linear in the number of results,
 * indicators, periods and values, except for sorting the periods of an indicator given out of
 * order and the findings.
 */
public final class StandardRules {
  /** RBM-RES-001: every result on the lowest level has at least one indicator. */
  public static final RuleId LOWEST_RESULT_HAS_INDICATOR = RuleId.of("RBM-RES-001");
  /** RBM-RES-002: every result above the lowest level has a result below it. */
  public static final RuleId HIGHER_RESULT_HAS_CHILDREN = RuleId.of("RBM-RES-002");
  /** RBM-RES-003: no level is skipped; every result without a parent is on the highest level. */
  public static final RuleId ROOT_ON_HIGHEST_LEVEL = RuleId.of("RBM-RES-003");
  /** RBM-RES-004: every contribution link points to a result that exists. */
  public static final RuleId CONTRIBUTION_TARGET_EXISTS = RuleId.of("RBM-RES-004");
  /** RBM-RES-005: every contribution link points to a framework the validation knows. */
  public static final RuleId CONTRIBUTION_FRAMEWORK_KNOWN = RuleId.of("RBM-RES-005");
  /** RBM-RES-006: results with the same parent have different titles. */
  public static final RuleId SIBLING_TITLES_DISTINCT = RuleId.of("RBM-RES-006");
  /** RBM-IND-001: every count, currency or ratio indicator names its unit. */
  public static final RuleId UNIT_STATED = RuleId.of("RBM-IND-001");
  /** RBM-IND-002: every indicator has a baseline, or states that none is available. */
  public static final RuleId BASELINE_STATED = RuleId.of("RBM-IND-002");
  /** RBM-IND-003: every indicator has at least one target. */
  public static final RuleId TARGET_GIVEN = RuleId.of("RBM-IND-003");
  /** RBM-IND-004: every period with targets lies inside the planning period. */
  public static final RuleId TARGETS_IN_PLANNING_PERIOD = RuleId.of("RBM-IND-004");
  /** RBM-IND-005: every quantitative indicator with ordered values states its direction. */
  public static final RuleId DIRECTION_STATED = RuleId.of("RBM-IND-005");
  /** RBM-IND-006: the final target moves away from the baseline in the indicator's direction. */
  public static final RuleId TARGETS_FOLLOW_DIRECTION = RuleId.of("RBM-IND-006");
  /** RBM-IND-007: every value of a percentage indicator lies between 0 and 100. */
  public static final RuleId PERCENTAGES_IN_RANGE = RuleId.of("RBM-IND-007");
  /** RBM-IND-008: the baseline is dated no later than the start of the first target period. */
  public static final RuleId BASELINE_BEFORE_TARGETS = RuleId.of("RBM-IND-008");
  /** RBM-PER-001: the periods of one indicator do not overlap. */
  public static final RuleId PERIODS_DO_NOT_OVERLAP = RuleId.of("RBM-PER-001");
  /** RBM-PER-002: every period has a target or an actual. */
  public static final RuleId PERIOD_HAS_VALUE = RuleId.of("RBM-PER-002");
  /** RBM-VAL-001: the baseline of a quantitative indicator has a value (IATI 8.8.1). */
  public static final RuleId BASELINE_VALUE_AVAILABLE = RuleId.of("RBM-VAL-001");
  /** RBM-VAL-002: the values of one breakdown do not add up to more than the total. */
  public static final RuleId BREAKDOWN_WITHIN_TOTAL = RuleId.of("RBM-VAL-002");
  /** RBM-VAL-003: no actual is more than 20% (a setting) beyond its target. */
  public static final RuleId ACTUAL_NOT_FAR_ABOVE_TARGET = RuleId.of("RBM-VAL-003");
  /**
   * RBM-VAL-004: a period given only by breakdown has a complete breakdown of an additive measure,
   * so that its total can be derived.
   */
  public static final RuleId BREAKDOWN_GIVES_TOTAL = RuleId.of("RBM-VAL-004");

  private static final RuleSet<ResultsFramework> DEFAULT = ruleSet(RuleSettings.defaults());

  private StandardRules() {}

  /**
   * Returns the standard rules with their default settings and severities, in the order of the
   * table above.
   *
   * @return the rule set
   */
  public static RuleSet<ResultsFramework> ruleSet() {
    return DEFAULT;
  }

  /**
   * Returns the standard rules with the given settings.
   *
   * @param settings the settings of the rules that take one
   * @return the rule set
   */
  public static RuleSet<ResultsFramework> ruleSet(RuleSettings settings) {
    requireNonNull(settings, "settings");
    return RuleSet.of(
        ImmutableList.<FrameworkRule>builder()
            .addAll(ResultsChainRules.all())
            .addAll(IndicatorRules.all())
            .addAll(PeriodRules.all())
            .addAll(ValueRules.all(settings))
            .build());
  }

  /**
   * Returns a validator of results frameworks applying the standard rules; findings carry the
   * framework's id.
   *
   * @return the validator
   */
  public static Validator<ResultsFramework> validator() {
    return validator(DEFAULT);
  }

  /**
   * Returns a validator of results frameworks applying the given rules; findings carry the
   * framework's id.
   *
   * @param rules the rules, such as a reconfigured {@link #ruleSet()}
   * @return the validator
   */
  public static Validator<ResultsFramework> validator(RuleSet<ResultsFramework> rules) {
    return Validator.of(rules, framework -> framework.id().code());
  }
}
