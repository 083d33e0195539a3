package org.rbm.text;

import static java.util.Objects.requireNonNull;

import org.rbm.core.milestones.Roadmap;
import org.rbm.text.internal.RoadmapLabels;
import org.rbm.text.internal.RoadmapTableLayout;

/**
 * Renders a {@link Roadmap} in the layout of the ILO's roadmap tables, and its counts by state, as
 * aligned plain text, Markdown or CSV.
 *
 * <pre>{@code
 * System.out.print(RoadmapTables.render(roadmap, TableFormat.PLAIN_TEXT));
 * String markdown = RoadmapTables.render(
 *     roadmap, TableFormat.MARKDOWN, RenderOptions.defaults().withLocale(Locale.FRENCH));
 * System.out.print(RoadmapTables.renderCounts(roadmap, TableFormat.PLAIN_TEXT));
 * }</pre>
 *
 * <ul>
 *   <li>{@link TableFormat#PLAIN_TEXT}: the title, underlined with {@code =}; then per area (in the
 *       order areas first appear) its name and a table {@code #}, {@code Milestone} (statements
 *       wrapped at 60 characters), {@code Year} (the
 *       current due), {@code Status} (the state, and the condition of an achievement with
 *       conditions), columns two spaces apart, no line ending in blanks. Lines end in {@code \n}.
 *   <li>{@link TableFormat#MARKDOWN}: a {@code ##} heading with the title, then per area a {@code
 *       ###} heading and a GitHub-flavoured table with the same columns; {@code |} in text is
 *       escaped and line breaks become spaces. Lines end in {@code \n}.
 *   <li>{@link TableFormat#CSV}: RFC 4180 (commas, double quotes where needed, CRLF line ends), a
 *       header row {@code Area,#,Milestone,Year,Status}, then one row per milestone, by area.
 * </ul>
 *
 * <p>The counts ({@link Roadmap#countsByState()}) have one row per area and a total row, one column
 * per state some milestone is in and a total column; counts are right-aligned in plain text.
 *
 * <p>The words (column names, states) follow {@link RenderOptions#locale()}'s language: English,
 * French or Spanish, English for any other; titles, statements, conditions, ids and years are the
 * roadmap's own. {@link RenderOptions#columnWidth()} and {@link RenderOptions#percentDecimals()}
 * are not used. Never throws on a roadmap the model accepts. Thread-safe; linear in the size of the
 * roadmap.
 */
public final class RoadmapTables {
  private RoadmapTables() {}

  /**
   * Renders a roadmap's milestones with the default options (English words).
   *
   * @param roadmap the roadmap
   * @param format the format
   * @return the rendering, ending with a line break
   */
  public static String render(Roadmap roadmap, TableFormat format) {
    return render(roadmap, format, RenderOptions.defaults());
  }

  /**
   * Renders a roadmap's milestones, one table per area.
   *
   * @param roadmap the roadmap
   * @param format the format
   * @param options the language of the words
   * @return the rendering, ending with a line break
   */
  public static String render(Roadmap roadmap, TableFormat format, RenderOptions options) {
    return layout(roadmap, options).milestones(requireNonNull(format, "format"));
  }

  /**
   * Renders a roadmap's counts by state with the default options (English words).
   *
   * @param roadmap the roadmap
   * @param format the format
   * @return the rendering, ending with a line break
   */
  public static String renderCounts(Roadmap roadmap, TableFormat format) {
    return renderCounts(roadmap, format, RenderOptions.defaults());
  }

  /**
   * Renders a roadmap's counts by state: a row per area and a total row, a column per state some
   * milestone is in and a total column.
   *
   * @param roadmap the roadmap
   * @param format the format
   * @param options the language of the words
   * @return the rendering, ending with a line break
   */
  public static String renderCounts(Roadmap roadmap, TableFormat format, RenderOptions options) {
    return layout(roadmap, options).counts(requireNonNull(format, "format"));
  }

  private static RoadmapTableLayout layout(Roadmap roadmap, RenderOptions options) {
    return new RoadmapTableLayout(
        requireNonNull(roadmap, "roadmap"),
        RoadmapLabels.of(requireNonNull(options, "options").locale()));
  }
}
