package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
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
 * status). A data structure first, rendered as {@linkplain #toPlainText() aligned plain text},
 * {@linkplain #toMarkdown() Markdown} or {@linkplain #toCsv() CSV}.
 *
 * <pre>{@code
 * FrameworkProgress progress = ProgressCalculator.of(ProgressSettings.defaults())
 *     .framework(framework, LocalDate.of(2009, 1, 1));
 * System.out.println(PerformanceTable.of(framework, progress).toPlainText());
 * }</pre>
 *
 * <p>The period columns are every period any indicator has, in date order; an indicator without a
 * period shows empty cells there. The "% met" column shows the ratio by the method the table states
 * (see {@link ProgressFormat} for the display rule), or the grade of an explicit assessment. Every
 * group and row is kept, also results without indicators, so the chain stays readable. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class PerformanceTable implements WithPerformanceTable {
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

  /**
   * Renders the table as aligned plain text, for a terminal or a text report: a line per result,
   * indented by depth, then its indicators' rows; long cells are cut at 40 characters.
   *
   * @return the text, lines ending in {@code \n}
   */
  public final String toPlainText() {
    return TableRenderer.plainText(this);
  }

  /**
   * Renders the table as one GitHub-flavoured Markdown table, a bold row per result.
   *
   * @return the Markdown, lines ending in {@code \n}
   */
  public final String toMarkdown() {
    return TableRenderer.markdown(this);
  }

  /**
   * Renders the table as CSV (RFC 4180: commas, double quotes where needed, CRLF line ends): a
   * header row, then one row per indicator, which repeats its result's id, level and title.
   *
   * @return the CSV text
   */
  public final String toCsv() {
    return TableRenderer.csv(this);
  }

  /**
   * Builds the table of a framework's progress.
   *
   * @param framework the framework
   * @param progress the progress of its indicators
   * @return the table
   * @throws InvalidValueException if the progress is of another framework or lacks one of its
   *     indicators
   */
  public static PerformanceTable of(ResultsFramework framework, FrameworkProgress progress) {
    requireNonNull(framework, "framework");
    requireNonNull(progress, "progress");
    if (!progress.framework().equals(framework.id())) {
      throw new InvalidValueException(
          "progress.framework", progress.framework(), "the progress of framework " + framework.id());
    }
    Set<DateRange> periods = new HashSet<>();
    ImmutableList.Builder<PerformanceGroup> groups = ImmutableList.builder();
    for (Result r : framework.resultsInTreeOrder()) {
      PerformanceGroup.Builder group =
          PerformanceGroup.builder()
              .result(r.id())
              .level(r.level())
              .title(r.title())
              .depth(framework.depth(r.id()));
      for (Indicator indicator : r.indicators()) {
        IndicatorProgress p =
            progress
                .indicator(indicator.id())
                .orElseThrow(
                    () ->
                        new InvalidValueException(
                            "progress.indicators",
                            indicator.id(),
                            "the progress of every indicator of framework " + framework.id()));
        ImmutableMap.Builder<DateRange, PeriodProgress> cells = ImmutableMap.builder();
        for (PeriodProgress period : p.periods()) {
          cells.put(period.period(), period);
          periods.add(period.period());
        }
        group.addRow(
            PerformanceRow.builder()
                .indicator(indicator.id())
                .title(indicator.title())
                .measure(indicator.measure())
                .unit(indicator.unit())
                .baseline(indicator.baseline().flatMap(Baseline::value))
                .periods(cells.buildOrThrow())
                .plan(p.plan())
                .build());
      }
      groups.add(group.build());
    }
    // Only the distinct periods are sorted: a handful, whatever the framework's size.
    List<DateRange> columns = new ArrayList<>(periods);
    columns.sort(null);
    return builder()
        .framework(framework.id())
        .title(framework.title())
        .asOf(progress.asOf())
        .method(progress.settings().method())
        .columns(columns)
        .groups(groups.build())
        .build();
  }

  /**
   * Returns a new builder, for readers of stored tables; use {@link #of} to build one from progress.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerformanceTable}. */
  public static final class Builder extends ImmutablePerformanceTable.Builder {
    Builder() {}
  }
}
