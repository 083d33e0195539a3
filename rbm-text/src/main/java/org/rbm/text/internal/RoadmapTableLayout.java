package org.rbm.text.internal;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.text.TableFormat;

/**
 * Lays out a {@link Roadmap} in the layout of the ILO's roadmap tables ({@code #}, {@code
 * Milestone}, {@code Year}, {@code Status}) as plain text, Markdown or CSV, and its counts by state,
 * with the words of one language ({@link RoadmapLabels}).
 */
public final class RoadmapTableLayout {
  /** The widest the milestone column of the plain-text table gets; longer statements wrap. */
  public static final int STATEMENT_WIDTH = 60;

  private static final String GAP = "  ";
  private static final String CRLF = "\r\n";

  private final Roadmap roadmap;
  private final RoadmapLabels labels;

  /**
   * Creates the layout of a roadmap.
   *
   * @param roadmap the roadmap
   * @param labels the words
   */
  public RoadmapTableLayout(Roadmap roadmap, RoadmapLabels labels) {
    this.roadmap = roadmap;
    this.labels = labels;
  }

  /**
   * Renders the milestones, one table per area.
   *
   * @param format the format
   * @return the rendering
   */
  public String milestones(TableFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> text();
      case MARKDOWN -> markdown();
      case CSV -> csv();
    };
  }

  /**
   * Renders the counts by state.
   *
   * @param format the format
   * @return the rendering
   */
  public String counts(TableFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> countsText();
      case MARKDOWN -> countsMarkdown();
      case CSV -> countsCsv();
    };
  }

  private String status(Milestone m) {
    String state = labels.state(m.state());
    return m.condition().map(c -> labels.get("status.withCondition", state, c)).orElse(state);
  }

  private String text() {
    String milestone = labels.get("column.milestone");
    String year = labels.get("column.year");
    String statusHeader = labels.get("column.status");
    int idWidth = labels.get("column.id").length();
    int statementWidth = milestone.length();
    int yearWidth = year.length();
    for (Milestone m : roadmap.milestones()) {
      idWidth = Math.max(idWidth, m.id().code().length());
      statementWidth = Math.max(statementWidth, m.statement().length());
      yearWidth = Math.max(yearWidth, m.due().toString().length());
    }
    statementWidth = Math.min(statementWidth, STATEMENT_WIDTH);
    StringBuilder s = new StringBuilder();
    s.append(roadmap.title()).append('\n').append("=".repeat(roadmap.title().length())).append('\n');
    for (Map.Entry<String, Collection<Milestone>> area :
        roadmap.byArea().asMap().entrySet()) {
      s.append('\n').append(area.getKey()).append('\n');
      int statusWidth = statusHeader.length();
      for (Milestone m : area.getValue()) {
        statusWidth = Math.max(statusWidth, status(m).length());
      }
      line(s, pad(labels.get("column.id"), idWidth), pad(milestone, statementWidth),
          pad(year, yearWidth), statusHeader);
      line(
          s,
          "-".repeat(idWidth),
          "-".repeat(statementWidth),
          "-".repeat(yearWidth),
          "-".repeat(statusWidth));
      for (Milestone m : area.getValue()) {
        List<String> lines = wrap(m.statement(), statementWidth);
        line(
            s,
            pad(m.id().code(), idWidth),
            pad(lines.get(0), statementWidth),
            pad(m.due().toString(), yearWidth),
            status(m));
        for (String more : lines.subList(1, lines.size())) {
          line(s, " ".repeat(idWidth), more);
        }
      }
    }
    return s.toString();
  }

  private String markdown() {
    StringBuilder s = new StringBuilder("## ").append(cell(roadmap.title())).append('\n');
    for (Map.Entry<String, Collection<Milestone>> area :
        roadmap.byArea().asMap().entrySet()) {
      s.append("\n### ").append(cell(area.getKey())).append("\n\n");
      String header = "| " + cell(labels.get("column.id"))
          + " | " + cell(labels.get("column.milestone"))
          + " | " + cell(labels.get("column.year"))
          + " | " + cell(labels.get("column.status")) + " |";
      s.append(header).append('\n').append("|---|---|---|---|").append('\n');
      for (Milestone m : area.getValue()) {
        s.append("| ").append(cell(m.id().code()))
            .append(" | ").append(cell(m.statement()))
            .append(" | ").append(m.due())
            .append(" | ").append(cell(status(m)))
            .append(" |\n");
      }
    }
    return s.toString();
  }

  private String countsText() {
    List<List<String>> rows = countRows();
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String text = rows.get(r).get(c);
        // The area column reads left to right; counts line up on the right, under their header.
        cells.add(c == 0 ? pad(text, widths[c]) : Strings.padStart(text, widths[c], ' '));
      }
      line(s, cells.toArray(new String[0]));
      if (r == 0) {
        List<String> dashes = new ArrayList<>();
        for (int w : widths) {
          dashes.add("-".repeat(w));
        }
        line(s, dashes.toArray(new String[0]));
      }
    }
    return s.toString();
  }

  private String countsMarkdown() {
    List<List<String>> rows = countRows();
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      s.append('|');
      for (String c : rows.get(r)) {
        s.append(' ').append(cell(c)).append(" |");
      }
      s.append('\n');
      if (r == 0) {
        s.append("|---|").append("---:|".repeat(rows.get(0).size() - 1)).append('\n');
      }
    }
    return s.toString();
  }

  /** Header, one row per area, total row; columns: area, each state some milestone is in, total. */
  private List<List<String>> countRows() {
    ImmutableTable<String, MilestoneState, Integer> counts = roadmap.countsByState();
    List<MilestoneState> states = new ArrayList<>();
    for (MilestoneState state : MilestoneState.values()) {
      if (counts.column(state).values().stream().anyMatch(n -> n > 0)) {
        states.add(state);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(labels.get("column.area"));
    states.forEach(st -> header.add(labels.state(st)));
    header.add(labels.get("column.total"));
    rows.add(header);
    int[] totals = new int[states.size() + 1];
    for (String area : counts.rowKeySet()) {
      List<String> row = new ArrayList<>();
      row.add(area);
      int areaTotal = 0;
      for (int i = 0; i < states.size(); i++) {
        int n = counts.row(area).getOrDefault(states.get(i), 0);
        row.add(Integer.toString(n));
        totals[i] += n;
        areaTotal += n;
      }
      row.add(Integer.toString(areaTotal));
      totals[states.size()] += areaTotal;
      rows.add(row);
    }
    List<String> total = new ArrayList<>();
    total.add(labels.get("row.total"));
    for (int n : totals) {
      total.add(Integer.toString(n));
    }
    rows.add(total);
    return rows;
  }

  private String csv() {
    StringBuilder s = new StringBuilder();
    csvRow(s, List.of(labels.get("column.area"), labels.get("column.id"),
        labels.get("column.milestone"), labels.get("column.year"), labels.get("column.status")));
    for (Map.Entry<String, Collection<Milestone>> area : roadmap.byArea().asMap().entrySet()) {
      for (Milestone m : area.getValue()) {
        csvRow(s, List.of(area.getKey(), m.id().code(), m.statement(), m.due().toString(),
            status(m)));
      }
    }
    return s.toString();
  }

  private String countsCsv() {
    StringBuilder s = new StringBuilder();
    for (List<String> row : countRows()) {
      csvRow(s, row);
    }
    return s.toString();
  }

  private static void csvRow(StringBuilder s, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      s.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
    }
    s.append(CRLF);
  }

  /** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  /** Greedy word wrap; a word longer than the width is cut. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+", -1)) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return Strings.padEnd(text, width, ' ');
  }

  /** Joins cells with the gap and drops trailing spaces, so that no line ends in blanks. */
  private static void line(StringBuilder s, String... cells) {
    String joined = String.join(GAP, cells);
    int end = joined.length();
    while (end > 0 && joined.charAt(end - 1) == ' ') {
      end--;
    }
    s.append(joined, 0, end).append('\n');
  }

  /** A Markdown table cell: pipes escaped, line breaks turned into spaces. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
