package org.rbm.json.internal;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.rbm.json.internal.EnumCodecs.DirectionCodec;
import org.rbm.json.internal.EnumCodecs.MeasureCodec;
import org.rbm.json.internal.EnumCodecs.ReportingFrequencyCodec;
import org.rbm.json.internal.IdentifierCodecs.DocumentIdCodec;
import org.rbm.json.internal.IdentifierCodecs.FrameworkIdCodec;
import org.rbm.json.internal.IdentifierCodecs.IndicatorIdCodec;
import org.rbm.json.internal.IdentifierCodecs.ResultIdCodec;
import org.rbm.json.internal.IndicatorValueCodecs.BaselineCodec;
import org.rbm.json.internal.IndicatorValueCodecs.DataPointCodec;
import org.rbm.json.internal.IndicatorValueCodecs.DisaggregationCodec;
import org.rbm.json.internal.IndicatorValueCodecs.IndicatorPeriodCodec;
import org.rbm.json.internal.PeriodCodecs.DateRangeCodec;
import org.rbm.json.internal.MoneyCodecs.MoneyCodec;
import org.rbm.json.internal.PeriodCodecs.PlanningPeriodCodec;
import org.rbm.json.internal.ResultCodecs.ContributionLinkCodec;
import org.rbm.json.internal.ResultCodecs.ExternalReferenceCodec;
import org.rbm.json.internal.ResultCodecs.LevelSchemeCodec;
import org.rbm.json.internal.ResultCodecs.ResultCodec;
import org.rbm.json.internal.RuleCodecs.FindingCodec;
import org.rbm.json.internal.RuleCodecs.LocationCodec;
import org.rbm.json.internal.RuleCodecs.RuleIdCodec;
import org.rbm.json.internal.RuleCodecs.SeverityCodec;
import org.rbm.json.internal.RuleCodecs.ValidationReportCodec;
import org.rbm.json.internal.ValueCodecs.FractionValueCodec;
import org.rbm.json.internal.ValueCodecs.NumericValueCodec;
import org.rbm.json.internal.ValueCodecs.TextValueCodec;
import org.rbm.json.internal.ValueCodecs.ValueCodec;

/**
 * The one list of what {@code RbmJson} reads and writes: one codec per model type. A package that
 * adds types to the model adds its codecs here, one line each (see CONTRIBUTING.md, "JSON").
 */
public final class Registrations {
  /** Every codec, as a constructor taking the registry. */
  public static final ImmutableList<Function<Codecs, Codec<?>>> ALL =
      ImmutableList.of(
          // identifiers
          ResultIdCodec::new,
          IndicatorIdCodec::new,
          FrameworkIdCodec::new,
          DocumentIdCodec::new,
          EvaluationCodecs.EvaluationIdCodec::new,
          EvaluationCodecs.RecommendationIdCodec::new,
          EvaluationCodecs.ActionIdCodec::new,
          EvaluationCodecs.LessonIdCodec::new,
          EvaluationCodecs.SubjectRefCodec::new,
          MoneyCodec::new,
          // periods
          PlanningPeriodCodec::new,
          DateRangeCodec::new,
          // indicators
          MeasureCodec::new,
          DirectionCodec::new,
          ReportingFrequencyCodec::new,
          ValueCodec::new,
          NumericValueCodec::new,
          FractionValueCodec::new,
          TextValueCodec::new,
          DisaggregationCodec::new,
          DataPointCodec::new,
          IndicatorPeriodCodec::new,
          BaselineCodec::new,
          IndicatorCodec::new,
          // results
          LevelSchemeCodec::new,
          ExternalReferenceCodec::new,
          ContributionLinkCodec::new,
          ResultCodec::new,
          ResultsFrameworkCodec::new,
          // milestones
          MilestoneCodecs.MilestoneIdCodec::new,
          MilestoneCodecs.DueCodec::new,
          MilestoneCodecs.MilestoneStateCodec::new,
          MilestoneCodecs.MilestoneEventCodec::new,
          MilestoneCodecs.MilestoneCodec::new,
          MilestoneCodecs.RoadmapCodec::new,
          // rules
          RuleIdCodec::new,
          SeverityCodec::new,
          LocationCodec::new,
          FindingCodec::new,
          ValidationReportCodec::new,
          // progress
          ProgressEnumCodecs.AchievementMethodCodec::new,
          ProgressEnumCodecs.ProgressStatusCodec::new,
          ProgressEnumCodecs.AssessmentGradeCodec::new,
          ProgressEnumCodecs.AggregationCodec::new,
          ProgressEnumCodecs.PeriodTimingCodec::new,
          ProgressEnumCodecs.RollUpPolicyKindCodec::new,
          ProgressCodecs.ProgressSettingsCodec::new,
          ProgressCodecs.PeriodAssessmentCodec::new,
          ProgressCodecs.CategoryProgressCodec::new,
          ProgressCodecs.PeriodProgressCodec::new,
          ProgressCodecs.PlanProgressCodec::new,
          ProgressCodecs.ProgressReportCodec::new,
          RollUpCodecs.IndicatorWeightsCodec::new,
          RollUpCodecs.StatusCountsCodec::new,
          RollUpCodecs.RollUpPolicyCodec::new,
          RollUpCodecs.ResultRollUpCodec::new,
          RollUpCodecs.RollUpCodec::new,
          PerformanceTableCodecs.PerformanceRowCodec::new,
          PerformanceTableCodecs.PerformanceGroupCodec::new,
          PerformanceTableCodecs.PerformanceTableCodec::new,
          // strategies
          StrategyCodecs.StrategyIdCodec::new,
          StrategyCodecs.StrategyKindCodec::new,
          StrategyCodecs.FundingSourceCodec::new,
          StrategyCodecs.ResultReferenceCodec::new,
          StrategyCodecs.StrategyHeadingCodec::new,
          StrategyCodecs.LinkageStatementCodec::new,
          StrategyCodecs.LinkageCodec::new,
          StrategyCodecs.LinkageMatrixCodec::new,
          StrategyCodecs.CostRequirementCodec::new,
          StrategyCodecs.ExpectedResultCodec::new,
          StrategyCodecs.StrategyCodec::new,
          // programme cycle
          CycleCodecs.ExchangeRateCodec::new,
          CycleCodecs.DecidingBodyCodec::new,
          CycleCodecs.StrategyTopicCodec::new,
          CycleCodecs.HighLevelStrategyCodec::new,
          CycleCodecs.SpfChangeCodec::new,
          CycleCodecs.AmendmentCodec::new,
          CycleCodecs.StrategicPolicyFrameworkCodec::new,
          SpfAmendmentCodecs.AmendmentEventCodec::new,
          SpfAmendmentCodecs.SpfAmendmentsCodec::new,
          CycleCodecs.AllocationCodec::new,
          CycleCodecs.StatedTotalCodec::new,
          CycleCodecs.TopicEntryCodec::new,
          CycleCodecs.OutcomeStrategyCodec::new,
          CycleCodecs.DwcpPriorityCodec::new,
          CycleCodecs.ProgrammeAndBudgetCodec::new,
          CycleCodecs.ExpenditureEntryCodec::new,
          CycleCodecs.ExpenditureCodec::new,
          CycleCodecs.OutcomeNarrativeCodec::new,
          // Decent Work Country Programmes
          DwcpCodecs.DwcpEventCodec::new,
          DwcpCodecs.PartnerCodec::new,
          DwcpCodecs.UnFrameworkLinkCodec::new,
          DwcpCodecs.ResultResourceCodec::new,
          DwcpCodecs.DwcpCodec::new,
          DwcpCodecs.DwcpPortfolioCodec::new,
          // evaluation follow-up
          EvaluationCodecs.ActionEventCodec::new,
          EvaluationCodecs.FollowUpActionCodec::new,
          EvaluationCodecs.ManagementResponseCodec::new,
          EvaluationCodecs.RecommendationCodec::new,
          EvaluationCodecs.LessonCodec::new,
          EvaluationCodecs.LessonCitationCodec::new,
          EvaluationCodecs.EvaluationCodec::new);

  private Registrations() {}
}
