package org.rbm.text.internal;

import java.util.List;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.OutcomeReport;

/**
 * Writes an implementation report as one self-contained page: XHTML (well-formed XML, so that a
 * test can parse it), inline CSS, charts as inline SVG, no scripts and no external assets. Every
 * text is escaped. Lines end in {@code \n}. Linear in the size of the report.
 */
public final class ReportHtml {
  private static final String CSS =
      """
      body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; color: #222; \
      max-width: 1100px; margin: 24px auto; padding: 0 16px; }
      h1 { font-size: 24px; border-bottom: 3px solid #1f5aa6; padding-bottom: 6px; }
      h2 { font-size: 19px; margin-top: 32px; color: #1f5aa6; }
      h3 { font-size: 15px; margin: 18px 0 6px; }
      table { border-collapse: collapse; margin: 8px 0 12px; }
      th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; }
      th { background: #eef2f8; }
      th.text, td:first-child, td.text { text-align: left; }
      tr.total td { font-weight: bold; background: #f6f6f6; }
      .charts { display: flex; flex-wrap: wrap; gap: 16px; }
      svg.chart { font-size: 12px; background: #fff; border: 1px solid #ddd; }
      svg .chart-title { font-weight: bold; font-size: 13px; }
      section.outcome { border-top: 1px solid #ddd; }
      p.lead { color: #555; }
      """;

  private ReportHtml() {}

  /**
   * Writes a report.
   *
   * @param layout the report's content
   * @return the page
   */
  public static String write(ReportLayout layout) {
    ProgressLabels l = layout.labels();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n");
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(l.language()).append("\">\n");
    h.append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(Xml.escape(layout.title()))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(Xml.escape(layout.title())).append("</h1>\n");
    h.append("<p class=\"lead\">").append(Xml.escape(layout.intro())).append("</p>\n");
    h.append("<h2>").append(Xml.escape(l.get("report.summary"))).append("</h2>\n");
    table(h, layout.summary(), 2);
    h.append("<div class=\"charts\">\n");
    h.append(layout.achievementChart().svg());
    h.append(layout.spendingChart().svg());
    h.append("</div>\n");
    h.append("<h2>").append(Xml.escape(l.get("report.section.measurement"))).append("</h2>\n");
    table(h, layout.measurement(), 1);
    h.append("<h2>").append(Xml.escape(l.get("report.section.finance"))).append("</h2>\n");
    table(h, layout.finances(layout.report().totals()), 1);
    for (OutcomeReport o : layout.report().outcomes()) {
      h.append("<section class=\"outcome\">\n<h2>").append(Xml.escape(ReportLayout.heading(o)))
          .append("</h2>\n");
      h.append("<p>").append(Xml.escape(layout.achievementLine(o))).append("</p>\n");
      h.append("<h3>").append(Xml.escape(l.get("report.section.results"))).append("</h3>\n");
      if (o.indicators().isEmpty()) {
        h.append("<p>").append(Xml.escape(l.get("report.none"))).append("</p>\n");
      } else {
        table(h, layout.indicators(o), 2);
      }
      h.append("<h3>").append(Xml.escape(l.get("report.section.contributions"))).append("</h3>\n");
      if (o.narrative().isPresent()) {
        OutcomeNarrative n = o.narrative().get();
        h.append("<p><strong>").append(Xml.escape(l.get("report.office"))).append(":</strong> ")
            .append(Xml.escape(n.officeContribution())).append("</p>\n");
        h.append("<p><strong>").append(Xml.escape(l.get("report.partners"))).append(":</strong> ")
            .append(Xml.escape(n.partnersContribution())).append("</p>\n");
        list(h, l.get("report.section.difficulties"), n.difficulties(), l);
        list(h, l.get("report.section.lessons"), n.lessons(), l);
      } else {
        h.append("<p>").append(Xml.escape(l.get("report.noNarrative"))).append("</p>\n");
      }
      h.append("<h3>").append(Xml.escape(l.get("report.section.measurement"))).append("</h3>\n");
      h.append("<p>").append(Xml.escape(layout.measurementLine(o))).append("</p>\n");
      h.append("<h3>").append(Xml.escape(l.get("report.section.finance"))).append("</h3>\n");
      table(h, layout.finances(o.finances()), 1);
      h.append("</section>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void list(StringBuilder h, String heading, List<String> items, ProgressLabels l) {
    h.append("<h3>").append(Xml.escape(heading)).append("</h3>\n");
    if (items.isEmpty()) {
      h.append("<p>").append(Xml.escape(l.get("report.none"))).append("</p>\n");
      return;
    }
    h.append("<ul>\n");
    for (String item : items) {
      h.append("<li>").append(Xml.escape(item)).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /** Writes a table whose first {@code textColumns} columns are left-aligned text. */
  private static void table(StringBuilder h, ReportLayout.Table t, int textColumns) {
    h.append("<table>\n<thead><tr>");
    for (int i = 0; i < t.header().size(); i++) {
      h.append(i < textColumns ? "<th class=\"text\">" : "<th>")
          .append(Xml.escape(t.header().get(i))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : t.rows()) {
      boolean total = t.lastIsTotal() && r == t.rows().get(t.rows().size() - 1);
      h.append(total ? "<tr class=\"total\">" : "<tr>");
      for (int i = 0; i < r.size(); i++) {
        h.append(i > 0 && i < textColumns ? "<td class=\"text\">" : "<td>")
            .append(Xml.escape(r.get(i))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }
}
