package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.immutables.value.Value.Immutable;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * A performance table in the manner of an Indicator Performance Tracking Table (IPTT): one row per
 * indicator, grouped by result in tree order; one column group per reporting period (target, actual,
 * % met, status), plus the whole plan's columns (plan target, target to date, actual to date, % met,
 * status). A data structure, derived from a {@link ProgressReport} by {@link ProgressReport#table}
 * and never built by callers; {@code org.rbm.text.PerformanceTables} renders it as aligned plain
 * text, Markdown or CSV.
 *
 * <pre>{@code
 * PerformanceTable table = ProgressCalculator.of(ProgressSettings.defaults())
 *     .report(framework, LocalDate.of(2009, 1, 1))
 *     .table();
 * }</pre>
 *
 * <p>The period columns follow {@link PerformanceTableOptions}: by default one per period of the
 * framework's most common frequency, in date order, an indicator's shorter periods rolled up into
 * them by the plan's aggregation ({@link PerformanceRow#rolledUp()} says which); an indicator
 * without a period in a column shows empty cells there. The "% met" column shows the achievement figure of the ratio by the method the table states
 * ({@link AchievementMethod#achievement}: 100% is the target met and more is better, also for a
 * decreasing indicator), or the grade of an explicit assessment. Every
 * group and row is kept, also results without indicators, so the chain stays readable. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class PerformanceTable {
  PerformanceTable() {}

  /**
   * Returns the framework.
   *
   * @return the framework's id
   */
  public abstract FrameworkId framework();

  /**
   * Returns the framework's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the method the ratios were computed by.
   *
   * @return the method
   */
  public abstract AchievementMethod method();

  /**
   * Returns the period columns, in date order (by start, then end).
   *
   * @return the periods
   */
  public abstract ImmutableList<DateRange> columns();

  /**
   * Returns the groups, one per result, in tree order.
   *
   * @return the groups
   */
  public abstract ImmutableList<PerformanceGroup> groups();

  /** Lays a report out as a table; see {@link ProgressReport#table(PerformanceTableOptions)}. */
  static PerformanceTable of(ProgressReport report, PerformanceTableOptions options) {
    ResultsFramework framework = report.framework();
    TableColumns layout = TableColumns.of(options, framework.indicators());
    Set<DateRange> periods = new HashSet<>();
    ImmutableList.Builder<PerformanceGroup> groups = ImmutableList.builder();
    for (Result r : framework.resultsInTreeOrder()) {
      ImmutablePerformanceGroup.Builder group =
          ImmutablePerformanceGroup.builder()
              .result(r.id())
              .level(r.level())
              .title(r.title())
              .depth(framework.depth(r.id()));
      for (Indicator indicator : r.indicators()) {
        // A report holds the progress of each of its framework's indicators (its check).
        IndicatorProgress p = report.indicator(indicator.id()).orElseThrow();
        ImmutablePerformanceRow.Builder row =
            ImmutablePerformanceRow.builder()
                .indicator(indicator.id())
                .title(indicator.title())
                .measure(indicator.measure())
                .direction(indicator.direction())
                .unit(indicator.unit())
                .baseline(indicator.baseline().flatMap(Baseline::value))
                .plan(p.plan());
        if (!options.planTotalsOnly()) {
          cells(report, options, layout, indicator, p, row, periods);
        }
        group.addRow(row.build());
      }
      groups.add(group.build());
    }
    // Only the distinct periods are sorted: a handful, whatever the framework's size.
    List<DateRange> columns = new ArrayList<>(periods);
    columns.sort(null);
    return ImmutablePerformanceTable.builder()
        .framework(framework.id())
        .title(framework.title())
        .asOf(report.asOf())
        .method(report.settings().method())
        .columns(columns)
        .groups(groups.build())
        .build();
  }

  /**
   * Puts an indicator's periods into their columns: a period that is its column's is shown as
   * given (also when shorter periods of the indicator lie in the same column), shorter ones are
   * rolled up. Linear in the indicator's periods, plus sorting its columns.
   */
  private static void cells(
      ProgressReport report,
      PerformanceTableOptions options,
      TableColumns layout,
      Indicator indicator,
      IndicatorProgress progress,
      ImmutablePerformanceRow.Builder row,
      Set<DateRange> periods) {
    Map<DateRange, List<PeriodProgress>> byColumn = new LinkedHashMap<>();
    for (PeriodProgress period : progress.periods()) {
      DateRange column = layout.columnOf(period.period());
      if (options.window().map(column::overlaps).orElse(true)) {
        byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(period);
      }
    }
    List<DateRange> own = new ArrayList<>(byColumn.keySet());
    own.sort(null);
    @Nullable IndicatorAssessor assessor = null;
    for (DateRange column : own) {
      List<PeriodProgress> in = requireNonNull(byColumn.get(column));
      @Nullable PeriodProgress given = null;
      for (PeriodProgress p : in) {
        if (p.period().equals(column)) {
          given = p;
        }
      }
      if (given == null) {
        if (assessor == null) {
          assessor =
              new IndicatorAssessor(indicator, report.asOf(), report.settings(), Map.of());
        }
        given = assessor.rolledUp(column, in);
        row.addRolledUp(column);
      }
      row.putPeriod(column, given);
      periods.add(column);
    }
  }
}
