package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.strategies.SampleStrategies.PB;
import static org.rbm.core.strategies.SampleStrategies.USD;
import static org.rbm.core.strategies.SampleStrategies.knowledgeSharing;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.ValidationReport;

/** Each of the seven criteria, met and broken, with the finding worked out by hand. */
class StrategyCriteriaTest {
  /**
   * A fragment of a Programme and Budget 2008-09: IO4.1 has a target in 2009 (inside 2008-09),
   * IO4.2 only in 2010 (outside), IO4.3 has no indicator.
   */
  static final ResultsFramework FRAMEWORK = ResultsFramework.builder()
      .id(PB)
      .title("Programme and Budget 2008-09")
      .owner("ILO")
      .planningPeriod(PlanningPeriod.parse("2008-09"))
      .levelScheme(LevelScheme.ILO)
      .addResult(result("SO4", "strategic objective", null))
      .addResult(result("OC4a", "outcome", "SO4"))
      .addResult(result("IO4.1", "immediate outcome", "OC4a")
          .withIndicators(indicator("IND-4.1", DateRange.ofYear(2009))))
      .addResult(result("IO4.2", "immediate outcome", "OC4a")
          .withIndicators(indicator("IND-4.2", DateRange.ofYear(2010))))
      .addResult(result("IO4.3", "immediate outcome", "OC4a"))
      .build();

  private static final ValidationContext CONTEXT = ValidationContext.of(List.of(FRAMEWORK));

  private static Result result(
      String id, String level, @org.jspecify.annotations.Nullable String parent) {
    Result.Builder b = Result.builder().id(ResultId.of(id)).level(level).title("Result " + id);
    if (parent != null) {
      b.parent(ResultId.of(parent));
    }
    return b.build();
  }

  private static Indicator indicator(String id, DateRange period) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .title("Indicator " + id)
        .measure(Measure.COUNT)
        .unit("networks")
        .addPeriod(IndicatorPeriod.builder().period(period)
            .addTarget(DataPoint.of(Value.of(10))).build())
        .build();
  }

  private static List<String> findings(Strategy s, RuleId rule) {
    return findings(StrategyCriteria.validator().validate(s, CONTEXT), rule);
  }

  private static List<String> findings(ValidationReport report, RuleId rule) {
    return report.findings(rule).stream().map(f -> f.location() + " " + f.message()).toList();
  }

  private static ExpectedResult expected(String id) {
    return ExpectedResult.builder()
        .result(ResultId.of(id)).addMilestone(MilestoneId.of("2")).build();
  }

  @Test
  void theKnowledgeSharingStrategyMeetsEveryCriterion() {
    ValidationReport report =
        StrategyCriteria.validator().validate(knowledgeSharing().build(), CONTEXT);
    assertEquals(List.of(), report.findings());
    assertEquals("KNOWLEDGE", report.subjectId());
  }

  @Test
  void theSevenCriteriaAreRulesInTheOrderOfThePaper() {
    assertEquals(
        List.of("RBM-STR-001", "RBM-STR-002", "RBM-STR-003", "RBM-STR-004", "RBM-STR-005",
            "RBM-STR-006", "RBM-STR-007"),
        StrategyCriteria.ruleSet().rules().stream().map(r -> r.id().toString()).toList());
    assertEquals(Severity.ERROR,
        StrategyCriteria.ruleSet().severityOf(StrategyCriteria.CONSISTENT_TERMINOLOGY));
    assertEquals(Severity.WARNING,
        StrategyCriteria.ruleSet().severityOf(StrategyCriteria.COSTS_ESTABLISHED));
  }

  @Test
  void criterion1ReportsAFrameworkTheValidationDoesNotKnow() {
    ValidationReport report = StrategyCriteria.validator()
        .validate(knowledgeSharing().build(), ValidationContext.empty());
    assertEquals(List.of("/framework The results framework PB-2008-09 is not available to the"
        + " validation: the expected results cannot be checked against it."),
        findings(report, StrategyCriteria.CONSISTENT_TERMINOLOGY));
    Finding f = report.findings(StrategyCriteria.CONSISTENT_TERMINOLOGY).get(0);
    assertEquals(Severity.ERROR, f.severity());
    // Without the framework, criterion 2 cannot look for indicators and says nothing.
    assertEquals(List.of(), findings(report, StrategyCriteria.MEASURABLE_TIME_BOUND_RESULTS));
  }

  @Test
  void criterion1ReportsResultsOutsideTheFrameworkAndTermsOutsideItsScheme() {
    Strategy s = knowledgeSharing()
        .addExpectedResult(expected("IO9"))
        .addExpectedResult(ExpectedResult.builder().result(ResultId.of("OC4a")).level("purpose")
            .addMilestone(MilestoneId.of("2")).build())
        .addExpectedResult(ExpectedResult.builder().result(ResultId.of("SO4")).level("outcome")
            .addMilestone(MilestoneId.of("2")).build())
        .build();
    assertEquals(List.of(
        "/expectedResults/IO9 Expected result IO9 is not a result of PB-2008-09.",
        "/expectedResults/OC4a Expected result OC4a is given the level 'purpose', which is not a"
            + " level of PB-2008-09 (strategic objective, outcome, immediate outcome).",
        "/expectedResults/SO4 Expected result SO4 is given the level 'outcome', but it is on the"
            + " level 'strategic objective' in PB-2008-09."),
        findings(s, StrategyCriteria.CONSISTENT_TERMINOLOGY));
  }

  @Test
  void criterion2ReportsResultsWithoutIndicatorOrTargetInsideThePeriod() {
    Strategy s = knowledgeSharing()
        .addExpectedResult(expected("IO4.2"))
        .addExpectedResult(expected("IO4.3"))
        .build();
    assertEquals(List.of(
        "/expectedResults/IO4.2 Expected result IO4.2 has no target in a period inside the"
            + " strategy's period 2008-01-01/2009-12-31, so it is not time-bound.",
        "/expectedResults/IO4.3 Expected result IO4.3 has no indicator, so it cannot be measured."),
        findings(s, StrategyCriteria.MEASURABLE_TIME_BOUND_RESULTS));
    // The same target counts once the strategy's period covers 2010.
    assertEquals(List.of("/expectedResults/IO4.3 Expected result IO4.3 has no indicator, so it"
        + " cannot be measured."), findings(
            s.withPeriod(PlanningPeriod.parse("2008-10").toDateRange()),
            StrategyCriteria.MEASURABLE_TIME_BOUND_RESULTS));
  }

  @Test
  void criterion2ReportsAStrategyWithoutExpectedResults() {
    Strategy s = knowledgeSharing().build().withExpectedResults(List.of());
    assertEquals(List.of("/expectedResults The strategy states no expected result."),
        findings(s, StrategyCriteria.MEASURABLE_TIME_BOUND_RESULTS));
  }

  @Test
  void criterion3ReportsMissingMilestones() {
    Strategy s = knowledgeSharing().build()
        .withExpectedResults(ExpectedResult.of(ResultId.of("IO4.1")))
        .withMilestones(List.of());
    assertEquals(List.of(
        "/expectedResults/IO4.1 No milestone marks the way to expected result IO4.1.",
        "/milestones The strategy has no milestone."),
        findings(s, StrategyCriteria.MILESTONES_COVER_RESULTS));
  }

  @Test
  void criterion4ReportsMissingCoordinationAndPartnerships() {
    Strategy s = knowledgeSharing().build().withCoordination().withPartnerships();
    assertEquals(List.of(
        "/coordination The strategy states no internal coordination with other units of the"
            + " Office.",
        "/partnerships The strategy states no external partnership."),
        findings(s, StrategyCriteria.COORDINATION_AND_PARTNERSHIPS));
    assertEquals(1, findings(knowledgeSharing().build().withPartnerships(),
        StrategyCriteria.COORDINATION_AND_PARTNERSHIPS).size());
  }

  @Test
  void criterion5ReportsTooManyOrNoPriorityAreas() {
    Strategy six = knowledgeSharing().build()
        .withPriorityAreas("Networks", "Research", "Statistics", "Library", "Training", "Web");
    assertEquals(List.of("/priorityAreas The strategy spreads its resources over 6 priority"
        + " areas; a focused strategy has at most 5."),
        findings(six, StrategyCriteria.FOCUSED_PRIORITY_AREAS));
    assertEquals(List.of(), findings(six.withPriorityAreas("A", "B", "C", "D", "E"),
        StrategyCriteria.FOCUSED_PRIORITY_AREAS));
    assertEquals(List.of(), findings(
        StrategyCriteria.validator(StrategyCriteria.ruleSet(6)).validate(six, CONTEXT),
        StrategyCriteria.FOCUSED_PRIORITY_AREAS));
    assertEquals(List.of("/priorityAreas The strategy states no priority area."),
        findings(six.withPriorityAreas(), StrategyCriteria.FOCUSED_PRIORITY_AREAS));
    assertEquals("maxPriorityAreas: got 0, expected at least 1",
        assertThrows(InvalidValueException.class, () -> StrategyCriteria.ruleSet(0)).getMessage());
  }

  @Test
  void criterion6ReportsMissingAndNonPositiveCosts() {
    assertEquals(List.of("/costs The strategy states no cost requirement."),
        findings(knowledgeSharing().build().withCosts(), StrategyCriteria.COSTS_ESTABLISHED));
    Strategy s = knowledgeSharing()
        .addCost(CostRequirement.of(FundingSource.RBSA, new BigDecimal("0.00"), USD))
        .addCost(CostRequirement.of(FundingSource.EXTRA_BUDGETARY, new BigDecimal("-50000"), USD))
        .build();
    assertEquals(List.of(
        "/costs/EXTRA_BUDGETARY The extra-budgetary requirement is -50000 USD; a requirement is"
            + " a positive amount.",
        "/costs/RBSA The RBSA requirement is 0 USD; a requirement is a positive amount."),
        findings(s, StrategyCriteria.COSTS_ESTABLISHED));
  }

  @Test
  void criterion7ReportsAMissingReviewMechanism() {
    assertEquals(List.of("/reviewMechanism The strategy states no mechanism for review and"
        + " lessons learned."), findings(
            knowledgeSharing().build().withReviewMechanism(java.util.Optional.empty()),
            StrategyCriteria.REVIEW_MECHANISM_STATED));
  }

  @Test
  void severitiesCanBeChangedAndCriteriaSwitchedOff() {
    RuleSet<Strategy> rules = StrategyCriteria.ruleSet()
        .withSeverity(StrategyCriteria.COSTS_ESTABLISHED, Severity.ERROR)
        .disable(StrategyCriteria.REVIEW_MECHANISM_STATED);
    Strategy s =
        knowledgeSharing().build().withCosts().withReviewMechanism(java.util.Optional.empty());
    ValidationReport report = StrategyCriteria.validator(rules).validate(s, CONTEXT);
    assertEquals(1, report.findings().size());
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
  }

  /**
   * Every criterion's findings, from a strategy that breaks all seven (and a framework the
   * validation does not know, for the second finding of RBM-STR-001), read in French and Spanish:
   * the bundles have a text for each key, so none may fall back to English or leave an argument
   * in braces. Two are spelled out, written by hand from messages_fr and messages_es.
   */
  @Test
  void everyCriterionSpeaksFrenchAndSpanish() {
    Strategy s = knowledgeSharing()
        .addCost(CostRequirement.of(FundingSource.RBSA, new BigDecimal("0"), USD))
        .build()
        .withExpectedResults(
            ExpectedResult.of(ResultId.of("IO9")), ExpectedResult.of(ResultId.of("IO4.3")))
        .withCoordination()
        .withPartnerships()
        .withMilestones(List.of())
        .withPriorityAreas("A", "B", "C", "D", "E", "F")
        .withReviewMechanism(java.util.Optional.empty());
    List<Finding> all = new java.util.ArrayList<>(
        StrategyCriteria.validator().validate(s, CONTEXT).findings());
    all.addAll(StrategyCriteria.validator().validate(s, ValidationContext.empty()).findings());
    java.util.Set<RuleId> rules = new java.util.TreeSet<>(
        java.util.Comparator.comparing(RuleId::toString));
    for (Finding f : all) {
      rules.add(f.ruleId());
      for (java.util.Locale locale : List.of(java.util.Locale.FRENCH, java.util.Locale.forLanguageTag("es"))) {
        String text = f.message(locale);
        org.junit.jupiter.api.Assertions.assertNotEquals(f.message(), text,
            f.messageKey() + " in " + locale);
        org.junit.jupiter.api.Assertions.assertFalse(text.matches(".*\\{[a-zA-Z]+.*"),
            f.messageKey() + " in " + locale + ": " + text);
      }
    }
    assertEquals(7, rules.size(), rules.toString());
    Finding priority = StrategyCriteria.validator().validate(s, CONTEXT)
        .findings(StrategyCriteria.FOCUSED_PRIORITY_AREAS).get(0);
    assertEquals("La stratégie répartit ses ressources sur 6 domaines prioritaires ; une"
        + " stratégie ciblée en compte au plus 5.", priority.message(java.util.Locale.FRENCH));
    Finding review = StrategyCriteria.validator().validate(s, CONTEXT)
        .findings(StrategyCriteria.REVIEW_MECHANISM_STATED).get(0);
    assertEquals("La estrategia no enuncia ningún mecanismo de examen y de aprovechamiento de las"
        + " enseñanzas extraídas.", review.message(java.util.Locale.forLanguageTag("es")));
  }
}
