package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.Reporter;
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.Validator;

/**
 * The seven common criteria every strategy should meet (GB.300/PFA/9/1, paragraph 20), as rules of
 * the rules engine over a {@link Strategy}: each checks what the data can show, and reports
 * findings instead of throwing.
 *
 * <pre>{@code
 * ValidationReport report = StrategyCriteria.validator()
 *     .validate(strategy, ValidationContext.of(List.of(programmeAndBudget)));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.location() + ": " + f.message()));
 *
 * RuleSet<Strategy> strict = StrategyCriteria.ruleSet(3)      // at most 3 priority areas
 *     .withSeverity(StrategyCriteria.COSTS_ESTABLISHED, Severity.ERROR);
 * }</pre>
 *
 * <table>
 *   <caption>The criteria as rules</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th><th>Why</th></tr>
 *   <tr><td>RBM-STR-001</td><td>error</td><td>The strategy's results framework is available;
 *       every expected result is a result of it, and the level the strategy gives it is the
 *       framework's own</td><td>Criterion 1: consistent, standardized RBM terminology</td></tr>
 *   <tr><td>RBM-STR-002</td><td>warning</td><td>The strategy expects at least one result, and
 *       each has an indicator with a target in a period inside the strategy's period</td>
 *       <td>Criterion 2: expected results in clear, measurable and time-bound language</td></tr>
 *   <tr><td>RBM-STR-003</td><td>warning</td><td>The strategy has milestones, and at least one
 *       marks the way to each expected result</td><td>Criterion 3: milestones identify the main
 *       results and activities</td></tr>
 *   <tr><td>RBM-STR-004</td><td>warning</td><td>Internal coordination and external partnerships
 *       are stated</td><td>Criterion 4: Office-wide coordination and necessary partnerships</td></tr>
 *   <tr><td>RBM-STR-005</td><td>warning</td><td>At least one and at most 5 (a setting) priority
 *       areas</td><td>Criterion 5: resources focused on a limited number of priority areas</td></tr>
 *   <tr><td>RBM-STR-006</td><td>warning</td><td>At least one cost requirement, each a positive
 *       amount</td><td>Criterion 6: cost requirements clearly established</td></tr>
 *   <tr><td>RBM-STR-007</td><td>warning</td><td>A mechanism for review and lessons learned is
 *       stated</td><td>Criterion 7: flexibility to accommodate change and incorporate lessons
 *       learned</td></tr>
 * </table>
 *
 * <p>RBM-STR-001 and RBM-STR-002 need the strategy's framework, found through the {@link
 * ValidationContext}; when it is not there, RBM-STR-001 says so once and RBM-STR-002 checks only
 * that results are expected. Locations: {@code /expectedResults/<result id>}, {@code /milestones},
 * {@code /coordination}, {@code /partnerships}, {@code /priorityAreas}, {@code /costs}, {@code
 * /costs/<funding source>}, {@code /reviewMechanism}, {@code /framework}. Each rule costs time
 * linear in the size of the strategy and of the indicators of its expected results.
 */
public final class StrategyCriteria {
  /** RBM-STR-001: the expected results are results of the framework, on the levels it names. */
  public static final RuleId CONSISTENT_TERMINOLOGY = RuleId.of("RBM-STR-001");
  /** RBM-STR-002: each expected result has an indicator with a target inside the strategy's period. */
  public static final RuleId MEASURABLE_TIME_BOUND_RESULTS = RuleId.of("RBM-STR-002");
  /** RBM-STR-003: milestones mark the way to every expected result. */
  public static final RuleId MILESTONES_COVER_RESULTS = RuleId.of("RBM-STR-003");
  /** RBM-STR-004: internal coordination and external partnerships are stated. */
  public static final RuleId COORDINATION_AND_PARTNERSHIPS = RuleId.of("RBM-STR-004");
  /** RBM-STR-005: one to {@value #DEFAULT_MAX_PRIORITY_AREAS} (a setting) priority areas. */
  public static final RuleId FOCUSED_PRIORITY_AREAS = RuleId.of("RBM-STR-005");
  /** RBM-STR-006: cost requirements are stated, each a positive amount. */
  public static final RuleId COSTS_ESTABLISHED = RuleId.of("RBM-STR-006");
  /** RBM-STR-007: a mechanism for review and lessons learned is stated. */
  public static final RuleId REVIEW_MECHANISM_STATED = RuleId.of("RBM-STR-007");

  /** The most priority areas RBM-STR-005 accepts unless told otherwise. */
  public static final int DEFAULT_MAX_PRIORITY_AREAS = 5;

  private static final String SOURCE = "ILO GB.300/PFA/9/1 (2007), paragraph 20, criterion ";

  // The criteria's messages: texts in the rules engine's bundles (English, French, Spanish).
  private static final MessageKey FRAMEWORK_UNAVAILABLE =
      key("RBM-STR-001.frameworkUnavailable", "framework");
  private static final MessageKey NOT_A_RESULT = key("RBM-STR-001.notAResult", "result", "framework");
  private static final MessageKey UNKNOWN_LEVEL =
      key("RBM-STR-001.unknownLevel", "result", "level", "framework", "levels");
  private static final MessageKey WRONG_LEVEL =
      key("RBM-STR-001.wrongLevel", "result", "level", "actualLevel", "framework");
  private static final MessageKey NO_EXPECTED_RESULT = key("RBM-STR-002.noExpectedResult");
  private static final MessageKey NO_INDICATOR = key("RBM-STR-002.noIndicator", "result");
  private static final MessageKey NO_TARGET_IN_PERIOD =
      key("RBM-STR-002.noTargetInPeriod", "result", "period");
  private static final MessageKey NO_MILESTONE = key("RBM-STR-003.noMilestone");
  private static final MessageKey RESULT_WITHOUT_MILESTONE =
      key("RBM-STR-003.resultWithoutMilestone", "result");
  private static final MessageKey NO_COORDINATION = key("RBM-STR-004.noCoordination");
  private static final MessageKey NO_PARTNERSHIP = key("RBM-STR-004.noPartnership");
  private static final MessageKey NO_PRIORITY_AREA = key("RBM-STR-005.noPriorityArea");
  private static final MessageKey TOO_MANY_PRIORITY_AREAS =
      key("RBM-STR-005.tooManyPriorityAreas", "count", "maximum");
  private static final MessageKey NO_COST = key("RBM-STR-006.noCost");
  private static final MessageKey NOT_POSITIVE =
      key("RBM-STR-006.notPositive", "source", "amount", "currency");
  private static final MessageKey NO_REVIEW_MECHANISM = key("RBM-STR-007.noReviewMechanism");

  private static final RuleSet<Strategy> DEFAULT = ruleSet(DEFAULT_MAX_PRIORITY_AREAS);

  private StrategyCriteria() {}

  private static MessageKey key(String key, String... argumentNames) {
    return RuleValues.get().standardKey(key, argumentNames);
  }

  /**
   * Returns the seven criteria with their default severities, at most {@value
   * #DEFAULT_MAX_PRIORITY_AREAS} priority areas.
   *
   * @return the rule set, in the order of the criteria
   */
  public static RuleSet<Strategy> ruleSet() {
    return DEFAULT;
  }

  /**
   * Returns the seven criteria, RBM-STR-005 accepting at most the given number of priority areas.
   *
   * @param maxPriorityAreas the most priority areas a focused strategy has, at least 1
   * @return the rule set, in the order of the criteria
   * @throws InvalidValueException if {@code maxPriorityAreas} is below 1
   */
  public static RuleSet<Strategy> ruleSet(int maxPriorityAreas) {
    if (maxPriorityAreas < 1) {
      throw new InvalidValueException("maxPriorityAreas", maxPriorityAreas, "at least 1");
    }
    return RuleSet.of(List.of(
        Rule.of(info(CONSISTENT_TERMINOLOGY, Severity.ERROR,
            "Expected results are results of the strategy's framework, on the levels it names",
            "One vocabulary across strategies and the results framework lets their results be"
                + " added up, compared and reported together.", 1),
            StrategyCriteria::consistentTerminology),
        Rule.of(info(MEASURABLE_TIME_BOUND_RESULTS, Severity.WARNING,
            "Each expected result has an indicator with a target inside the strategy's period",
            "A result without an indicator cannot be measured, and one without a target within"
                + " the strategy's period is not time-bound.", 2),
            StrategyCriteria::measurableTimeBound),
        Rule.of(info(MILESTONES_COVER_RESULTS, Severity.WARNING,
            "Milestones mark the way to every expected result",
            "Milestones show whether the strategy is on its way to its main results before the"
                + " period ends.", 3),
            StrategyCriteria::milestonesCoverResults),
        Rule.of(info(COORDINATION_AND_PARTNERSHIPS, Severity.WARNING,
            "Internal coordination and external partnerships are stated",
            "Results are reached with other units and with constituents and partners; a strategy"
                + " that names neither works alone.", 4),
            StrategyCriteria::coordinationAndPartnerships),
        Rule.of(info(FOCUSED_PRIORITY_AREAS, Severity.WARNING,
            "One to " + maxPriorityAreas + " priority areas",
            "Resources spread over many areas achieve little in any; none stated means no"
                + " focus at all.", 5),
            (s, c, r) -> focusedPriorityAreas(s, r, maxPriorityAreas)),
        Rule.of(info(COSTS_ESTABLISHED, Severity.WARNING,
            "Cost requirements are stated, each a positive amount",
            "Budgeting by results needs what each strategy costs, by funding source.", 6),
            StrategyCriteria::costsEstablished),
        Rule.of(info(REVIEW_MECHANISM_STATED, Severity.WARNING,
            "A mechanism for review and lessons learned is stated",
            "A strategy adapts to change and learns from evaluation only if someone reviews it.",
            7),
            StrategyCriteria::reviewMechanismStated)));
  }

  /**
   * Returns a validator of strategies by the seven criteria with default settings; findings name
   * the strategy by its id.
   *
   * @return the validator
   */
  public static Validator<Strategy> validator() {
    return validator(DEFAULT);
  }

  /**
   * Returns a validator of strategies by the given rules; findings name the strategy by its id.
   *
   * @param rules the rules, such as {@link #ruleSet(int)} with severities changed
   * @return the validator
   */
  public static Validator<Strategy> validator(RuleSet<Strategy> rules) {
    return Validator.of(requireNonNull(rules, "rules"), s -> s.id().toString());
  }

  private static RuleInfo info(
      RuleId id, Severity severity, String description, String rationale, int criterion) {
    return RuleInfo.builder()
        .id(id)
        .defaultSeverity(severity)
        .description(description)
        .rationale(rationale)
        .source(SOURCE + criterion)
        .build();
  }

  private static Location at(ExpectedResult e) {
    return Location.of("expectedResults", e.result().toString());
  }

  private static void consistentTerminology(
      Strategy s, ValidationContext context, Reporter reporter) {
    Optional<ResultsFramework> found = context.framework(s.framework());
    if (found.isEmpty()) {
      reporter.report(Location.of("framework"), FRAMEWORK_UNAVAILABLE, s.framework());
      return;
    }
    ResultsFramework f = found.get();
    for (ExpectedResult e : s.expectedResults()) {
      Optional<Result> result = f.result(e.result());
      if (result.isEmpty()) {
        reporter.report(at(e), NOT_A_RESULT, e.result(), f.id());
        continue;
      }
      if (e.level().isEmpty()) {
        continue;
      }
      String level = e.level().get();
      if (!f.levelScheme().contains(level)) {
        reporter.report(at(e), UNKNOWN_LEVEL,
            e.result(), level, f.id(), String.join(", ", f.levelScheme().levels()));
      } else if (!level.equals(result.get().level())) {
        reporter.report(at(e), WRONG_LEVEL, e.result(), level, result.get().level(), f.id());
      }
    }
  }

  private static void measurableTimeBound(
      Strategy s, ValidationContext context, Reporter reporter) {
    if (s.expectedResults().isEmpty()) {
      reporter.report(Location.of("expectedResults"), NO_EXPECTED_RESULT);
      return;
    }
    Optional<ResultsFramework> found = context.framework(s.framework());
    if (found.isEmpty()) {
      return;
    }
    for (ExpectedResult e : s.expectedResults()) {
      Optional<Result> result = found.get().result(e.result());
      if (result.isEmpty()) {
        continue;
      }
      List<Indicator> indicators = result.get().indicators();
      if (indicators.isEmpty()) {
        reporter.report(at(e), NO_INDICATOR, e.result());
      } else if (indicators.stream().noneMatch(i -> hasTargetWithin(i, s))) {
        reporter.report(at(e), NO_TARGET_IN_PERIOD, e.result(), s.period().toString());
      }
    }
  }

  private static boolean hasTargetWithin(Indicator indicator, Strategy s) {
    for (IndicatorPeriod p : indicator.periods()) {
      if (!p.targets().isEmpty() && s.period().encloses(p.period())) {
        return true;
      }
    }
    return false;
  }

  private static void milestonesCoverResults(
      Strategy s, ValidationContext context, Reporter reporter) {
    if (s.milestones().isEmpty()) {
      reporter.report(Location.of("milestones"), NO_MILESTONE);
    }
    for (ExpectedResult e : s.expectedResults()) {
      if (e.milestones().isEmpty()) {
        reporter.report(at(e), RESULT_WITHOUT_MILESTONE, e.result());
      }
    }
  }

  private static void coordinationAndPartnerships(
      Strategy s, ValidationContext context, Reporter reporter) {
    if (s.coordination().isEmpty()) {
      reporter.report(Location.of("coordination"), NO_COORDINATION);
    }
    if (s.partnerships().isEmpty()) {
      reporter.report(Location.of("partnerships"), NO_PARTNERSHIP);
    }
  }

  private static void focusedPriorityAreas(Strategy s, Reporter reporter, int max) {
    int n = s.priorityAreas().size();
    if (n == 0) {
      reporter.report(Location.of("priorityAreas"), NO_PRIORITY_AREA);
    } else if (n > max) {
      reporter.report(Location.of("priorityAreas"), TOO_MANY_PRIORITY_AREAS, n, max);
    }
  }

  private static void costsEstablished(Strategy s, ValidationContext context, Reporter reporter) {
    if (s.costs().isEmpty()) {
      reporter.report(Location.of("costs"), NO_COST);
    }
    for (CostRequirement c : s.costs()) {
      if (c.amount().signum() <= 0) {
        reporter.report(Location.of("costs", c.source().name()), NOT_POSITIVE,
            c.source(), c.amount().toPlainString(), c.currency());
      }
    }
  }

  private static void reviewMechanismStated(
      Strategy s, ValidationContext context, Reporter reporter) {
    if (s.reviewMechanism().isEmpty()) {
      reporter.report(Location.of("reviewMechanism"), NO_REVIEW_MECHANISM);
    }
  }
}
