package org.rbm.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.rbm.core.money.Money;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.OutcomeDemand;
import org.rbm.core.strategies.FundingSource;

/**
 * Lays out the DWCP tables as rows of cells, then writes them as plain text, Markdown or CSV.
 * Numbers are right-aligned in text; text and Markdown print a zero count as the paper does, "–";
 * CSV writes {@code 0}.
 */
public final class DwcpTableLayout {
  private static final String NONE = "–";

  private final String title;
  private final List<List<String>> rows;
  private final boolean[] numeric;

  private DwcpTableLayout(String title, List<List<String>> rows, boolean[] numeric) {
    this.title = title;
    this.rows = rows;
    this.numeric = numeric;
  }

  /**
   * Any table of this shape: a title, a header row then rows, and which columns hold numbers (the
   * evaluation follow-up tables use it too).
   */
  public static DwcpTableLayout of(String title, List<List<String>> rows, boolean[] numeric) {
    return new DwcpTableLayout(title, rows, numeric.clone());
  }

  /** The table of documents by region and stage, with a total row and a total column. */
  public static DwcpTableLayout stages(DwcpStageTable table, DwcpLabels labels, boolean zeros) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(labels.get("column.region"));
    for (DwcpStage s : DwcpStage.values()) {
      header.add(labels.get("stage." + s.name()));
    }
    header.add(labels.get("column.total"));
    rows.add(header);
    for (IloRegion r : IloRegion.values()) {
      List<String> row = new ArrayList<>();
      row.add(labels.get("region." + r.name()));
      for (DwcpStage s : DwcpStage.values()) {
        row.add(count(table.count(r, s), zeros));
      }
      row.add(count(table.regionTotal(r), zeros));
      rows.add(row);
    }
    List<String> total = new ArrayList<>();
    total.add(labels.get("row.total"));
    for (DwcpStage s : DwcpStage.values()) {
      total.add(count(table.stageTotal(s), zeros));
    }
    total.add(count(table.total(), zeros));
    rows.add(total);
    boolean[] numeric = new boolean[header.size()];
    for (int i = 1; i < numeric.length; i++) {
      numeric[i] = true;
    }
    return new DwcpTableLayout(
        labels.get("stages.title", table.asOf().toString()), rows, numeric);
  }

  /** The global outcomes DWCPs ask for: countries, resources by source and in total. */
  public static DwcpTableLayout demand(
      List<OutcomeDemand> demand, String asOf, DwcpLabels labels) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(labels.get("column.outcome"));
    header.add(labels.get("column.countries"));
    for (FundingSource s : FundingSource.values()) {
      header.add(labels.get("source." + s.name()));
    }
    header.add(labels.get("column.total"));
    rows.add(header);
    for (OutcomeDemand d : demand) {
      List<String> row = new ArrayList<>();
      row.add(d.framework() + "/" + d.outcome());
      row.add(Integer.toString(d.countries().size()));
      for (FundingSource s : FundingSource.values()) {
        List<Money> amounts = d.resourcesBySource().get(s);
        row.add(amounts == null ? "" : money(amounts));
      }
      row.add(money(d.resources()));
      rows.add(row);
    }
    boolean[] numeric = new boolean[header.size()];
    for (int i = 1; i < numeric.length; i++) {
      numeric[i] = true;
    }
    return new DwcpTableLayout(labels.get("demand.title", asOf), rows, numeric);
  }

  private static String money(List<Money> amounts) {
    List<String> parts = new ArrayList<>();
    for (Money m : amounts) {
      parts.add(m.toString());
    }
    return String.join("; ", parts);
  }

  private static String count(int n, boolean zeros) {
    return n == 0 && !zeros ? NONE : Integer.toString(n);
  }

  /** Writes the title, a blank line and the columns padded to their widest cell. */
  public String plainText() {
    int[] width = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        width[c] = Math.max(width[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder(title).append("\n\n");
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.codePointCount(0, cell.length()));
        if (c > 0) {
          line.append("  ");
        }
        line.append(numeric[c] ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Writes the title in bold and a pipe table, numbers right-aligned. */
  public String markdown() {
    StringBuilder out = new StringBuilder("**").append(md(title)).append("**\n\n");
    for (int r = 0; r < rows.size(); r++) {
      out.append('|');
      for (String cell : rows.get(r)) {
        out.append(' ').append(md(cell)).append(" |");
      }
      out.append('\n');
      if (r == 0) {
        out.append('|');
        for (boolean n : numeric) {
          out.append(n ? "---:|" : "---|");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Writes RFC 4180 CSV: the header row and one row per line, without the title. */
  public String csv() {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        String cell = row.get(c);
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0) {
          out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
          out.append(cell);
        }
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
