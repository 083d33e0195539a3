package org.rbm.core.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.Aggregation;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PerformanceGroup;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.progress.StatusCounts;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * Builds the progress package's computed values from stored parts, for the JSON module (and the
 * testkit) only: users get these values from {@link org.rbm.core.progress.ProgressCalculator} and
 * {@link ProgressReport}, which have no public builders (issue 9, point 2).
 *
 * <p>This is the JDK's "shared secrets" pattern: {@code org.rbm.core.internal} is exported only to
 * {@code org.rbm.json} and {@code org.rbm.testkit}; the implementation is a package-private class
 * of {@code org.rbm.core.progress}, registered by the static initializer of {@link ProgressReport};
 * {@link #get()} forces that initialization. Every method runs the same checks as the calculator's
 * values and throws {@link org.rbm.core.InvalidValueException} naming the field of a broken
 * invariant, relative to the value being built.
 */
public interface ProgressValues {

  /**
   * Returns the implementation, initializing the progress package if needed.
   *
   * @return the one implementation
   */
  static ProgressValues get() {
    @Nullable ProgressValues values = Registry.values;
    if (values == null) {
      try {
        Class.forName(
            ProgressReport.class.getName(), true, ProgressReport.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError("ProgressReport is in this module", e);
      }
      values = Registry.values;
    }
    return requireNonNull(values, "ProgressReport registers the implementation");
  }

  /**
   * Registers the implementation; called once, by {@link ProgressReport}'s static initializer.
   *
   * @param values the implementation
   * @throws IllegalStateException if one is registered already
   */
  static void register(ProgressValues values) {
    Registry.set(requireNonNull(values, "values"));
  }

  /** Holds the registered implementation. */
  final class Registry {
    private static volatile @Nullable ProgressValues values;

    private Registry() {}

    private static synchronized void set(ProgressValues implementation) {
      if (values != null) {
        throw new IllegalStateException("ProgressValues are registered once, by ProgressReport");
      }
      values = implementation;
    }
  }

  /**
   * Builds the progress of one reporting period.
   *
   * @param period the period
   * @param timing where the period stands on the as-of date
   * @param target the period's total target
   * @param actual the period's total actual
   * @param expected the value expected on a trajectory
   * @param ratio the achievement ratio
   * @param score the score the status was decided on
   * @param status the status
   * @param assessment the explicit assessment the status was taken from
   * @return the period's progress
   */
  PeriodProgress periodProgress(
      DateRange period,
      PeriodTiming timing,
      Optional<Value> target,
      Optional<Value> actual,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> score,
      ProgressStatus status,
      Optional<PeriodAssessment> assessment);

  /**
   * Returns a period's progress with the parts a stored document may add to those of {@link
   * #periodProgress}.
   *
   * @param progress the period's progress
   * @param targetDerived whether the target was derived from a complete breakdown
   * @param actualDerived whether the actual was derived from a complete breakdown
   * @param breakdown the progress of the period's categories
   * @return the period's progress with those parts
   */
  PeriodProgress periodDetails(
      PeriodProgress progress,
      boolean targetDerived,
      boolean actualDerived,
      List<CategoryProgress> breakdown);

  /**
   * Builds the progress of one category of a period.
   *
   * @param dimension the dimension
   * @param category the category
   * @param target its target
   * @param actual its actual
   * @param ratio its actual divided by its target
   * @param share its actual divided by the total actual
   * @return the category's progress
   */
  CategoryProgress categoryProgress(
      String dimension,
      String category,
      Optional<Value> target,
      Optional<Value> actual,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> share);

  /**
   * Builds the progress over a whole plan.
   *
   * @param aggregation how the periods were combined
   * @param periodsCompleted the number of completed periods
   * @param planTarget the whole plan's target
   * @param targetToDate the target to date
   * @param actualToDate the actual to date
   * @param ratio the achievement ratio
   * @param score the score the status was decided on
   * @param status the status
   * @return the plan's progress
   */
  PlanProgress planProgress(
      Aggregation aggregation,
      int periodsCompleted,
      Optional<Value> planTarget,
      Optional<Value> targetToDate,
      Optional<Value> actualToDate,
      Optional<BigDecimal> ratio,
      Optional<BigDecimal> score,
      ProgressStatus status);

  /**
   * Builds the progress of one indicator.
   *
   * @param indicator the indicator
   * @param asOf the as-of date
   * @param method the achievement method
   * @param periods each period's progress, in date order
   * @param plan the plan's progress
   * @return the indicator's progress
   */
  IndicatorProgress indicatorProgress(
      Indicator indicator,
      LocalDate asOf,
      AchievementMethod method,
      List<PeriodProgress> periods,
      PlanProgress plan);

  /**
   * Builds a progress report.
   *
   * @param framework the framework
   * @param asOf the as-of date
   * @param settings the settings
   * @param indicators the progress of each of the framework's indicators, in its order
   * @return the report
   */
  ProgressReport report(
      ResultsFramework framework,
      LocalDate asOf,
      ProgressSettings settings,
      List<IndicatorProgress> indicators);

  /**
   * Builds the roll-up of one result.
   *
   * @param result the result
   * @param indicatorCount the number of indicators counted
   * @param counts the counts by status
   * @param status the overall status
   * @param shareOnTrack the share on track, under that policy
   * @param meanScore the weighted mean score, under that policy
   * @return the result's roll-up
   */
  ResultRollUp resultRollUp(
      ResultId result,
      int indicatorCount,
      StatusCounts counts,
      ProgressStatus status,
      Optional<BigDecimal> shareOnTrack,
      Optional<BigDecimal> meanScore);

  /**
   * Builds a roll-up.
   *
   * @param framework the framework's id
   * @param asOf the as-of date
   * @param policy the policy
   * @param results each result's roll-up, in tree order
   * @return the roll-up
   */
  RollUp rollUp(
      FrameworkId framework, LocalDate asOf, RollUpPolicy policy, List<ResultRollUp> results);

  /**
   * Builds a row of a performance table.
   *
   * @param indicator the indicator's id
   * @param title the indicator's title
   * @param measure the indicator's measure
   * @param direction the indicator's direction of change
   * @param unit the indicator's unit
   * @param baseline the baseline value
   * @param periods each period's progress, by period
   * @param rolledUp the periods rolled up from shorter ones
   * @param plan the plan's progress
   * @return the row
   */
  PerformanceRow performanceRow(
      IndicatorId indicator,
      String title,
      Measure measure,
      Optional<Direction> direction,
      Optional<String> unit,
      Optional<Value> baseline,
      Map<DateRange, PeriodProgress> periods,
      Set<DateRange> rolledUp,
      PlanProgress plan);

  /**
   * Builds a group of a performance table.
   *
   * @param result the result's id
   * @param level the result's level
   * @param title the result's title
   * @param depth the result's depth
   * @param rows the rows
   * @return the group
   */
  PerformanceGroup performanceGroup(
      ResultId result, String level, String title, int depth, List<PerformanceRow> rows);

  /**
   * Builds a performance table.
   *
   * @param framework the framework's id
   * @param title the framework's title
   * @param asOf the as-of date
   * @param method the achievement method
   * @param columns the period columns, in date order
   * @param groups the groups, in tree order
   * @return the table
   */
  PerformanceTable performanceTable(
      FrameworkId framework,
      String title,
      LocalDate asOf,
      AchievementMethod method,
      List<DateRange> columns,
      List<PerformanceGroup> groups);
}
