package org.rbm.text.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbm.core.cycle.ImplementationReport;
import org.rbm.core.cycle.MeasurementCounts;
import org.rbm.core.cycle.OutcomeReport;
import org.rbm.core.cycle.SourceFinance;
import org.rbm.core.money.Money;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ProgressStatus;

/**
 * The content of an implementation report, format-free: its title, its tables as rows of text and
 * its charts, computed once for the Markdown and HTML writers ({@link ReportMarkdown}, {@link
 * ReportHtml}), so that both show the same figures. Amounts are exact, in plain notation, with
 * commas between thousands in every language ({@code 3,250,000.5}); percentages follow the
 * progress tables. Linear in the size of the report.
 */
public final class ReportLayout {
  /** A table: its header and rows of text, not yet escaped; the last row may be a total. */
  public record Table(List<String> header, List<List<String>> rows, boolean lastIsTotal) {}

  private final ImplementationReport report;
  private final ProgressLabels labels;
  private final int decimals;

  /**
   * Lays out a report.
   *
   * @param report the report
   * @param labels the words, in the reader's language
   * @param decimals the decimals of percentages
   */
  public ReportLayout(ImplementationReport report, ProgressLabels labels, int decimals) {
    this.report = report;
    this.labels = labels;
    this.decimals = decimals;
  }

  /**
   * Returns the report.
   *
   * @return the report laid out
   */
  public ImplementationReport report() {
    return report;
  }

  /**
   * Returns the words.
   *
   * @return the labels
   */
  public ProgressLabels labels() {
    return labels;
  }

  /**
   * Returns the title.
   *
   * @return such as {@code Implementation report PB-2008-09 (2008-09)}
   */
  public String title() {
    return labels.get("report.title", report.programmeAndBudget().toString(), report.biennium().toString());
  }

  /**
   * Returns the sentence under the title.
   *
   * @return the P&amp;B, the SPF, the date and the currency
   */
  public String intro() {
    return labels.get(
        "report.intro",
        report.programmeAndBudget().toString(),
        report.spf().toString(),
        report.asOf().toString(),
        report.currency().getCurrencyCode());
  }

  /**
   * Returns an outcome's heading.
   *
   * @param o the outcome
   * @return its id and title
   */
  public static String heading(OutcomeReport o) {
    return o.outcome().id() + " " + o.outcome().title();
  }

  /**
   * Returns the summary: a row per outcome and a total row.
   *
   * @return the table
   */
  public Table summary() {
    List<List<String>> rows = new ArrayList<>();
    for (OutcomeReport o : report.outcomes()) {
      int onTrack = 0;
      for (ProgressStatus s : ProgressStatus.values()) {
        onTrack += s.isOnTrackOrBetter() ? o.count(s) : 0;
      }
      rows.add(
          List.of(
              o.outcome().id().toString(),
              o.outcome().title(),
              achievement(o.achievement()),
              onTrack + "/" + o.indicators().size(),
              Integer.toString(o.count(ProgressStatus.BEHIND)),
              amount(o.allocated()),
              amount(o.spent()),
              share(o.spent(), o.allocated())));
    }
    Money allocated = Money.sum(report.currency(), report.totals().stream().map(SourceFinance::allocated).toList());
    Money spent = Money.sum(report.currency(), report.totals().stream().map(SourceFinance::spent).toList());
    rows.add(List.of(labels.get("report.total"), "", "", "", "", amount(allocated), amount(spent), share(spent, allocated)));
    return new Table(
        List.of(
            labels.get("report.column.outcome"),
            labels.get("column.title"),
            labels.get("report.column.achievement"),
            labels.get("report.column.onTrack"),
            labels.get("report.column.behind"),
            labels.get("report.column.allocated"),
            labels.get("report.column.spent"),
            labels.get("report.column.spentShare")),
        rows,
        true);
  }

  /**
   * Returns the counts of indicators with baselines and targets, this biennium and the previous.
   *
   * @return the table, with a column for the previous biennium only if it was given
   */
  public Table measurement() {
    MeasurementCounts now = report.measurement();
    Optional<MeasurementCounts> before = report.previousMeasurement();
    List<String> header = new ArrayList<>(List.of(labels.get("report.column.measure"), report.biennium().toString()));
    report.previousBiennium().ifPresent(p -> header.add(p.toString()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(countRow("report.measure.indicators", now.indicators(), before.map(MeasurementCounts::indicators)));
    rows.add(countRow("report.measure.withBaseline", now.withBaseline(), before.map(MeasurementCounts::withBaseline)));
    rows.add(countRow("report.measure.withTarget", now.withTarget(), before.map(MeasurementCounts::withTarget)));
    rows.add(
        countRow(
            "report.measure.withBoth",
            now.withBaselineAndTarget(),
            before.map(MeasurementCounts::withBaselineAndTarget)));
    return new Table(header, rows, false);
  }

  private List<String> countRow(String key, int now, Optional<Integer> before) {
    List<String> row = new ArrayList<>(List.of(labels.get(key), Integer.toString(now)));
    before.ifPresent(b -> row.add(Integer.toString(b)));
    return row;
  }

  /**
   * Returns money by funding source with a total row.
   *
   * @param finances one entry per source
   * @return the table
   */
  public Table finances(List<SourceFinance> finances) {
    List<List<String>> rows = new ArrayList<>();
    List<Money> allocated = new ArrayList<>();
    List<Money> spent = new ArrayList<>();
    for (SourceFinance f : finances) {
      rows.add(List.of(source(f), amount(f.allocated()), amount(f.spent()), share(f.spent(), f.allocated())));
      allocated.add(f.allocated());
      spent.add(f.spent());
    }
    Money a = Money.sum(report.currency(), allocated);
    Money s = Money.sum(report.currency(), spent);
    rows.add(List.of(labels.get("report.total"), amount(a), amount(s), share(s, a)));
    return new Table(
        List.of(
            labels.get("report.column.source"),
            labels.get("report.column.allocated"),
            labels.get("report.column.spent"),
            labels.get("report.column.spentShare")),
        rows,
        true);
  }

  /**
   * Returns an outcome's indicators against their targets.
   *
   * @param o the outcome
   * @return a row per indicator
   */
  public Table indicators(OutcomeReport o) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorProgress p : o.indicators()) {
      PlanProgress plan = p.plan();
      rows.add(
          List.of(
              p.id().toString(),
              p.indicator().title(),
              p.indicator()
                  .baseline()
                  .flatMap(b -> b.value())
                  .map(v -> ProgressText.value(p.indicator().measure(), v, decimals))
                  .orElse(""),
              plan.targetToDate().map(v -> ProgressText.value(p.indicator().measure(), v, decimals)).orElse(""),
              plan.actualToDate().map(v -> ProgressText.value(p.indicator().measure(), v, decimals)).orElse(""),
              plan.ratio().map(r -> ProgressText.percent(r, decimals)).orElse(""),
              labels.status(p.status())));
    }
    return new Table(
        List.of(
            labels.get("column.indicator"),
            labels.get("column.title"),
            labels.get("column.baseline"),
            labels.get("column.targetToDate"),
            labels.get("column.actualToDate"),
            labels.get("column.percentMet"),
            labels.get("column.status")),
        rows,
        false);
  }

  /**
   * Returns an outcome's achievement sentence.
   *
   * @param o the outcome
   * @return such as {@code Achievement: 75.0%}
   */
  public String achievementLine(OutcomeReport o) {
    return labels.get("report.outcomeAchievement", achievement(o.achievement()));
  }

  /**
   * Returns an outcome's measurement sentence.
   *
   * @param o the outcome
   * @return the four counts
   */
  public String measurementLine(OutcomeReport o) {
    MeasurementCounts m = o.measurement();
    return labels.get(
        "report.outcomeMeasurement",
        Integer.toString(m.indicators()),
        Integer.toString(m.withBaseline()),
        Integer.toString(m.withTarget()),
        Integer.toString(m.withBaselineAndTarget()));
  }

  /**
   * Returns the chart of achievement per outcome: one bar per outcome, 100% the full scale unless
   * an outcome exceeds it.
   *
   * @return the chart
   */
  public SvgBarChart achievementChart() {
    SvgBarChart chart =
        new SvgBarChart(
            labels.get("report.chart.achievement"),
            List.of(labels.get("report.series.achievement")),
            BigDecimal.ONE);
    for (OutcomeReport o : report.outcomes()) {
      Optional<BigDecimal> a = o.achievement();
      chart.category(o.outcome().id().toString(), List.of(a.orElse(BigDecimal.ZERO)), List.of(achievement(a)));
    }
    return chart;
  }

  /**
   * Returns the chart of spending against allocation: per outcome and source with money, a bar for
   * the allocation and one for the expenditure, on one scale.
   *
   * @return the chart
   */
  public SvgBarChart spendingChart() {
    SvgBarChart chart =
        new SvgBarChart(
            labels.get("report.chart.spending", report.currency().getCurrencyCode()),
            List.of(labels.get("report.column.allocated"), labels.get("report.column.spent")),
            BigDecimal.ONE);
    for (OutcomeReport o : report.outcomes()) {
      for (SourceFinance f : o.finances()) {
        if (f.allocated().isZero() && f.spent().isZero()) {
          continue;
        }
        chart.category(
            o.outcome().id() + " " + source(f),
            ImmutableList.of(f.allocated().amount(), f.spent().amount()),
            ImmutableList.of(amount(f.allocated()), amount(f.spent())));
      }
    }
    return chart;
  }

  private String source(SourceFinance f) {
    return labels.get("report.source." + f.source().name());
  }

  private String achievement(Optional<BigDecimal> a) {
    return a.map(r -> ProgressText.percent(r, decimals)).orElse(labels.get("report.noData"));
  }

  private String share(Money spent, Money allocated) {
    return allocated.isPositive() ? ProgressText.percent(spent.ratioTo(allocated), decimals) : "";
  }

  /**
   * Formats an amount: plain notation, commas between thousands, a dot before decimals, in every
   * language.
   *
   * @param money the amount
   * @return such as {@code 3,250,000.5} or {@code -1,000}
   */
  public static String amount(Money money) {
    String plain = money.amount().toPlainString();
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder out = new StringBuilder(plain.substring(0, start));
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain.substring(end)).toString();
  }
}
