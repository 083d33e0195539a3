package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.ProgressReport;
import org.rbm.text.internal.DwcpTableLayout;
import org.rbm.text.internal.ProgressLabels;
import org.rbm.text.internal.ProgressText;

/**
 * Renders the progress by category of one dimension, such as a sex-disaggregated view, from a
 * {@link ProgressReport} (see {@link PeriodProgress#breakdown()}), as aligned plain text, Markdown
 * or CSV.
 *
 * <pre>{@code
 * ProgressReport report = calculator.report(framework, LocalDate.of(2009, 1, 1));
 * System.out.println(BreakdownTables.render(report, "sex", TableFormat.PLAIN_TEXT));
 * }</pre>
 *
 * <p>One row per category of each period whose values are broken down by the dimension, after a
 * row for the period's total: indicator, period, category (the dimension's name heads the
 * column), target, actual, % met and share of total. The total row shows the period's ratio by the
 * report's method and marks a total derived from the breakdown as {@code 105 (sum)}; a category's
 * % met is its actual against its own target (when the targets are broken down too), its share
 * is its actual against the total actual. Indicators and periods without such a breakdown are left
 * out. Percentages are rounded half-even to {@link RenderOptions#percentDecimals()} decimals; the
 * words follow {@link RenderOptions#locale()}'s language (English, French or Spanish, English for
 * any other); numbers, periods, categories and identifiers are the same in every language. Plain
 * text and Markdown lines end in {@code \n}, CSV lines in CRLF, as {@link PerformanceTables} does.
 *
 * <p>Never throws on a report the model accepts. Thread-safe; linear in the number of categories
 * and periods.
 */
public final class BreakdownTables {
  private BreakdownTables() {}

  /**
   * Renders the progress by category of a dimension with the default options (English, one
   * decimal).
   *
   * @param report the progress report
   * @param dimension the dimension, such as {@code sex}
   * @param format the format
   * @return the rendering
   */
  public static String render(ProgressReport report, String dimension, TableFormat format) {
    return render(report, dimension, format, RenderOptions.defaults());
  }

  /**
   * Renders the progress by category of a dimension.
   *
   * @param report the progress report
   * @param dimension the dimension, such as {@code sex}
   * @param format the format
   * @param options the decimals of percentages and the language of the words
   * @return the rendering
   */
  public static String render(
      ProgressReport report, String dimension, TableFormat format, RenderOptions options) {
    requireNonNull(report, "report");
    requireNonNull(dimension, "dimension");
    requireNonNull(format, "format");
    requireNonNull(options, "options");
    ProgressLabels labels = ProgressLabels.of(options.locale());
    int decimals = options.percentDecimals();
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            labels.get("column.indicator"),
            labels.get("breakdown.column.period"),
            dimension,
            labels.get("column.target"),
            labels.get("column.actual"),
            labels.get("column.percentMet"),
            labels.get("breakdown.column.share")));
    for (IndicatorProgress i : report.indicators()) {
      Measure measure = i.indicator().measure();
      for (PeriodProgress p : i.periods()) {
        List<CategoryProgress> categories = p.breakdown(dimension);
        if (categories.isEmpty()) {
          continue;
        }
        String id = i.indicator().id().toString();
        String period = ProgressText.periodLabel(p.period());
        String actual = value(measure, p.actual(), decimals);
        rows.add(
            List.of(
                id,
                period,
                labels.get("breakdown.total"),
                derived(labels, value(measure, p.target(), decimals), p.targetDerived()),
                derived(labels, actual, p.actualDerived()),
                p.ratio().map(r -> ProgressText.percent(r, decimals)).orElse(""),
                ""));
        for (CategoryProgress c : categories) {
          rows.add(
              List.of(
                  id,
                  period,
                  c.category(),
                  value(measure, c.target(), decimals),
                  value(measure, c.actual(), decimals),
                  c.ratio().map(r -> ProgressText.percent(r, decimals)).orElse(""),
                  c.share().map(r -> ProgressText.percent(r, decimals)).orElse("")));
        }
      }
    }
    boolean[] numeric = {false, false, false, true, true, true, true};
    DwcpTableLayout layout =
        DwcpTableLayout.of(
            labels.get("breakdown.title", dimension, report.asOf().toString()), rows, numeric);
    return switch (format) {
      case PLAIN_TEXT -> layout.plainText();
      case MARKDOWN -> layout.markdown();
      case CSV -> layout.csv();
    };
  }

  private static String value(Measure measure, Optional<Value> value, int decimals) {
    return value.map(v -> ProgressText.value(measure, v, decimals)).orElse("");
  }

  private static String derived(ProgressLabels labels, String value, boolean derived) {
    return derived ? labels.get("breakdown.derived", value) : value;
  }
}
