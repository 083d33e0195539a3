package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbm.core.cycle.ImplementationReport;
import org.rbm.core.cycle.OutcomeReport;
import org.rbm.core.money.Money;
import org.rbm.text.DocumentFormat;
import org.rbm.text.ImplementationReports;
import org.rbm.text.RenderOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The implementation report on the P&amp;B 2008-09 fragment. Figures worked by hand from {@link
 * IloFramework} (targets and actuals of 2008, as of 1 January 2009) and the illustrative amounts of
 * {@link ImplementationReportSection}.
 */
class ImplementationReportSectionTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  @TempDir Path target;

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), ImplementationReportSection.USD);
  }

  @Test
  void theCyclesRulesFindOnlyTheMissingOutcomeStrategies() {
    // Worked from the fragment: its P&B states no outcome strategy for any of its four immediate
    // outcomes (RBM-CYC-006 each); every outcome has allocations; no stated total differs; no
    // indicator is behind as of 2009-01-01, so no budgeting-by-results finding; no DWCP priorities.
    List<String> found =
        org.rbm.core.cycle.CycleRules.validator()
            .validate(ImplementationReportSection.cycle())
            .findings()
            .stream()
            .map(f -> f.ruleId() + " " + f.location())
            .toList();
    assertEquals(
        List.of(
            "RBM-CYC-006 /outcomes/IO1a.1",
            "RBM-CYC-006 /outcomes/IO1b.1",
            "RBM-CYC-006 /outcomes/IO2a.1",
            "RBM-CYC-006 /outcomes/IO2b.1"),
        found);
  }

  @Test
  void achievementPerOutcomeIsTheMeanOfItsIndicatorsRatios() {
    List<OutcomeReport> o = ImplementationReportSection.report().outcomes();
    // IO1a.1: 15 of 16 (cumulative) = 0.9375. IO1b.1: 34 of 30. IO2a.1: (41/45 + 45.45%/50%) / 2
    // = (451/495 + 450/495) / 2 = 901/990 = 0.91010... IO2b.1: 380/400 = 0.95; the qualitative
    // indicator has no ratio.
    assertEquals(Optional.of(new BigDecimal("0.9375")), o.get(0).achievement());
    assertEquals("1.133", o.get(1).achievement().orElseThrow().setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString());
    assertEquals("0.910101", o.get(2).achievement().orElseThrow().setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString());
    assertEquals(Optional.of(new BigDecimal("0.95")), o.get(3).achievement());
  }

  @Test
  void moneyByOutcomeAndSource() {
    ImplementationReport r = ImplementationReportSection.report();
    // IO1a.1: RB 3M + 3M, XBTC 6M + 6M = 18M; spent 2.9M + 4.5M.
    assertEquals(usd("18000000"), r.outcomes().get(0).allocated());
    assertEquals(usd("7400000"), r.outcomes().get(0).spent());
    // RB: 6M + 5M + 8M + 3M = 22M, spent 2.9 + 2.6 + 3.8 + 1.45 = 10.75M; RBSA 2M, 0.25M spent;
    // XBTC 12M + 4M + 6M = 22M, spent 4.5 + 1.2 + 0.9 = 6.6M.
    assertEquals(usd("22000000"), r.totals().get(0).allocated());
    assertEquals(usd("10750000"), r.totals().get(0).spent());
    assertEquals(usd("250000"), r.totals().get(1).spent());
    assertEquals(usd("6600000"), r.totals().get(2).spent());
  }

  @Test
  void measurementImprovedOnThePreviousBiennium() {
    ImplementationReport r = ImplementationReportSection.report();
    // 2008-09: six indicators; five baselines with a value (IND-2b.1-1's is "not available"), all
    // six with targets. 2006-07: one baseline left (IND-1b.1-1, without targets), four targets.
    assertEquals(6, r.measurement().indicators());
    assertEquals(5, r.measurement().withBaseline());
    assertEquals(6, r.measurement().withTarget());
    assertEquals(5, r.measurement().withBaselineAndTarget());
    assertEquals(1, r.previousMeasurement().orElseThrow().withBaseline());
    assertEquals(4, r.previousMeasurement().orElseThrow().withTarget());
    assertEquals(0, r.previousMeasurement().orElseThrow().withBaselineAndTarget());
  }

  @Test
  void theHtmlPageIsWellFormedAndItsBarsHaveTheHandWorkedLengths() throws Exception {
    String html = ImplementationReports.render(
        ImplementationReportSection.report(), DocumentFormat.HTML, RenderOptions.defaults());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList svgs = d.getElementsByTagNameNS(SVG, "svg");
    assertEquals(2, svgs.getLength());
    // Achievement: the scale's top is IO1b.1's 34/30. 0.9375 * 440 * 30/34 = 363.97;
    // 901/990 * 440 * 30/34 = 353.33; 0.95 * 440 * 30/34 = 368.82.
    assertEquals(List.of("363.97", "440.00", "353.33", "368.82"), bars((Element) svgs.item(0)));
    // Spending: the top is IO1a.1's XBTC allocation, 12M; a bar is amount / 12M * 440:
    // 6M 220, 2.9M 106.33, 12M 440, 4.5M 165, 5M 183.33, 2.6M 95.33, 8M 293.33, 3.8M 139.33,
    // 2M 73.33, 0.25M 9.17, 4M 146.67, 1.2M 44, 3M 110, 1.45M 53.17, 6M 220, 0.9M 33.
    assertEquals(
        List.of("220.00", "106.33", "440.00", "165.00", "183.33", "95.33", "293.33", "139.33",
            "73.33", "9.17", "146.67", "44.00", "110.00", "53.17", "220.00", "33.00"),
        bars((Element) svgs.item(1)));
    // Text from the documents is escaped: the narrative's "&" and "<in 41 countries>".
    assertTrue(html.contains("priorities &amp; signed the programmes &lt;in 41 countries&gt;"));
    // Self-contained: no scripts, no links to other files.
    assertEquals(0, d.getElementsByTagName("script").getLength());
    assertEquals(0, d.getElementsByTagName("link").getLength());
    assertEquals(false, html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"));
  }

  private static List<String> bars(Element svg) {
    NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
    List<String> widths = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if ("bar".equals(r.getAttribute("class"))) {
        widths.add(r.getAttribute("width"));
      }
    }
    return widths;
  }

  @Test
  void markdownShowsEachOutcomeWithItsFiguresInTheReadersLanguage() {
    ImplementationReport r = ImplementationReportSection.report();
    String md = ImplementationReports.render(r, DocumentFormat.MARKDOWN);
    assertTrue(md.startsWith("# Implementation report PB-2008-09 (2008-09)\n"), md);
    // IO1a.1: 18,000,000 allocated, 7,400,000 spent: 41.1% (41.11...).
    assertTrue(md.contains(
        "| IO1a.1 | Member States take action to end child labour | 93.8% | 1/1 | 0 | 18,000,000"
            + " | 7,400,000 | 41.1% |"), md);
    assertTrue(md.contains("| XBTC | 12,000,000 | 4,500,000 | 37.5% |"), md);
    assertTrue(md.contains("priorities & signed the programmes \\<in 41 countries\\>"), md);
    String fr = ImplementationReports.render(
        r, DocumentFormat.MARKDOWN, RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertTrue(fr.startsWith("# Rapport sur l'exécution PB-2008-09 (2008-09)\n"), fr);
    assertTrue(fr.contains("| CTXB | 12,000,000 | 4,500,000 | 37.5% |"), fr);
  }

  @Test
  void sectionWritesBothFiles() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImplementationReportSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), target);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("  IO1a.1  achievement 93.8%   allocated     18000000  spent     7400000"), out);
    assertTrue(out.contains("  2010-03  implementation report 2008-09"), out);
    assertTrue(Files.readString(target.resolve("implementation-report-2008-09.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.readString(target.resolve("implementation-report-2008-09.md")).startsWith("# "));
  }
}
