package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.period.DateRange;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.ExpectedResult;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.Linkage;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.ResultReference;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;

/** Writing then reading gives an equal value, for every supported type, on edge-case examples. */
class RoundTripTest {
  static final ImmutableListMultimap<Class<?>, Object> EXAMPLES =
      ImmutableListMultimap.<Class<?>, Object>builder()
          .putAll(ResultId.class, ResultId.of("a"), ResultId.of("OC2.1:x_y-z"))
          .putAll(IndicatorId.class, IndicatorId.of("1.2.3"))
          .putAll(FrameworkId.class, FrameworkId.of("DWCP-ZA-2010-14"))
          .putAll(DocumentId.class, DocumentId.of("SPF-2010-15"))
          .putAll(org.rbm.core.evaluation.EvaluationId.class,
              org.rbm.core.evaluation.EvaluationId.of("IEE-2007-01"))
          .putAll(org.rbm.core.evaluation.RecommendationId.class,
              org.rbm.core.evaluation.RecommendationId.of("R1"))
          .putAll(org.rbm.core.evaluation.ActionId.class, org.rbm.core.evaluation.ActionId.of("R1.1"))
          .putAll(org.rbm.core.evaluation.LessonId.class,
              org.rbm.core.evaluation.LessonId.of("L-2007-03"))
          .putAll(org.rbm.core.evaluation.SubjectRef.class,
              org.rbm.core.evaluation.SubjectRef.parse("dwcp:KHM"),
              org.rbm.core.evaluation.SubjectRef.parse("strategy:HR"),
              org.rbm.core.evaluation.SubjectRef.parse("outcome:OC2a"))
          .putAll(
              Money.class,
              Money.parse("USD 1250000.5"),
              Money.parse("CHF -0.00000000000000000001"),
              Money.parse("JPY 0"))
          .putAll(PlanningPeriod.class, PlanningPeriod.of(1999, 2000), PlanningPeriod.of(9999, 9999))
          .putAll(DateRange.class, DateRange.of(LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 29)))
          .putAll(Measure.class, (Object[]) Measure.values())
          .putAll(Direction.class, (Object[]) Direction.values())
          .putAll(ReportingFrequency.class, (Object[]) ReportingFrequency.values())
          .putAll(
              Value.class,
              Value.of(new BigDecimal("-0.00000000000000000001")),
              Value.of(new BigDecimal("999999999999999999999999999999").negate().add(BigDecimal.ONE)),
              Value.text("  \"quoted\", \\ back-slashed, tab\t, é, 😀  "),
              Value.fraction(BigDecimal.ZERO, new BigDecimal("0.5")))
          .putAll(NumericValue.class, NumericValue.of(new BigDecimal("1E+5")))
          .putAll(FractionValue.class, FractionValue.of(BigDecimal.ONE, BigDecimal.valueOf(3)))
          .putAll(TextValue.class, TextValue.of("x"))
          .putAll(
              Disaggregation.class,
              Disaggregation.TOTAL,
              Disaggregation.of(Map.of("age", "15-24", "sex", "female", "zone", "rural area")))
          .putAll(
              DataPoint.class,
              DataPoint.builder().value(Value.of(1)).location("").comment("").build())
          .putAll(IndicatorPeriod.class, IndicatorPeriod.builder().period(DateRange.ofYear(2008)).build())
          .putAll(
              Baseline.class,
              Baseline.of(Value.of(0)),
              Baseline.builder().value(Value.of(2)).comment("estimate").build(),
              Baseline.notAvailable("n/a"))
          .putAll(
              Indicator.class,
              Examples.dwcpIndicator(),
              Examples.womenTrainedIndicator(),
              Examples.trainedBySexIndicator(),
              Indicator.builder().from(Examples.trainedBySexIndicator()).additive(false).build())
          .putAll(LevelScheme.class, LevelScheme.OECD_DAC, LevelScheme.LOGFRAME, LevelScheme.of("one", "only"))
          .putAll(ExternalReference.class, ExternalReference.of("SDG", "8.5:a"))
          .putAll(
              ContributionLink.class,
              Examples.framework().contributions().get(0))
          .putAll(Result.class, Examples.outcome())
          .putAll(
              ResultsFramework.class,
              Examples.framework(),
              SchemaConformanceTest.richFramework(),
              Examples.framework().withContributions().withResults())
          .putAll(MilestoneId.class, MilestoneId.of("17"))
          .putAll(Due.class, Due.ofYear(2008), Due.of(LocalDate.of(2008, 2, 29)))
          .putAll(MilestoneState.class, (Object[]) MilestoneState.values())
          .putAll(
              MilestoneEvent.class,
              MilestoneEvent.approve(),
              MilestoneEvent.achieveWithConditions("pilot reported"),
              MilestoneEvent.reviseStatement("New", "why"),
              MilestoneEvent.reviseDue(Due.ofYear(2010), "why"),
              MilestoneEvent.revise("New", Due.ofYear(2010), "why"),
              MilestoneEvent.start(),
              MilestoneEvent.submit(),
              MilestoneEvent.achieve(),
              MilestoneEvent.cancel(),
              MilestoneEvent.reopen(),
              MilestoneEvent.defer(Due.ofYear(2009)))
          .putAll(Milestone.class, MilestoneJsonTest.m6())
          .putAll(
              Roadmap.class,
              Roadmap.builder().title("RBM roadmap").addMilestone(MilestoneJsonTest.m6()).build())
          .putAll(RuleId.class, RuleId.of("RBM-IND-003"), RuleId.of("acme:1"))
          .putAll(Severity.class, (Object[]) Severity.values())
          .putAll(Location.class, Location.ROOT, Location.of("results", "a/b~c", "@Genève"))
          .putAll(Finding.class, RuleJsonTest.NO_TARGET, RuleJsonTest.TWIN)
          .putAll(
              ValidationReport.class,
              RuleValues.get().report("PB-2008-09", List.of(RuleJsonTest.TWIN, RuleJsonTest.NO_TARGET)),
              RuleValues.get().report("x", List.of()))
          .putAll(StrategyId.class, StrategyId.of("RESOURCE-MOBILIZATION"))
          .putAll(StrategyKind.class, (Object[]) StrategyKind.values())
          .putAll(FundingSource.class, (Object[]) FundingSource.values())
          .putAll(ResultReference.class, ResultReference.of(ResultId.of("IO1")),
              ResultReference.parse("PB-2008-09/IO2a.1"))
          .putAll(StrategyHeading.class, StrategyJsonTest.matrix().otherStrategies().get(0))
          .putAll(LinkageStatement.class, LinkageStatement.of("é, \"quoted\" [x] ; | text"),
              StrategyJsonTest.matrix().links().get(0).statement())
          .putAll(Linkage.class, StrategyJsonTest.matrix().links().get(1))
          .putAll(LinkageMatrix.class, StrategyJsonTest.matrix(),
              LinkageMatrix.builder().addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES).build())
          .putAll(CostRequirement.class, StrategyJsonTest.strategy().costs().get(0))
          .putAll(ExpectedResult.class, StrategyJsonTest.strategy().expectedResults().get(0),
              ExpectedResult.of(ResultId.of("OC1")))
          .putAll(Strategy.class, StrategyJsonTest.strategy(),
              StrategyJsonTest.strategy().withExpectedResults().withMilestones().withCosts()
                  .withPriorityAreas().withCoordination().withPartnerships("UNDP"))
          .putAll(ProgressExamples.all())
          // programme cycle
          .putAll(org.rbm.core.money.ExchangeRate.class, CycleExamples.chfToUsd(),
              CycleExamples.chfToUsd().inverse())
          .putAll(org.rbm.core.cycle.DecidingBody.class,
              (Object[]) org.rbm.core.cycle.DecidingBody.values())
          .putAll(org.rbm.core.cycle.StrategyTopic.class,
              (Object[]) org.rbm.core.cycle.StrategyTopic.values())
          .putAll(org.rbm.core.cycle.HighLevelStrategy.class, CycleExamples.spf().strategies())
          .putAll(org.rbm.core.cycle.SpfChange.class,
              CycleExamples.spf().amendments().stream()
                  .flatMap(a -> a.changes().stream()).toArray())
          .putAll(org.rbm.core.cycle.Amendment.class, CycleExamples.spf().amendments())
          .putAll(org.rbm.core.cycle.StrategicPolicyFramework.class, CycleExamples.spf(),
              CycleExamples.spf().withAmendments().withVision(java.util.Optional.empty()))
          .putAll(org.rbm.core.cycle.AmendmentEvent.class,
              CycleExamples.amendmentRecord().history().stream().map(t -> t.event()).toArray())
          .putAll(org.rbm.core.cycle.AmendmentEvent.class,
              new org.rbm.core.cycle.AmendmentEvent.Reject("Targets not evidenced"))
          .putAll(org.rbm.core.cycle.SpfAmendments.class,
              CycleExamples.amendmentRecord(),
              org.rbm.core.cycle.SpfAmendments.of(CycleExamples.spf()),
              org.rbm.core.cycle.SpfAmendments.recorded(CycleExamples.spf().withAmendments()))
          .putAll(org.rbm.core.cycle.Allocation.class, CycleExamples.programmeAndBudget().allocations())
          .putAll(org.rbm.core.cycle.StatedTotal.class,
              CycleExamples.programmeAndBudget().statedTotals())
          .putAll(org.rbm.core.cycle.TopicEntry.class,
              CycleExamples.programmeAndBudget().outcomeStrategies().get(0).topics())
          .putAll(org.rbm.core.cycle.OutcomeStrategy.class,
              CycleExamples.programmeAndBudget().outcomeStrategies())
          .putAll(org.rbm.core.cycle.DwcpPriority.class,
              CycleExamples.programmeAndBudget().dwcpPriorities())
          .putAll(org.rbm.core.cycle.ProgrammeAndBudget.class, CycleExamples.programmeAndBudget())
          .putAll(org.rbm.core.cycle.ExpenditureEntry.class, CycleExamples.expenditure().entries())
          .putAll(org.rbm.core.cycle.Expenditure.class, CycleExamples.expenditure(),
              CycleExamples.expenditure().withEntries().withReportedOn(java.util.Optional.empty()))
          .putAll(org.rbm.core.cycle.OutcomeNarrative.class, CycleExamples.narrative(),
              CycleExamples.narrative().withDifficulties().withLessons())
          // Decent Work Country Programmes
          .putAll(org.rbm.core.dwcp.DwcpEvent.class,
              org.rbm.core.dwcp.DwcpEvent.submitDraft(),
              org.rbm.core.dwcp.DwcpEvent.reviewQuality(org.rbm.core.dwcp.QaOutcome.RETURNED),
              org.rbm.core.dwcp.DwcpEvent.finalizeDocument())
          .putAll(org.rbm.core.dwcp.Partner.class, FollowUpExamples.kenya().partners())
          .putAll(org.rbm.core.dwcp.UnFrameworkLink.class, FollowUpExamples.kenya().unFrameworks())
          .putAll(org.rbm.core.dwcp.ResultResource.class, FollowUpExamples.kenya().resources())
          .putAll(org.rbm.core.dwcp.Dwcp.class, FollowUpExamples.kenya(), FollowUpExamples.vietNam())
          .putAll(org.rbm.core.dwcp.DwcpPortfolio.class, FollowUpExamples.portfolio(),
              org.rbm.core.dwcp.DwcpPortfolio.of(List.of()))
          // evaluation follow-up
          .putAll(org.rbm.core.evaluation.ActionEvent.class,
              new org.rbm.core.evaluation.ActionEvent.Start(),
              org.rbm.core.evaluation.ActionEvent.complete("IGDS No. 12"),
              new org.rbm.core.evaluation.ActionEvent.Complete(java.util.Optional.empty()),
              new org.rbm.core.evaluation.ActionEvent.Abandon("No funds"),
              new org.rbm.core.evaluation.ActionEvent.Supersede("Replaced by R1.3"))
          .putAll(org.rbm.core.evaluation.FollowUpAction.class,
              FollowUpExamples.completedAction(), FollowUpExamples.plannedAction())
          .putAll(org.rbm.core.evaluation.ManagementResponse.class, FollowUpExamples.partly())
          .putAll(org.rbm.core.evaluation.Recommendation.class,
              FollowUpExamples.evaluation().recommendations())
          .putAll(org.rbm.core.evaluation.Lesson.class, FollowUpExamples.lesson())
          .putAll(org.rbm.core.evaluation.LessonCitation.class, FollowUpExamples.citation())
          .putAll(org.rbm.core.evaluation.Evaluation.class, FollowUpExamples.evaluation(),
              FollowUpExamples.evaluation().withRecommendations().withLessons()
                  .withRegion(java.util.Optional.empty()))
          .build();

  @Test
  void everySupportedTypeHasExamples() {
    assertEquals(RbmJson.strict().supportedTypes(), EXAMPLES.keySet());
  }

  @Test
  void writingThenReadingGivesAnEqualValue() {
    for (RbmJson json : new RbmJson[] {RbmJson.strict(), RbmJson.strict().prettyPrinting()}) {
      EXAMPLES.forEach(
          (type, value) -> assertEquals(value, json.read(json.write(value), type), value::toString));
    }
  }
}
