package org.rbm.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.ProgressValues;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** Rebuilds computed progress values from stored parts, for {@link ProgressValues}. */
final class StoredProgress implements ProgressValues {
  @Override
  public PeriodProgress periodProgress(
      DateRange period,
      PeriodTiming timing,
      Optional<Value> target,
      Optional<Value> actual,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> score,
      ProgressStatus status,
      Optional<PeriodAssessment> assessment) {
    return ImmutablePeriodProgress.builder()
        .period(period)
        .timing(timing)
        .target(target)
        .actual(actual)
        .expected(expected)
        .ratio(ratio)
        .score(score)
        .status(status)
        .assessment(assessment)
        .build();
  }

  @Override
  public PeriodProgress periodDetails(
      PeriodProgress progress,
      boolean targetDerived,
      boolean actualDerived,
      List<CategoryProgress> breakdown) {
    return ImmutablePeriodProgress.builder()
        .from(progress)
        .targetDerived(targetDerived)
        .actualDerived(actualDerived)
        .breakdown(breakdown)
        .build();
  }

  @Override
  public CategoryProgress categoryProgress(
      String dimension,
      String category,
      Optional<Value> target,
      Optional<Value> actual,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> share) {
    return ImmutableCategoryProgress.builder()
        .dimension(dimension)
        .category(category)
        .target(target)
        .actual(actual)
        .ratio(ratio)
        .share(share)
        .build();
  }

  @Override
  public PlanProgress planProgress(
      Aggregation aggregation,
      int periodsCompleted,
      Optional<Value> planTarget,
      Optional<Value> targetToDate,
      Optional<Value> actualToDate,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> score,
      ProgressStatus status) {
    return ImmutablePlanProgress.builder()
        .aggregation(aggregation)
        .periodsCompleted(periodsCompleted)
        .planTarget(planTarget)
        .targetToDate(targetToDate)
        .actualToDate(actualToDate)
        .ratio(ratio)
        .score(score)
        .status(status)
        .build();
  }

  @Override
  public IndicatorProgress indicatorProgress(
      Indicator indicator,
      LocalDate asOf,
      AchievementMethod method,
      List<PeriodProgress> periods,
      PlanProgress plan) {
    return ImmutableIndicatorProgress.builder()
        .indicator(indicator)
        .asOf(asOf)
        .method(method)
        .periods(periods)
        .plan(plan)
        .build();
  }

  @Override
  public ProgressReport report(
      ResultsFramework framework,
      LocalDate asOf,
      ProgressSettings settings,
      List<IndicatorProgress> indicators) {
    return ImmutableProgressReport.builder()
        .framework(framework)
        .asOf(asOf)
        .settings(settings)
        .indicators(indicators)
        .build();
  }

  @Override
  public ResultRollUp resultRollUp(
      ResultId result,
      int indicatorCount,
      StatusCounts counts,
      ProgressStatus status,
      Optional<BigDecimal> shareOnTrack,
      Optional<BigDecimal> meanScore) {
    return ImmutableResultRollUp.builder()
        .result(result)
        .indicatorCount(indicatorCount)
        .counts(counts)
        .status(status)
        .shareOnTrack(shareOnTrack)
        .meanScore(meanScore)
        .build();
  }

  @Override
  public RollUp rollUp(
      FrameworkId framework, LocalDate asOf, RollUpPolicy policy, List<ResultRollUp> results) {
    return ImmutableRollUp.builder()
        .framework(framework)
        .asOf(asOf)
        .policy(policy)
        .results(results)
        .build();
  }

  @Override
  public PerformanceRow performanceRow(
      IndicatorId indicator,
      String title,
      Measure measure,
      Optional<Direction> direction,
      Optional<String> unit,
      Optional<Value> baseline,
      Map<DateRange, PeriodProgress> periods,
      Set<DateRange> rolledUp,
      PlanProgress plan) {
    return ImmutablePerformanceRow.builder()
        .indicator(indicator)
        .title(title)
        .measure(measure)
        .direction(direction)
        .unit(unit)
        .baseline(baseline)
        .periods(periods)
        .rolledUp(rolledUp)
        .plan(plan)
        .build();
  }

  @Override
  public PerformanceGroup performanceGroup(
      ResultId result, String level, String title, int depth, List<PerformanceRow> rows) {
    return ImmutablePerformanceGroup.builder()
        .result(result)
        .level(level)
        .title(title)
        .depth(depth)
        .rows(rows)
        .build();
  }

  @Override
  public PerformanceTable performanceTable(
      FrameworkId framework,
      String title,
      LocalDate asOf,
      AchievementMethod method,
      List<DateRange> columns,
      List<PerformanceGroup> groups) {
    return ImmutablePerformanceTable.builder()
        .framework(framework)
        .title(title)
        .asOf(asOf)
        .method(method)
        .columns(columns)
        .groups(groups)
        .build();
  }
}
