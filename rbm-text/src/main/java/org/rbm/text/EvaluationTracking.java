package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.core.evaluation.ImplementationRate;
import org.rbm.core.evaluation.OverdueAction;
import org.rbm.core.evaluation.PendingResponse;
import org.rbm.text.internal.DwcpTableLayout;
import org.rbm.text.internal.EvaluationLabels;

/**
 * Renders the follow-up database's tables of a {@link FollowUpTracking}: implementation rates by
 * evaluation, type, region and year; overdue actions; recommendations without a management
 * response after a number of days. Plain text, Markdown or CSV, with labels in English, French or
 * Spanish ({@link RenderOptions#locale()}).
 *
 * <pre>{@code
 * FollowUpTracking t = FollowUpTracking.of(evaluations, citations, LocalDate.of(2008, 6, 30));
 * System.out.print(EvaluationTracking.renderRates(t, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
 * // Implementation rates of follow-up actions (as of 2008-06-30)
 * //
 * // Group                     Completed  Counted   Rate
 * // Evaluation IEE-2007-04            1        2  50.0%
 * // ...
 * }</pre>
 *
 * <p>A rate is completed / counted ({@link ImplementationRate}), printed as a percentage with
 * {@link RenderOptions#percentDecimals()} decimals (half-even), or "–" when nothing is counted;
 * dates are ISO. CSV (RFC 4180, CRLF) leaves the title out. Linear in the size of the tracking;
 * thread-safe.
 */
public final class EvaluationTracking {
  private static final String NONE = "–";

  private EvaluationTracking() {}

  /**
   * Renders the implementation rates: one row per evaluation, per type, per region and per year,
   * then the total.
   *
   * @param tracking the tracking figures
   * @param format the format
   * @param options the options: the locale and the decimals of percentages
   * @return the table, ending with a line break
   */
  public static String renderRates(
      FollowUpTracking tracking, TableFormat format, RenderOptions options) {
    requireNonNull(tracking, "tracking");
    requireNonNull(format, "format");
    EvaluationLabels labels = EvaluationLabels.of(requireNonNull(options, "options").locale());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(labels.get("column.group"), labels.get("column.completed"),
        labels.get("column.counted"), labels.get("column.rate")));
    tracking.byEvaluation().forEach((id, r) ->
        rows.add(row(labels.get("group.evaluation", id.toString()), r, options)));
    tracking.byType().forEach((type, r) ->
        rows.add(row(labels.get("group.type", labels.get("type." + type.name())), r, options)));
    tracking.byRegion().forEach((region, r) ->
        rows.add(row(labels.get("group.region", labels.get("region." + region.name())), r, options)));
    for (Map.Entry<Integer, ImplementationRate> e : tracking.byYear().entrySet()) {
      rows.add(row(labels.get("group.year", Integer.toString(e.getKey())), e.getValue(), options));
    }
    rows.add(row(labels.get("row.total"), tracking.total(), options));
    return write(DwcpTableLayout.of(labels.get("rates.title", tracking.asOf().toString()), rows,
        new boolean[] {false, true, true, true}), format);
  }

  /**
   * Renders the overdue actions: evaluation, recommendation, action, owner, due date, state and
   * days overdue.
   *
   * @param tracking the tracking figures
   * @param format the format
   * @param options the options; only the locale is used
   * @return the table, ending with a line break
   */
  public static String renderOverdue(
      FollowUpTracking tracking, TableFormat format, RenderOptions options) {
    requireNonNull(tracking, "tracking");
    requireNonNull(format, "format");
    EvaluationLabels labels = EvaluationLabels.of(requireNonNull(options, "options").locale());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(labels.get("column.evaluation"), labels.get("column.recommendation"),
        labels.get("column.action"), labels.get("column.owner"), labels.get("column.due"),
        labels.get("column.state"), labels.get("column.daysOverdue")));
    for (OverdueAction o : tracking.overdueActions()) {
      rows.add(List.of(o.evaluation().toString(), o.recommendation().toString(),
          o.action().id().toString(), o.action().owner(), o.action().due().toString(),
          labels.get("state." + o.state().name()), Long.toString(o.daysOverdue())));
    }
    return write(DwcpTableLayout.of(labels.get("overdue.title", tracking.asOf().toString()), rows,
        new boolean[] {false, false, false, false, false, false, true}), format);
  }

  /**
   * Renders the recommendations without a management response whose report is more than a number
   * of days old: evaluation, recommendation, addressee, report date and days waiting.
   *
   * @param tracking the tracking figures
   * @param days the days management has to respond, at least 0
   * @param format the format
   * @param options the options; only the locale is used
   * @return the table, ending with a line break
   * @throws org.rbm.core.InvalidValueException if {@code days} is negative
   */
  public static String renderWithoutResponse(
      FollowUpTracking tracking, int days, TableFormat format, RenderOptions options) {
    requireNonNull(tracking, "tracking");
    requireNonNull(format, "format");
    EvaluationLabels labels = EvaluationLabels.of(requireNonNull(options, "options").locale());
    List<PendingResponse> pending = tracking.withoutResponse(days);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(labels.get("column.evaluation"), labels.get("column.recommendation"),
        labels.get("column.addressee"), labels.get("column.reportDate"),
        labels.get("column.daysWaiting")));
    for (PendingResponse p : pending) {
      rows.add(List.of(p.evaluation().toString(), p.recommendation().id().toString(),
          p.recommendation().addressee(), p.reportDate().toString(),
          Long.toString(p.daysWaiting())));
    }
    return write(DwcpTableLayout.of(
        labels.get("pending.title", tracking.asOf().toString(), Integer.toString(days)), rows,
        new boolean[] {false, false, false, false, true}), format);
  }

  private static List<String> row(String group, ImplementationRate r, RenderOptions options) {
    return List.of(group, Integer.toString(r.completed()), Integer.toString(r.counted()),
        r.rate().map(x -> percent(x, options.percentDecimals())).orElse(NONE));
  }

  private static String percent(BigDecimal rate, int decimals) {
    return rate.movePointRight(2).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static String write(DwcpTableLayout layout, TableFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> layout.plainText();
      case MARKDOWN -> layout.markdown();
      case CSV -> layout.csv();
    };
  }
}
