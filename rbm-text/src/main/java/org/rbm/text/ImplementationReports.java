package org.rbm.text;

import static java.util.Objects.requireNonNull;

import org.rbm.core.cycle.ImplementationReport;
import org.rbm.text.internal.ProgressLabels;
import org.rbm.text.internal.ReportHtml;
import org.rbm.text.internal.ReportLayout;
import org.rbm.text.internal.ReportMarkdown;

/**
 * Renders a biennial {@link ImplementationReport} as Markdown or as a self-contained HTML page.
 *
 * <pre>{@code
 * ImplementationReport report = ImplementationReport.of(spf, pb, previous, spent, progress, narratives);
 * Files.writeString(Path.of("report-2008-09.html"),
 *     ImplementationReports.render(report, DocumentFormat.HTML, RenderOptions.defaults()));
 * }</pre>
 *
 * <p>Both formats show the same content: a title; a summary with a row per outcome (achievement,
 * indicators on track or better out of all, indicators behind, allocated, spent, % spent) and a
 * total row; the indicators with baselines and targets, this biennium against the previous; money
 * by funding source; then each outcome in its own section: its achievement, its indicators against
 * their targets to date with their statuses, the Office's contribution and that of constituents and
 * partners, difficulties, lessons, measurement counts and money by source. The HTML page adds two
 * charts drawn as inline SVG, after the summary: achievement per outcome, and spending against
 * allocation per outcome and funding source. It is well-formed XHTML with inline CSS, no scripts
 * and no external assets, so it can be mailed or archived as one file.
 *
 * <p>Achievement is the mean of an outcome's plan ratios (actual to date over target to date);
 * percentages are rounded half-even to {@link RenderOptions#percentDecimals()} decimals; amounts are
 * exact, with commas between thousands ({@code 3,250,000.5}) in every language. The words follow
 * {@link RenderOptions#locale()}'s language: English, French or Spanish, English for any other;
 * funding sources are abbreviated in that language (RB, RBSA, XBTC; BO, CSBO, CTXB; PO, CSPO,
 * CTXP). Text from the documents (titles, narratives) is escaped for the format.
 *
 * <p>Never throws on a report the model computes. Thread-safe; linear in the size of the report.
 */
public final class ImplementationReports {
  private ImplementationReports() {}

  /**
   * Renders a report with the default options (English, one decimal).
   *
   * @param report the report
   * @param format Markdown or HTML
   * @return the document
   */
  public static String render(ImplementationReport report, DocumentFormat format) {
    return render(report, format, RenderOptions.defaults());
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @param format Markdown or HTML
   * @param options the decimals of percentages and the language of the words ({@link
   *     RenderOptions#columnWidth()} is not used)
   * @return the document
   */
  public static String render(
      ImplementationReport report, DocumentFormat format, RenderOptions options) {
    requireNonNull(report, "report");
    requireNonNull(format, "format");
    ReportLayout layout =
        new ReportLayout(report, ProgressLabels.of(options.locale()), options.percentDecimals());
    return switch (format) {
      case MARKDOWN -> ReportMarkdown.write(layout);
      case HTML -> ReportHtml.write(layout);
    };
  }
}
