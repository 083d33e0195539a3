package org.rbm.core.milestones;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Roadmap} in the layout of the ILO's roadmap tables ({@code #}, {@code
 * Milestone}, {@code Year}, {@code Status}), as plain text and as Markdown, and its counts by state.
 */
final class RoadmapTables {
  /** The widest the milestone column of the plain-text table gets; longer statements wrap. */
  static final int STATEMENT_WIDTH = 60;

  private static final String GAP = "  ";

  private RoadmapTables() {}

  static String status(Milestone m) {
    return m.state().label() + m.condition().map(c -> ": " + c).orElse("");
  }

  static String text(Roadmap roadmap) {
    int idWidth = 1;
    int statementWidth = "Milestone".length();
    int yearWidth = "Year".length();
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
      int statusWidth = "Status".length();
      for (Milestone m : area.getValue()) {
        statusWidth = Math.max(statusWidth, status(m).length());
      }
      line(s, pad("#", idWidth), pad("Milestone", statementWidth), pad("Year", yearWidth), "Status");
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

  static String markdown(Roadmap roadmap) {
    StringBuilder s = new StringBuilder("## ").append(cell(roadmap.title())).append('\n');
    for (Map.Entry<String, Collection<Milestone>> area :
        roadmap.byArea().asMap().entrySet()) {
      s.append("\n### ").append(cell(area.getKey())).append("\n\n");
      s.append("| # | Milestone | Year | Status |\n|---|---|---|---|\n");
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

  static String countsText(Roadmap roadmap) {
    List<List<String>> rows = countRows(roadmap);
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

  static String countsMarkdown(Roadmap roadmap) {
    List<List<String>> rows = countRows(roadmap);
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
  private static List<List<String>> countRows(Roadmap roadmap) {
    ImmutableTable<String, MilestoneState, Integer> counts = roadmap.countsByState();
    List<MilestoneState> states = new ArrayList<>();
    for (MilestoneState state : MilestoneState.values()) {
      if (counts.column(state).values().stream().anyMatch(n -> n > 0)) {
        states.add(state);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("Area");
    states.forEach(st -> header.add(st.label()));
    header.add("Total");
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
    total.add("Total");
    for (int n : totals) {
      total.add(Integer.toString(n));
    }
    rows.add(total);
    return rows;
  }

  /** Greedy word wrap; a word longer than the width is cut. */
  static List<String> wrap(String text, int width) {
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
