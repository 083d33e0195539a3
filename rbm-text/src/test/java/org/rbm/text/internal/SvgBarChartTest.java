package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {
  // rbm-text's module does not read java.xml; the page is parsed as XML in rbm-examples'
  // ImplementationReportSectionTest. Here the bars are read by pattern.
  private static final Pattern BAR =
      Pattern.compile("<rect class=\"bar\" x=\"200\" y=\"(\\d+)\" width=\"([0-9.]+)\"");

  static List<String> barWidths(String svg) {
    return bars(svg, 2);
  }

  private static List<String> bars(String svg, int group) {
    Matcher m = BAR.matcher(svg);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  @Test
  void barLengthsAreValueOverMaxTimes440() {
    // Max 1 (100%): 0.75 -> 330; 1.1333 raises the scale to 1.1333: 0.75 / 1.1333 * 440 = 291.19
    // (291.1886...), 1.1333 -> 440; 0 -> 0.
    String svg = new SvgBarChart("Achievement", List.of("Achievement"), BigDecimal.ONE)
        .category("IO1", List.of(new BigDecimal("0.75")), List.of("75.0%"))
        .category("IO2", List.of(new BigDecimal("1.1333")), List.of("113.3%"))
        .category("IO3", List.of(BigDecimal.ZERO), List.of("no data"))
        .svg();
    assertEquals(List.of("291.19", "440.00", "0.00"), barWidths(svg));
  }

  @Test
  void groupsStackTheirBarsAndTheHeightFollows() {
    // Two series: a group is 2 * 18 - 2 + 12 = 46 high; two groups: 56 + 92 + 8 = 156.
    SvgBarChart chart = new SvgBarChart("Money", List.of("Allocated", "Spent"), BigDecimal.ONE)
        .category("IO1 RB", List.of(new BigDecimal("6000000"), new BigDecimal("2900000")), List.of("a", "b"))
        .category("IO2 RB", List.of(new BigDecimal("4000000"), new BigDecimal("3800000")), List.of("c", "d"));
    assertEquals(156, chart.height());
    String d = chart.svg();
    // 2 900 000 / 6 000 000 * 440 = 212.666.. -> 212.67; 4/6 * 440 = 293.33; 3.8/6 * 440 = 278.67.
    assertEquals(List.of("440.00", "212.67", "293.33", "278.67"), barWidths(d));
    List<String> ys = bars(d, 1);
    // First group at 56 and 56 + 18; the second 46 lower.
    assertEquals(List.of("56", "74", "102", "120"), ys);
    assertTrue(d.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""
        + " width=\"720\" height=\"156\" viewBox=\"0 0 720 156\""), d);
  }

  @Test
  void labelsAreEscapedAndCoordinatesIgnoreTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      String svg = new SvgBarChart("A <b> & \"c\"", List.of("x'y"), BigDecimal.ONE)
          .category("<script>", List.of(new BigDecimal("0.5")), List.of("50% & more"))
          .svg();
      assertTrue(svg.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"), svg);
      assertTrue(svg.contains(">&lt;script&gt;</text>"), svg);
      assertTrue(svg.contains(">50% &amp; more</text>"), svg);
      assertEquals(List.of("220.00"), barWidths(svg));
      // The figure's x: 200 + 220.00 + 4.
      assertTrue(svg.contains("<text x=\"424.00\" y=\"68\">"), svg);
      assertEquals(false, svg.contains("٢"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void rejectsAGroupWithoutOneValuePerSeries() {
    SvgBarChart chart = new SvgBarChart("t", List.of("a", "b"), BigDecimal.ONE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> chart.category("x", List.of(BigDecimal.ONE), List.of("1")));
    assertEquals("values: got 1 and 1 texts, expected 2 of each, one per series", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SvgBarChart("t", List.of(), BigDecimal.ONE));
    assertThrows(IllegalArgumentException.class,
        () -> new SvgBarChart("t", List.of("a"), BigDecimal.ZERO));
  }

  @Test
  void xmlEscapeReplacesCharactersXmlForbids() {
    assertEquals("a&amp;b&lt;c&gt;&quot;&#39;\uFFFD\t\uD83D\uDE00\uFFFD",
        Xml.escape("a&b<c>\"'\u0001\t\uD83D\uDE00\uD800"));
  }
}
