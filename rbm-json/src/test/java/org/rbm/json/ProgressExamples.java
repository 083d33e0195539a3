package org.rbm.json;

import static org.rbm.core.progress.AchievementMethod.RELATIVE_TO_BASELINE;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.Aggregation;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.IndicatorWeights;
import org.rbm.core.progress.PerformanceGroup;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PerformanceTableOptions;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.progress.StatusCounts;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** Examples of every progress type, computed from a small framework, for the round-trip test. */
final class ProgressExamples {
  private static final DateRange Y2008 = DateRange.ofYear(2008);
  private static final DateRange BIENNIUM =
      DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
  private static final PeriodAssessment GRADE =
      PeriodAssessment.of(IndicatorId.of("Q"), BIENNIUM, AssessmentGrade.PARTLY_ACHIEVED)
          .withComment("Draft before the Council");

  private ProgressExamples() {}

  /** A count, a share given as fractions, and an assessed policy, under two results. */
  static ResultsFramework framework() {
    Indicator count =
        Indicator.builder()
            .id(IndicatorId.of("C"))
            .title("Countries")
            .measure(Measure.COUNT)
            .direction(Direction.DECREASE)
            .baseline(Baseline.of(Value.of(40)))
            .addPeriod(period(Y2008, Value.of(20), Value.of(25)))
            .addPeriod(period(DateRange.ofYear(2009), Value.of(10), null))
            .build();
    Indicator share =
        Indicator.builder()
            .id(IndicatorId.of("S"))
            .title("Share | assessed, \"quoted\"")
            .measure(Measure.PERCENTAGE)
            .unit("%")
            .direction(Direction.INCREASE)
            .baseline(Baseline.of(Value.fraction(BigDecimal.valueOf(26), BigDecimal.valueOf(79))))
            .addPeriod(
                period(Y2008, Value.of(new BigDecimal("50.5")),
                    Value.fraction(BigDecimal.valueOf(40), BigDecimal.valueOf(88))))
            .build();
    Indicator policy =
        Indicator.builder()
            .id(IndicatorId.of("Q"))
            .title("Policy")
            .measure(Measure.QUALITATIVE)
            .direction(Direction.NOT_APPLICABLE)
            .addPeriod(period(BIENNIUM, Value.text("Adopted"), Value.text("Draft")))
            .build();
    return ResultsFramework.builder()
        .id(FrameworkId.of("PX"))
        .title("Progress examples")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2009))
        .levelScheme(LevelScheme.of("two", "outcome", "output"))
        .addResult(Result.builder().id(ResultId.of("O")).level("outcome").title("Outcome").build())
        .addResult(
            Result.builder()
                .id(ResultId.of("P"))
                .level("output")
                .title("Output")
                .parent(ResultId.of("O"))
                .addIndicator(count)
                .addIndicator(share)
                .addIndicator(policy)
                .build())
        .build();
  }

  private static IndicatorPeriod period(
      DateRange range, Value target, @org.jspecify.annotations.Nullable Value actual) {
    IndicatorPeriod.Builder p = IndicatorPeriod.builder().period(range).addTarget(DataPoint.of(target));
    if (actual != null) {
      p.addActual(DataPoint.of(actual));
    }
    return p.build();
  }

  /** A quarterly count in a yearly table, as of 1 August 2008: a row with a rolled-up year. */
  static PerformanceTable quarterlyInYearlyTable() {
    Indicator.Builder quarterly =
        Indicator.builder()
            .id(IndicatorId.of("QC"))
            .title("People trained")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE);
    for (int q = 1; q <= 4; q++) {
      quarterly.addPeriod(
          period(DateRange.ofQuarter(2008, q), Value.of(25), q <= 2 ? Value.of(10L * q) : null));
    }
    ResultsFramework f =
        ResultsFramework.builder()
            .id(FrameworkId.of("QX"))
            .title("Quarters")
            .owner("Tests")
            .planningPeriod(PlanningPeriod.of(2008, 2008))
            .levelScheme(LevelScheme.of("one", "output"))
            .addResult(
                Result.builder()
                    .id(ResultId.of("P"))
                    .level("output")
                    .title("Output")
                    .addIndicator(quarterly.build())
                    .build())
            .build();
    return ProgressCalculator.of(ProgressSettings.defaults())
        .report(f, LocalDate.of(2008, 8, 1))
        .table(PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR));
  }

  static ProgressReport progress() {
    return ProgressCalculator.of(
            ProgressSettings.defaults().withMethod(RELATIVE_TO_BASELINE).withExpectedTrajectory(true))
        .report(framework(), LocalDate.of(2010, 1, 1), List.of(GRADE));
  }

  /** The examples of every progress type. */
  static ImmutableListMultimap<Class<?>, Object> all() {
    ProgressReport progress = progress();
    org.rbm.core.progress.IndicatorProgress first = progress.indicators().get(0);
    RollUp rollUp =
        progress.rollUp(
            RollUpPolicy.weightedMean(Map.of(IndicatorId.of("C"), new BigDecimal("0.5"))));
    PerformanceTable table = progress.table();
    org.rbm.core.progress.IndicatorProgress bySex =
        ProgressCalculator.of(ProgressSettings.defaults())
            .indicator(Examples.trainedBySexIndicator(), LocalDate.of(2010, 1, 1));
    PerformanceTable quarterly = quarterlyInYearlyTable();
    return ImmutableListMultimap.<Class<?>, Object>builder()
        .putAll(AchievementMethod.class, (Object[]) AchievementMethod.values())
        .putAll(ProgressStatus.class, (Object[]) ProgressStatus.values())
        .putAll(AssessmentGrade.class, (Object[]) AssessmentGrade.values())
        .putAll(Aggregation.class, (Object[]) Aggregation.values())
        .putAll(PeriodTiming.class, (Object[]) PeriodTiming.values())
        .putAll(RollUpPolicy.Kind.class, (Object[]) RollUpPolicy.Kind.values())
        .putAll(ProgressSettings.class, ProgressSettings.defaults(), progress.settings())
        .putAll(PeriodAssessment.class, GRADE, PeriodAssessment.ofLevel(IndicatorId.of("O"), Y2008, new BigDecimal("2.5")))
        .putAll(PeriodProgress.class, first.periods())
        .putAll(PeriodProgress.class, bySex.periods())
        .putAll(CategoryProgress.class, bySex.periods().get(0).breakdown())
        .putAll(PlanProgress.class, first.plan())
        .putAll(ProgressReport.class, progress)
        .putAll(IndicatorWeights.class, IndicatorWeights.EQUAL, rollUp.policy().weights())
        .putAll(StatusCounts.class, StatusCounts.NONE, rollUp.results().get(0).counts())
        .putAll(RollUpPolicy.class, RollUpPolicy.worstStatus(), rollUp.policy(),
            RollUpPolicy.shareOnTrack(BigDecimal.ONE))
        .putAll(ResultRollUp.class, rollUp.results())
        .putAll(RollUp.class, rollUp)
        .putAll(PerformanceRow.class, table.groups().get(1).rows())
        .putAll(PerformanceRow.class, quarterly.groups().get(0).rows())
        .putAll(PerformanceGroup.class, table.groups())
        .putAll(PerformanceTable.class, table, quarterly)
        .build();
  }
}
