package org.rbm.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.rbm.core.InvalidValueException;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.text.internal.PerformanceTableLayout;
import org.rbm.text.internal.ProgressLabels;

/**
 * Renders a {@link PerformanceTable} (an IPTT) as aligned plain text, Markdown or CSV.
 *
 * <pre>{@code
 * PerformanceTable table = calculator.report(framework, LocalDate.of(2009, 1, 1)).table();
 * System.out.println(PerformanceTables.render(table, TableFormat.PLAIN_TEXT));
 * String csv = PerformanceTables.render(
 *     table, TableFormat.CSV, RenderOptions.defaults().withLocale(Locale.FRENCH));
 * }</pre>
 *
 * <ul>
 *   <li>{@link TableFormat#PLAIN_TEXT}: a heading, two header lines (the period above its columns),
 *       then a line per result, indented by depth, and its indicators' rows, aligned; column
 *       groups are separated by {@code |}; text cells longer than 40 characters are cut with
 *       {@code …}; empty cells show {@code -}. Lines end in {@code \n}.
 *   <li>{@link TableFormat#MARKDOWN}: a bold heading and one GitHub-flavoured table, a bold row per
 *       result; {@code |} and {@code \} in text are escaped. Lines end in {@code \n}.
 *   <li>{@link TableFormat#CSV}: RFC 4180 (commas, double quotes where needed, CRLF line ends), a
 *       header row, then one row per indicator, which repeats its result's id, level and title;
 *       empty cells are empty.
 * </ul>
 *
 * <p>Percentages are the ratios times 100, rounded half-even to {@link
 * RenderOptions#percentDecimals()} decimals (one by default: {@code 91.1%} for 41/45); a fraction of
 * a percentage indicator shows its parts and its percent ({@code 40/88 (45.5%)}); amounts are exact,
 * in plain notation. Periods are labelled {@code 2008}, {@code 2008-09} (whole years, ILO notation),
 * {@code 2008-H1}, {@code 2008-Q3}, {@code 2008-03}, or by their dates. The words (headings, column
 * names, statuses, grades) follow {@link RenderOptions#locale()}'s language: English, French or
 * Spanish, English for any other; numbers, dates and identifiers are the same in every language.
 * {@link RenderOptions#columnWidth()} is not used: cells are as wide as their longest text.
 *
 * <p>A period rolled up from shorter ones (a year from its quarters, in a table laid out with
 * {@link org.rbm.core.progress.PerformanceTableOptions}) shows its target and actual marked
 * {@code †} ({@code 100†}), and plain text and Markdown end with a legend line saying how they
 * were combined; CSV cells stay bare numbers ({@link
 * org.rbm.core.progress.PerformanceRow#rolledUp()} tells which periods are rolled up).
 *
 * <p>Never throws on a table the model accepts. Thread-safe; linear in the number of cells.
 */
public final class PerformanceTables {
  private PerformanceTables() {}

  /**
   * Renders a table with the default options (English, one decimal).
   *
   * @param table the table
   * @param format the format
   * @return the rendering
   */
  public static String render(PerformanceTable table, TableFormat format) {
    return render(table, format, RenderOptions.defaults());
  }

  /**
   * Renders a table.
   *
   * @param table the table
   * @param format the format
   * @param options the decimals of percentages and the language of the words
   * @return the rendering
   */
  public static String render(PerformanceTable table, TableFormat format, RenderOptions options) {
    requireNonNull(table, "table");
    requireNonNull(format, "format");
    return render(
        new PerformanceTableLayout(
            table, ProgressLabels.of(options.locale()), options.percentDecimals()),
        format);
  }

  /**
   * Renders a table with the default options (English, one decimal) and a row per category of a
   * dimension under each indicator (see {@link #render(PerformanceTable, String, TableFormat,
   * RenderOptions)}).
   *
   * @param table the table
   * @param dimension the dimension, such as {@code sex}
   * @param format the format
   * @return the rendering
   */
  public static String render(PerformanceTable table, String dimension, TableFormat format) {
    return render(table, dimension, format, RenderOptions.defaults());
  }

  /**
   * Renders a table with a row per category of a dimension under each indicator, as TolaData's
   * IPTT shows disaggregations: a column after the indicator's id names the dimension ({@code sex})
   * and holds {@code Total} on the indicator's own row and the category ({@code female}) on the
   * rows below it, one per category that any of the indicator's periods is broken down by, in the
   * order they first appear (declared categories first, see {@link
   * org.rbm.core.progress.PeriodProgress#breakdown(String)}). A category's row shows, in each
   * period, its target, its actual and its actual against its own target ({@link
   * org.rbm.core.progress.CategoryProgress#ratio()}: a category has no baseline, so this is
   * always the percent of its target, whatever the table's method); its baseline, status and
   * whole-plan cells are empty, and so are the periods not broken down by it (a period rolled up
   * from shorter ones carries no breakdown). Indicators without a breakdown by the dimension
   * have their own row only. CSV repeats the indicator's title and unit on every row.
   *
   * <p>The whole table for one dimension; for several, render once per dimension. Linear in the
   * number of cells.
   *
   * @param table the table
   * @param dimension the dimension, such as {@code sex}
   * @param format the format
   * @param options the decimals of percentages and the language of the words
   * @return the rendering
   * @throws org.rbm.core.InvalidValueException if the dimension is blank
   */
  public static String render(
      PerformanceTable table, String dimension, TableFormat format, RenderOptions options) {
    requireNonNull(table, "table");
    requireNonNull(dimension, "dimension");
    requireNonNull(format, "format");
    requireNonNull(options, "options");
    if (dimension.isBlank()) {
      throw new InvalidValueException("dimension", dimension, "a dimension's name, not blank");
    }
    return render(
        new PerformanceTableLayout(
            table, ProgressLabels.of(options.locale()), options.percentDecimals(), dimension),
        format);
  }

  private static String render(PerformanceTableLayout layout, TableFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> layout.plainText();
      case MARKDOWN -> layout.markdown();
      case CSV -> layout.csv();
    };
  }

  /**
   * Returns a status in the words a table uses, such as {@code on track}, {@code en bonne voie} or
   * {@code en curso}.
   *
   * @param status the status
   * @param locale the language of the words (English for a language other than French or Spanish)
   * @return the status in words
   */
  public static String label(ProgressStatus status, Locale locale) {
    return ProgressLabels.of(requireNonNull(locale, "locale")).status(requireNonNull(status, "status"));
  }
}
