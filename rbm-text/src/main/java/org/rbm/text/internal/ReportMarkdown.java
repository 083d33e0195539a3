package org.rbm.text.internal;

import java.util.List;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.OutcomeReport;

/**
 * Writes an implementation report as GitHub-flavoured Markdown: a title, the summary, measurement
 * and finance tables, then a section per outcome. Text from the documents is escaped so that it
 * cannot open a link, emphasis, HTML or a table cell; line breaks in it become spaces. Lines end in
 * {@code \n}. Linear in the size of the report.
 */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  /**
   * Writes a report.
   *
   * @param layout the report's content
   * @return the Markdown
   */
  public static String write(ReportLayout layout) {
    ProgressLabels l = layout.labels();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(layout.title())).append("\n\n");
    md.append(escape(layout.intro())).append("\n\n");
    md.append("## ").append(escape(l.get("report.summary"))).append("\n\n");
    table(md, layout.summary());
    md.append("## ").append(escape(l.get("report.section.measurement"))).append("\n\n");
    table(md, layout.measurement());
    md.append("## ").append(escape(l.get("report.section.finance"))).append("\n\n");
    table(md, layout.finances(layout.report().totals()));
    for (OutcomeReport o : layout.report().outcomes()) {
      md.append("## ").append(escape(ReportLayout.heading(o))).append("\n\n");
      md.append(escape(layout.achievementLine(o))).append("\n\n");
      md.append("### ").append(escape(l.get("report.section.results"))).append("\n\n");
      if (o.indicators().isEmpty()) {
        md.append(escape(l.get("report.none"))).append("\n\n");
      } else {
        table(md, layout.indicators(o));
      }
      md.append("### ").append(escape(l.get("report.section.contributions"))).append("\n\n");
      if (o.narrative().isPresent()) {
        OutcomeNarrative n = o.narrative().get();
        md.append("**").append(escape(l.get("report.office"))).append(":** ")
            .append(escape(n.officeContribution())).append("\n\n");
        md.append("**").append(escape(l.get("report.partners"))).append(":** ")
            .append(escape(n.partnersContribution())).append("\n\n");
        list(md, l.get("report.section.difficulties"), n.difficulties(), l);
        list(md, l.get("report.section.lessons"), n.lessons(), l);
      } else {
        md.append(escape(l.get("report.noNarrative"))).append("\n\n");
      }
      md.append("### ").append(escape(l.get("report.section.measurement"))).append("\n\n");
      md.append(escape(layout.measurementLine(o))).append("\n\n");
      md.append("### ").append(escape(l.get("report.section.finance"))).append("\n\n");
      table(md, layout.finances(o.finances()));
    }
    return md.toString().stripTrailing() + "\n";
  }

  private static void list(StringBuilder md, String heading, List<String> items, ProgressLabels l) {
    md.append("### ").append(escape(heading)).append("\n\n");
    if (items.isEmpty()) {
      md.append(escape(l.get("report.none"))).append("\n\n");
      return;
    }
    for (String item : items) {
      md.append("- ").append(escape(item)).append('\n');
    }
    md.append('\n');
  }

  private static void table(StringBuilder md, ReportLayout.Table t) {
    row(md, t.header());
    md.append('|');
    for (int i = 0; i < t.header().size(); i++) {
      md.append(i == 0 ? " --- |" : " ---: |");
    }
    md.append('\n');
    for (List<String> r : t.rows()) {
      row(md, r);
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, List<String> cells) {
    md.append('|');
    for (String c : cells) {
      md.append(' ').append(escape(c)).append(" |");
    }
    md.append('\n');
  }

  /**
   * Escapes text for Markdown: a backslash before each of {@code \ ` * _ [ ] < > | #}, line breaks
   * as spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if ("\\`*_[]<>|#".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
