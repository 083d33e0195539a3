package org.rbm.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** Renders a {@link PerformanceTable} as aligned plain text, Markdown and CSV. */
final class TableRenderer {
  private static final List<String> FIXED = List.of("Indicator", "Title", "Baseline");
  private static final List<String> PERIOD = List.of("Target", "Actual", "% met", "Status");
  private static final List<String> PLAN =
      List.of("Plan target", "Target to date", "Actual to date", "% met", "Status");
  private static final String PLAN_LABEL = "Whole plan";
  private static final int MAX_TEXT_CELL = 40;
  private static final String NONE = "-";

  private TableRenderer() {}

  static String plainText(PerformanceTable table) {
    List<String> names = columnNames(table, false);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowOfGroup = new ArrayList<>();
    List<String> groupLines = new ArrayList<>();
    for (PerformanceGroup g : table.groups()) {
      rowOfGroup.add(rows.size());
      groupLines.add("  ".repeat(g.depth()) + g.result() + " [" + g.level() + "] " + g.title());
      for (PerformanceRow r : g.rows()) {
        List<String> cells = cells(table, r, NONE, TableRenderer::cut);
        cells.set(0, "  ".repeat(g.depth() + 1) + cells.get(0));
        rows.add(cells);
      }
    }
    // A first header line labels each column group above its first column.
    List<String> groupHeader = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      groupHeader.add("");
    }
    int c0 = FIXED.size();
    for (DateRange period : table.columns()) {
      groupHeader.set(c0, ProgressFormat.periodLabel(period));
      c0 += PERIOD.size();
    }
    groupHeader.set(c0, PLAN_LABEL);
    int[] width = new int[names.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = Math.max(names.get(c).length(), groupHeader.get(c).length());
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder(heading(table)).append("\n\n");
    line(out, groupHeader, width);
    line(out, names, width);
    int next = 0;
    for (int g = 0; g < groupLines.size(); g++) {
      int end = g + 1 < rowOfGroup.size() ? rowOfGroup.get(g + 1) : rows.size();
      out.append(groupLines.get(g)).append('\n');
      for (; next < end; next++) {
        line(out, rows.get(next), width);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(isGroupStart(c, cells.size()) ? " | " : "  ");
      }
      String cell = cells.get(c);
      line.append(cell).append(" ".repeat(width[c] - cell.length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Column groups start after the fixed columns, at each period and at the whole plan. */
  private static boolean isGroupStart(int column, int columns) {
    int planStart = columns - PLAN.size();
    return column == planStart
        || (column >= FIXED.size() && column < planStart
            && (column - FIXED.size()) % PERIOD.size() == 0);
  }

  static String markdown(PerformanceTable table) {
    StringBuilder out = new StringBuilder("**").append(md(heading(table))).append("**\n\n");
    List<String> names = columnNames(table, true);
    mdRow(out, names);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      rule.add("---");
    }
    mdRow(out, rule);
    for (PerformanceGroup g : table.groups()) {
      List<String> head = new ArrayList<>();
      head.add("**" + md(g.result().toString()) + "**");
      head.add("**" + md(g.level() + ": " + g.title()) + "**");
      while (head.size() < names.size()) {
        head.add("");
      }
      mdRow(out, head);
      for (PerformanceRow r : g.rows()) {
        mdRow(out, cells(table, r, NONE, TableRenderer::md));
      }
    }
    return out.toString();
  }

  private static void mdRow(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  static String csv(PerformanceTable table) {
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>(List.of("Result", "Level", "Result title"));
    names.addAll(columnNames(table, true));
    names.add(5, "Unit");
    csvRow(out, names);
    for (PerformanceGroup g : table.groups()) {
      for (PerformanceRow r : g.rows()) {
        List<String> cells = new ArrayList<>(List.of(g.result().toString(), g.level(), g.title()));
        cells.addAll(cells(table, r, "", UnaryOperator.identity()));
        cells.add(5, r.unit().orElse(""));
        csvRow(out, cells);
      }
    }
    return out.toString();
  }

  private static void csvRow(StringBuilder out, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  private static String heading(PerformanceTable table) {
    return "Performance of " + table.title() + " (" + table.framework() + ") as of "
        + table.asOf() + "; % met "
        + (table.method() == AchievementMethod.PERCENT_OF_TARGET
            ? "= actual / target"
            : "= (actual - baseline) / (target - baseline)");
  }

  /** Column names; with {@code qualified}, each period column carries its period's label. */
  private static List<String> columnNames(PerformanceTable table, boolean qualified) {
    List<String> names = new ArrayList<>(FIXED);
    for (DateRange period : table.columns()) {
      for (String n : PERIOD) {
        names.add(qualified ? ProgressFormat.periodLabel(period) + " " + lower(n) : n);
      }
    }
    for (String n : PLAN) {
      names.add(qualified && !n.startsWith("Plan") && !n.endsWith("date")
          ? PLAN_LABEL + " " + lower(n) : n);
    }
    return names;
  }

  private static String lower(String name) {
    return name.startsWith("%") ? name : name.toLowerCase(java.util.Locale.ROOT);
  }

  private static List<String> cells(
      PerformanceTable table, PerformanceRow r, String none, UnaryOperator<String> text) {
    Measure m = r.measure();
    List<String> cells = new ArrayList<>();
    cells.add(r.indicator().toString());
    cells.add(text.apply(r.title()));
    cells.add(text.apply(value(m, r.baseline(), none)));
    for (DateRange period : table.columns()) {
      PeriodProgress p = r.periods().get(period);
      if (p == null) {
        for (int i = 0; i < PERIOD.size(); i++) {
          cells.add(none);
        }
        continue;
      }
      cells.add(text.apply(value(m, p.target(), none)));
      cells.add(text.apply(value(m, p.actual(), none)));
      cells.add(p.ratio().map(ProgressFormat::percent)
          .or(() -> p.assessment().flatMap(PeriodAssessment::grade).map(AssessmentGrade::label))
          .or(() -> p.assessment().flatMap(PeriodAssessment::levelReached)
              .map(l -> "level " + l.toPlainString()))
          .orElse(none));
      cells.add(p.status().label());
    }
    PlanProgress plan = r.plan();
    cells.add(text.apply(value(m, plan.planTarget(), none)));
    cells.add(text.apply(value(m, plan.targetToDate(), none)));
    cells.add(text.apply(value(m, plan.actualToDate(), none)));
    cells.add(plan.ratio().map(ProgressFormat::percent).orElse(none));
    cells.add(plan.status().label());
    return cells;
  }

  private static String value(Measure m, Optional<Value> v, String none) {
    return v.map(x -> ProgressFormat.value(m, x)).orElse(none);
  }

  private static String cut(String s) {
    return s.length() <= MAX_TEXT_CELL ? s : s.substring(0, MAX_TEXT_CELL - 1) + "…";
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
