package org.rbm.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.PerformanceGroup;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PlanProgress;

/**
 * Lays a {@link PerformanceTable} out as aligned plain text, Markdown and CSV, in the words of a
 * {@link ProgressLabels} and with percentages to a number of decimals; with a dimension, each
 * indicator's row is followed by a row per category of that dimension, and a column after the
 * indicator's id names the category ({@code Total} on the indicator's own row).
 */
public final class PerformanceTableLayout {
  private static final int PERIOD = 4;
  private static final int PLAN = 5;
  private static final int MAX_TEXT_CELL = 40;
  private static final String NONE = "-";
  /** Marks a period's target and actual rolled up from shorter periods; the legend explains it. */
  static final String ROLLED_UP = "\u2020";

  private final PerformanceTable table;
  private final ProgressLabels labels;
  private final int decimals;
  private final @Nullable String dimension;
  /** The columns before the first period: indicator, (category,) title, baseline. */
  private final int fixed;

  /**
   * Prepares the layout of a table.
   *
   * @param table the table
   * @param labels the words to use
   * @param decimals the decimals of a percentage
   */
  public PerformanceTableLayout(PerformanceTable table, ProgressLabels labels, int decimals) {
    this(table, labels, decimals, null);
  }

  /**
   * Prepares the layout of a table with a row per category of a dimension under each indicator.
   *
   * @param table the table
   * @param labels the words to use
   * @param decimals the decimals of a percentage
   * @param dimension the dimension whose categories get rows, such as {@code sex}; {@code null}
   *     for none
   */
  public PerformanceTableLayout(
      PerformanceTable table, ProgressLabels labels, int decimals, @Nullable String dimension) {
    this.table = table;
    this.labels = labels;
    this.decimals = decimals;
    this.dimension = dimension;
    this.fixed = dimension == null ? 3 : 4;
  }

  /**
   * The rows of an indicator: its own, then (with a dimension) one per category of the dimension
   * in any of its periods, in the order they first appear.
   */
  private List<List<String>> rowsOf(PerformanceRow r, String none, UnaryOperator<String> text) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(cells(r, none, text));
    if (dimension != null) {
      // Each category's progress by period, read once: linear in the row's category cells.
      Map<String, Map<DateRange, CategoryProgress>> categories = new LinkedHashMap<>();
      for (Map.Entry<DateRange, PeriodProgress> p : r.periods().entrySet()) {
        for (CategoryProgress c : p.getValue().breakdown(dimension)) {
          categories.computeIfAbsent(c.category(), k -> new HashMap<>()).put(p.getKey(), c);
        }
      }
      for (Map.Entry<String, Map<DateRange, CategoryProgress>> c : categories.entrySet()) {
        rows.add(categoryCells(r, c.getKey(), c.getValue(), none, text));
      }
    }
    return rows;
  }

  /**
   * Renders aligned plain text: a line per result, indented by depth, then its indicators' rows;
   * long cells are cut at 40 characters.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String plainText() {
    List<String> names = columnNames(false);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowOfGroup = new ArrayList<>();
    List<String> groupLines = new ArrayList<>();
    for (PerformanceGroup g : table.groups()) {
      rowOfGroup.add(rows.size());
      groupLines.add("  ".repeat(g.depth()) + g.result() + " [" + g.level() + "] " + g.title());
      for (PerformanceRow r : g.rows()) {
        for (List<String> cells : rowsOf(r, NONE, PerformanceTableLayout::cut)) {
          cells.set(0, "  ".repeat(g.depth() + 1) + cells.get(0));
          rows.add(cells);
        }
      }
    }
    // A first header line labels each column group above its first column.
    List<String> groupHeader = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      groupHeader.add("");
    }
    int c0 = fixed;
    for (DateRange period : table.columns()) {
      groupHeader.set(c0, ProgressText.periodLabel(period));
      c0 += PERIOD;
    }
    groupHeader.set(c0, labels.get("group.wholePlan"));
    int[] width = new int[names.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = Math.max(names.get(c).length(), groupHeader.get(c).length());
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder(heading()).append("\n\n");
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
    legend(out);
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] width) {
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
  private boolean isGroupStart(int column, int columns) {
    int planStart = columns - PLAN;
    return column == planStart
        || (column >= fixed && column < planStart && (column - fixed) % PERIOD == 0);
  }

  /**
   * Renders one GitHub-flavoured Markdown table, a bold row per result.
   *
   * @return the Markdown, lines ending in {@code \n}
   */
  public String markdown() {
    StringBuilder out = new StringBuilder("**").append(md(heading())).append("**\n\n");
    List<String> names = columnNames(true);
    mdRow(out, names);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      rule.add("---");
    }
    mdRow(out, rule);
    for (PerformanceGroup g : table.groups()) {
      List<String> head = new ArrayList<>();
      head.add("**" + md(g.result().toString()) + "**");
      if (dimension != null) {
        head.add("");
      }
      head.add("**" + md(g.level() + ": " + g.title()) + "**");
      while (head.size() < names.size()) {
        head.add("");
      }
      mdRow(out, head);
      for (PerformanceRow r : g.rows()) {
        for (List<String> cells : rowsOf(r, NONE, PerformanceTableLayout::md)) {
          mdRow(out, cells);
        }
      }
    }
    legend(out);
    return out.toString();
  }

  /** After the table, when a cell is rolled up: a blank line and what the mark means. */
  private void legend(StringBuilder out) {
    boolean any =
        table.groups().stream()
            .flatMap(g -> g.rows().stream())
            .anyMatch(r -> !r.rolledUp().isEmpty());
    if (any) {
      out.append('\n').append(labels.get("legend.rolledUp", ROLLED_UP)).append('\n');
    }
  }

  private static void mdRow(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /**
   * Renders CSV (RFC 4180: commas, double quotes where needed, CRLF line ends): a header row, then
   * one row per indicator, which repeats its result's id, level and title.
   *
   * @return the CSV text
   */
  public String csv() {
    StringBuilder out = new StringBuilder();
    List<String> names =
        new ArrayList<>(
            List.of(
                labels.get("column.result"),
                labels.get("column.level"),
                labels.get("column.resultTitle")));
    names.addAll(columnNames(true));
    // The unit follows the indicator's title.
    int unit = fixed + 2;
    names.add(unit, labels.get("column.unit"));
    csvRow(out, names);
    for (PerformanceGroup g : table.groups()) {
      for (PerformanceRow r : g.rows()) {
        for (List<String> row : rowsOf(r, "", UnaryOperator.identity())) {
          List<String> cells =
              new ArrayList<>(List.of(g.result().toString(), g.level(), g.title()));
          cells.addAll(row);
          cells.add(unit, r.unit().orElse(""));
          csvRow(out, cells);
        }
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

  private String heading() {
    return labels.get(
        "heading." + table.method().name(),
        table.title(),
        table.framework().toString(),
        table.asOf().toString());
  }

  /** Column names; with {@code qualified}, each period column carries its period's label. */
  private List<String> columnNames(boolean qualified) {
    List<String> names =
        new ArrayList<>(
            List.of(
                labels.get("column.indicator"),
                labels.get("column.title"),
                labels.get("column.baseline")));
    if (dimension != null) {
      names.add(1, dimension);
    }
    for (DateRange period : table.columns()) {
      String p = ProgressText.periodLabel(period);
      names.add(qualified ? labels.get("qualified.target", p) : labels.get("column.target"));
      names.add(qualified ? labels.get("qualified.actual", p) : labels.get("column.actual"));
      names.add(
          qualified ? labels.get("qualified.percentMet", p) : labels.get("column.percentMet"));
      names.add(qualified ? labels.get("qualified.status", p) : labels.get("column.status"));
    }
    String plan = labels.get("group.wholePlan");
    names.add(labels.get("column.planTarget"));
    names.add(labels.get("column.targetToDate"));
    names.add(labels.get("column.actualToDate"));
    names.add(
        qualified ? labels.get("qualified.percentMet", plan) : labels.get("column.percentMet"));
    names.add(qualified ? labels.get("qualified.status", plan) : labels.get("column.status"));
    return names;
  }

  private List<String> cells(PerformanceRow r, String none, UnaryOperator<String> text) {
    Measure m = r.measure();
    // "% met" reads the same way for every direction: 100% is the target met, more is better.
    Direction direction = r.direction().orElse(Direction.INCREASE);
    List<String> cells = new ArrayList<>();
    cells.add(r.indicator().toString());
    if (dimension != null) {
      cells.add(labels.get("breakdown.total"));
    }
    cells.add(text.apply(r.title()));
    cells.add(text.apply(value(m, r.baseline(), none)));
    for (DateRange period : table.columns()) {
      @Nullable PeriodProgress p = r.periods().get(period);
      if (p == null) {
        for (int i = 0; i < PERIOD; i++) {
          cells.add(none);
        }
        continue;
      }
      // CSV stays machine-readable: no mark there (the JSON says which periods are rolled up).
      String mark = r.rolledUp().contains(period) && !none.isEmpty() ? ROLLED_UP : "";
      cells.add(text.apply(value(m, p.target(), none)) + (p.target().isPresent() ? mark : ""));
      cells.add(text.apply(value(m, p.actual(), none)) + (p.actual().isPresent() ? mark : ""));
      cells.add(
          p.ratio()
              .map(x -> ProgressText.percent(table.method().achievement(direction, x), decimals))
              .or(() -> p.assessment().flatMap(PeriodAssessment::grade).map(labels::grade))
              .or(
                  () ->
                      p.assessment()
                          .flatMap(PeriodAssessment::levelReached)
                          .map(l -> labels.get("cell.level", l.toPlainString())))
              .orElse(none));
      cells.add(labels.status(p.status()));
    }
    PlanProgress plan = r.plan();
    cells.add(text.apply(value(m, plan.planTarget(), none)));
    cells.add(text.apply(value(m, plan.targetToDate(), none)));
    cells.add(text.apply(value(m, plan.actualToDate(), none)));
    cells.add(
        plan.ratio()
            .map(x -> ProgressText.percent(table.method().achievement(direction, x), decimals))
            .orElse(none));
    cells.add(labels.status(plan.status()));
    return cells;
  }

  /**
   * A category's row: its target, actual and actual against its own target in each period where
   * the period's values are broken down by it; no baseline, status or whole-plan figures (a
   * category has none). The title is repeated in CSV only, where each row stands alone.
   */
  private List<String> categoryCells(
      PerformanceRow r,
      String category,
      Map<DateRange, CategoryProgress> byPeriod,
      String none,
      UnaryOperator<String> text) {
    Measure m = r.measure();
    List<String> cells = new ArrayList<>();
    cells.add(r.indicator().toString());
    cells.add(text.apply(category));
    cells.add(none.isEmpty() ? r.title() : "");
    cells.add(none);
    for (DateRange period : table.columns()) {
      @Nullable CategoryProgress c = byPeriod.get(period);
      if (c == null) {
        for (int i = 0; i < PERIOD; i++) {
          cells.add(none);
        }
        continue;
      }
      cells.add(text.apply(value(m, c.target(), none)));
      cells.add(text.apply(value(m, c.actual(), none)));
      cells.add(c.ratio().map(x -> ProgressText.percent(x, decimals)).orElse(none));
      cells.add(none);
    }
    for (int i = 0; i < PLAN; i++) {
      cells.add(none);
    }
    return cells;
  }

  private String value(Measure m, Optional<Value> v, String none) {
    return v.map(x -> ProgressText.value(m, x, decimals)).orElse(none);
  }

  private static String cut(String s) {
    return s.length() <= MAX_TEXT_CELL ? s : s.substring(0, MAX_TEXT_CELL - 1) + "…";
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
