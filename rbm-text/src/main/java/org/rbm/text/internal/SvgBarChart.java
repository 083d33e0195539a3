package org.rbm.text.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG: one group of bars per category (an outcome, or an
 * outcome and a funding source), one bar per series (achievement; allocated and spent), each
 * labelled with its figure as the caller formatted it.
 *
 * <pre>{@code
 * String svg = new SvgBarChart("Achievement", List.of("Achievement"), BigDecimal.ONE)
 *     .category("IO1", List.of(new BigDecimal("0.75")), List.of("75.0%"))
 *     .svg();
 * }</pre>
 *
 * <p>Geometry, in SVG user units: the chart is {@value #WIDTH} wide; bars start at x = {@value
 * #PLOT_LEFT} and are {@value #PLOT_WIDTH} long at the top of the scale, so a bar's length is
 * {@code value / max * 440}, rounded half-even to two decimals (negative values draw no bar); the
 * scale's top is the larger of the stated maximum and the largest value. The first group starts at
 * y = {@value #PLOT_TOP}; bars are {@value #BAR_HEIGHT} high, {@value #BAR_GAP} apart within a
 * group, groups {@value #GROUP_GAP} apart. Coordinates are computed in {@link BigDecimal} and
 * written in plain notation with a dot, in every locale; all text is escaped. Not thread-safe
 * while categories are added; linear in the number of bars.
 */
public final class SvgBarChart {
  /** The chart's width. */
  public static final int WIDTH = 720;
  /** Where bars start: category labels are to the left. */
  public static final int PLOT_LEFT = 200;
  /** The length of a bar at the top of the scale. */
  public static final int PLOT_WIDTH = 440;
  /** Where the first group of bars starts. */
  public static final int PLOT_TOP = 56;
  /** The height of a bar. */
  public static final int BAR_HEIGHT = 16;
  /** The gap between the bars of a group. */
  public static final int BAR_GAP = 2;
  /** The gap between groups. */
  public static final int GROUP_GAP = 12;

  /** The colours of the series, in order; a chart has at most as many series. */
  public static final ImmutableList<String> COLOURS =
      ImmutableList.of("#1f5aa6", "#e8a33d", "#5b9e4d", "#8c5aa6");

  private record Category(String label, List<BigDecimal> values, List<String> texts) {}

  private final String title;
  private final ImmutableList<String> series;
  private final BigDecimal statedMax;
  private final List<Category> categories = new ArrayList<>();

  /**
   * Starts a chart.
   *
   * @param title the chart's title, shown above it
   * @param series the names of the series, one to four
   * @param max the top of the scale, positive; raised to the largest value if that is larger
   * @throws IllegalArgumentException if there are no series or more than four, or max is not
   *     positive
   */
  public SvgBarChart(String title, List<String> series, BigDecimal max) {
    this.title = requireNonNull(title, "title");
    this.series = ImmutableList.copyOf(series);
    this.statedMax = requireNonNull(max, "max");
    if (this.series.isEmpty() || this.series.size() > COLOURS.size()) {
      throw new IllegalArgumentException("series: got " + series.size() + ", expected 1 to 4");
    }
    if (max.signum() <= 0) {
      throw new IllegalArgumentException("max: got " + max + ", expected a positive number");
    }
  }

  /**
   * Adds a group of bars.
   *
   * @param label the category's label, left of its bars
   * @param values one value per series
   * @param texts the figure shown right of each bar, one per series
   * @return this chart
   * @throws IllegalArgumentException if there is not one value and one text per series
   */
  @CanIgnoreReturnValue
  public SvgBarChart category(String label, List<BigDecimal> values, List<String> texts) {
    if (values.size() != series.size() || texts.size() != series.size()) {
      throw new IllegalArgumentException(
          "values: got " + values.size() + " and " + texts.size() + " texts, expected "
              + series.size() + " of each, one per series");
    }
    categories.add(new Category(requireNonNull(label, "label"), List.copyOf(values), List.copyOf(texts)));
    return this;
  }

  /**
   * Returns the top of the scale: the stated maximum or the largest value, whichever is larger.
   *
   * @return the value a full-length bar stands for
   */
  public BigDecimal max() {
    BigDecimal max = statedMax;
    for (Category c : categories) {
      for (BigDecimal v : c.values()) {
        max = max.max(v);
      }
    }
    return max;
  }

  /**
   * Returns the length of a value's bar.
   *
   * @param value the value
   * @param max the top of the scale, positive
   * @return {@code value / max * 440} rounded half-even to two decimals; zero for a value not above
   *     zero
   */
  public static BigDecimal barLength(BigDecimal value, BigDecimal max) {
    if (value.signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return value
        .multiply(BigDecimal.valueOf(PLOT_WIDTH))
        .divide(max, 2, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the chart's height: the legend and title above, then each group and its gap.
   *
   * @return {@code 56 + groups * (series * 18 - 2 + 12) + 8}
   */
  public int height() {
    return PLOT_TOP + categories.size() * groupHeight() + 8;
  }

  private int groupHeight() {
    return series.size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + GROUP_GAP;
  }

  /**
   * Draws the chart.
   *
   * @return an {@code <svg>} element in the SVG namespace, well-formed XML, lines ending in
   *     {@code \n}
   */
  public String svg() {
    BigDecimal max = max();
    int height = height();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" aria-label=\"").append(Xml.escape(title)).append("\">\n");
    s.append("<title>").append(Xml.escape(title)).append("</title>\n");
    s.append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Xml.escape(title))
        .append("</text>\n");
    int legendX = PLOT_LEFT;
    for (int i = 0; i < series.size(); i++) {
      s.append("<rect x=\"").append(legendX).append("\" y=\"28\" width=\"12\" height=\"12\" fill=\"")
          .append(COLOURS.get(i)).append("\"/>\n");
      s.append("<text x=\"").append(legendX + 16).append("\" y=\"38\">")
          .append(Xml.escape(series.get(i))).append("</text>\n");
      legendX += 140;
    }
    int y = PLOT_TOP;
    for (Category c : categories) {
      int labelY = y + (groupHeight() - GROUP_GAP) / 2 + 4;
      s.append("<text x=\"").append(PLOT_LEFT - 8).append("\" y=\"").append(labelY)
          .append("\" text-anchor=\"end\">").append(Xml.escape(c.label())).append("</text>\n");
      for (int i = 0; i < series.size(); i++) {
        BigDecimal length = barLength(c.values().get(i), max);
        int barY = y + i * (BAR_HEIGHT + BAR_GAP);
        s.append("<rect class=\"bar\" x=\"").append(PLOT_LEFT).append("\" y=\"").append(barY)
            .append("\" width=\"").append(length.toPlainString()).append("\" height=\"")
            .append(BAR_HEIGHT).append("\" fill=\"").append(COLOURS.get(i)).append("\"><title>")
            .append(Xml.escape(c.label() + ", " + series.get(i) + ": " + c.texts().get(i)))
            .append("</title></rect>\n");
        s.append("<text x=\"").append(length.add(BigDecimal.valueOf(PLOT_LEFT + 4)).toPlainString())
            .append("\" y=\"").append(barY + 12).append("\">").append(Xml.escape(c.texts().get(i)))
            .append("</text>\n");
      }
      y += groupHeight();
    }
    s.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(PLOT_TOP - 4)
        .append("\" x2=\"").append(PLOT_LEFT).append("\" y2=\"").append(y - GROUP_GAP + 4)
        .append("\" stroke=\"#333\"/>\n");
    s.append("</svg>\n");
    return s.toString();
  }
}
