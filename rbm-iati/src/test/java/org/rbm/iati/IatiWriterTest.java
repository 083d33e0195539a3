package org.rbm.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class IatiWriterTest {
  static final IatiHeader HEADER = IatiHeader.of("XM-DAC-41302-PB-2008-09", "XM-DAC-41302", "40",
      "International Labour Organization", "Programme and Budget 2008-09");

  static ResultsFramework ilo() {
    Indicator dwcps = Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .unit("countries")
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
        .addPeriod(IndicatorPeriod.builder()
            .period(DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31)))
            .addTarget(DataPoint.of(Value.of(50)))
            .addActual(DataPoint.of(Value.of(12), "sex", "female"))
            .build())
        .dimension("sex")
        .build();
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09")
        .owner("ILO")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.OECD_DAC)
        .addResult(Result.builder().id(ResultId.of("IM1")).level("impact").title("Decent work")
            .addAssumptions("Social partners take part").build())
        .addResult(Result.builder().id(ResultId.of("OC1")).level("outcome")
            .title("Decent Work Country Programmes")
            .parent(ResultId.of("IM1"))
            .addExternalReference(ExternalReference.of("SDG", "8.5"))
            .addIndicator(dwcps)
            .build())
        .addContribution(ContributionLink.of(
            ResultId.of("OC1"), FrameworkId.of("SPF-2010-15"), ResultId.of("SO1")))
        .build();
  }

  @Test
  void writesAFrameworkThatTheSchemaAcceptsAndReportsWhatIatiCannotHold() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport report = IatiWriter.write(ilo(), HEADER, out);
    // Validated against the official schema by the strict reader.
    IatiImport back = IatiReader.strict().readAll(out.toByteArray()).get(0);
    assertEquals("XM-DAC-41302-PB-2008-09", back.activity().identifier());
    assertEquals(List.of(
            "/results/OC1/contributions: the contribution link to SPF-2010-15/SO1: IATI has no"
                + " contribution links",
            "/results/IM1: the result \"Decent work\": IATI requires at least one indicator per"
                + " result",
            "/results/OC1/parent: the parent IM1: IATI results are flat",
            "/results/OC1/indicators/IND-1/unit: the unit \"countries\": IATI has no unit"),
        report.omissions().stream().map(WriteReport.Omission::toString).toList());
    IatiIndicator written = back.activity().results().get(0).indicators().get(0);
    assertEquals(java.util.Optional.of("1"), written.measure());
    assertEquals(java.util.Optional.of("1"), written.ascending());
    IatiBaseline baseline = written.baselines().get(0);
    assertEquals(java.util.Optional.of("2007"), baseline.year());
    assertEquals(java.util.Optional.of("2007-11-01"), baseline.isoDate());
    assertEquals(java.util.Optional.of("30"), baseline.value());
    assertEquals(List.of(IatiDimension.of("sex", "female")),
        written.periods().get(0).actuals().get(0).dimensions());
    assertEquals(1, back.activity().results().size());
    assertEquals(java.util.Optional.of("2"), back.activity().results().get(0).type());
  }

  @Test
  void givesBackTheSameFrameworkForWhatIatiCanHold() {
    ResultsFramework f = ResultsFramework.builder()
        .id(FrameworkId.of("A-1"))
        .title("Activity")
        .owner("Org")
        .planningPeriod(PlanningPeriod.of(2020, 2021))
        .levelScheme(IatiReader.LEVELS)
        .addResult(Result.builder().id(ResultId.of("R1")).level("outcome").title("Jobs")
            .description("More jobs")
            .addIndicator(Indicator.builder().id(IndicatorId.of("R1.I1")).title("Jobs created")
                .measure(Measure.PERCENTAGE).direction(Direction.DECREASE)
                .baseline(Baseline.builder().value(Value.of(new BigDecimal("12.5")))
                    .date(LocalDate.of(2020, 1, 1)).comment("survey").build())
                .addPeriod(IndicatorPeriod.builder()
                    .period(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)))
                    .addTarget(DataPoint.builder().value(Value.of(20)).location("KH-PNH").build())
                    .build())
                .build())
            .build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport report = IatiWriter.write(f, IatiHeader.of(f, "O", "40"), out);
    assertTrue(report.isComplete(), report.toString());
    IatiImport back = IatiReader.strict().readAll(out.toByteArray()).get(0);
    assertEquals(f, back.framework());
    assertEquals(List.of(), back.findings());
  }

  /** The result elements of a document, nothing else: other activity elements are filtered out. */
  private static Diff resultsDiff(byte[] expected, byte[] actual) {
    return DiffBuilder.compare(Input.fromByteArray(expected))
        .withTest(Input.fromByteArray(actual))
        .ignoreWhitespace()
        .ignoreComments()
        .withNodeFilter(IatiWriterTest::isResultsPart)
        .withAttributeFilter(a -> insideResult(a.getOwnerElement()))
        .checkForIdentical()
        .build();
  }

  private static boolean insideResult(Node n) {
    for (Node p = n; p != null; p = p.getParentNode()) {
      if ("result".equals(p.getNodeName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isResultsPart(Node n) {
    if (insideResult(n)) {
      return true;
    }
    // The document and the two wrapper elements stay, without their attributes (filtered above).
    return n.getNodeType() == Node.DOCUMENT_NODE
        || "iati-activities".equals(n.getNodeName())
        || "iati-activity".equals(n.getNodeName());
  }

  @Test
  void roundTripKeepsEveryResultElementOf24Results() {
    roundTrip(Examples.RESULTS_24);
  }

  @Test
  void roundTripKeepsEveryResultElementOfTheAnnotatedExample() {
    roundTrip(Examples.ANNOTATED);
  }

  private static void roundTrip(String example) {
    byte[] original = Examples.bytes(example);
    IatiImport imported = IatiReader.lenient().readAll(original).get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport report = IatiWriter.write(imported, HEADER, out);
    assertTrue(report.isComplete(), report.toString());
    Diff diff = resultsDiff(original, out.toByteArray());
    assertFalse(diff.hasDifferences(), diff.toString());
    // The written document is valid, whatever the original's header.
    assertEquals(imported.activity().results(),
        IatiReader.strict().readAll(out.toByteArray()).get(0).activity().results());
  }

  @Test
  void aResultChangedSinceTheImportIsWrittenFromTheFrameworkAndSaysSo() {
    IatiImport imported = IatiReader.lenient().readAll(Examples.bytes(Examples.ANNOTATED)).get(0);
    ResultsFramework changed = imported.framework()
        .updateResult(ResultId.of("R1"), r -> r.withTitle("Another title"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport report = IatiWriter.write(imported.withFramework(changed), HEADER, out);
    assertEquals("/results/R1", report.omissions().get(0).path());
    assertTrue(report.omissions().get(0).what().startsWith("changed since the import"));
    IatiResult written = IatiReader.strict().readAll(out.toByteArray()).get(0)
        .activity().results().get(0);
    assertEquals(IatiText.of("Another title"), written.title());
    assertEquals(List.of(), written.documentLinks());
  }

  @Test
  void escapesMarkupInText() {
    ResultsFramework f = ilo().updateResult(ResultId.of("OC1"),
        r -> r.withTitle("Jobs <&> \"decent\" work"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport unused = IatiWriter.write(f, HEADER, out);
    String xml = out.toString(UTF_8);
    assertTrue(xml.contains("<narrative>Jobs &lt;&amp;&gt; \"decent\" work</narrative>"), xml);
    assertEquals("Jobs <&> \"decent\" work",
        IatiReader.strict().readAll(out.toByteArray()).get(0).framework().results().get(0).title());
  }
}
