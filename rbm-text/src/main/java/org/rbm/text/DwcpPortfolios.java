package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.text.internal.DwcpLabels;
import org.rbm.text.internal.DwcpTableLayout;

/**
 * Renders the tables of a {@link DwcpPortfolio}: documents by region and stage (the ILO paper's
 * table of DWCP documents by region) and the global outcomes DWCP priorities ask for, as plain
 * text, Markdown or CSV, with labels in English, French or Spanish ({@link RenderOptions#locale()}).
 *
 * <pre>{@code
 * DwcpStageTable table = portfolio.countsByRegionAndStage(LocalDate.of(2007, 12, 31));
 * System.out.print(DwcpPortfolios.render(table, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
 * // DWCP documents by region (status on 2007-12-31)
 * //
 * // Region                Concept document  Draft document  Final document  Total
 * // Africa                               6               8              11     25
 * // ...
 * }</pre>
 *
 * <p>Text and Markdown print a zero count as "–", as the paper does; CSV prints {@code 0} and
 * leaves the title out. Amounts are written as {@link org.rbm.core.money.Money} writes them
 * ({@code USD 300}), several currencies joined by {@code ; }. Linear in the size of the table;
 * thread-safe.
 */
public final class DwcpPortfolios {
  private DwcpPortfolios() {}

  /**
   * Renders the documents by region and stage, with a total row and a total column.
   *
   * @param table the counts, from {@link DwcpPortfolio#countsByRegionAndStage(LocalDate)}
   * @param format the format
   * @param options the options; only the locale is used
   * @return the table, ending with a line break
   */
  public static String render(DwcpStageTable table, TableFormat format, RenderOptions options) {
    requireNonNull(table, "table");
    requireNonNull(format, "format");
    DwcpLabels labels = DwcpLabels.of(requireNonNull(options, "options").locale());
    return write(DwcpTableLayout.stages(table, labels, format == TableFormat.CSV), format);
  }

  /**
   * Renders the global outcomes that the portfolio's DWCPs ask for at the end of a day (the
   * Programme and Budget's summary of DWCP priorities): for each, the number of countries and
   * the resources by funding source and in total.
   *
   * @param portfolio the portfolio
   * @param asOf the day
   * @param format the format
   * @param options the options; only the locale is used
   * @return the table, ending with a line break
   */
  public static String render(
      DwcpPortfolio portfolio, LocalDate asOf, TableFormat format, RenderOptions options) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    requireNonNull(format, "format");
    DwcpLabels labels = DwcpLabels.of(requireNonNull(options, "options").locale());
    return write(
        DwcpTableLayout.demand(portfolio.outcomeDemand(asOf), asOf.toString(), labels), format);
  }

  private static String write(DwcpTableLayout layout, TableFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> layout.plainText();
      case MARKDOWN -> layout.markdown();
      case CSV -> layout.csv();
    };
  }
}
