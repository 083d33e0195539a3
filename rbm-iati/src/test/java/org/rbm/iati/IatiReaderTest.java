package org.rbm.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class IatiReaderTest {
  private static final String TREATMENT = "Treatment: timely detection and quality treatment of cases";
  private static final String SMEAR = "Number of new smear positive cases detected under DOTS."
      + " (Case detection rate under DOTS)";

  private static IatiImport only(byte[] document, IatiReader reader) {
    ImmutableList<IatiImport> all = reader.readAll(document);
    assertEquals(1, all.size());
    return all.get(0);
  }

  @Test
  void readsTheThirteenResultsOf24ResultsLeniently() {
    IatiImport imported = only(Examples.bytes(Examples.RESULTS_24), IatiReader.lenient());
    ResultsFramework f = imported.framework();
    // The file's iati-identifier is empty: a made-up id, with a finding.
    assertEquals(FrameworkId.of("activity-1"), f.id());
    assertEquals("Xxxxxxx", f.title());
    assertEquals("Organisation name", f.owner());
    assertEquals(PlanningPeriod.of(2013, 2013), f.planningPeriod()); // activity-date 2013-11-27
    assertEquals(13, f.results().size());
    for (Result r : f.results()) {
      assertEquals("output", r.level()); // type="output", a 1.x word for code 1
      assertEquals(Optional.empty(), r.parent());
    }
    assertEquals(13, imported.activity().results().size());
    assertEquals(Optional.of("0"), imported.activity().results().get(1).aggregationStatus());
    assertEquals(Optional.of(false), f.results().get(1).suitableForAggregation());
  }

  @Test
  void mapsTheFirstResultWithTheUnitWordAsCount() {
    ResultsFramework f = only(Examples.bytes(Examples.RESULTS_24), IatiReader.lenient()).framework();
    Result expected = Result.builder()
        .id(ResultId.of("R1"))
        .level("output")
        .title(TREATMENT)
        .suitableForAggregation(false) // aggregation-status="false"
        .addIndicator(Indicator.builder()
            .id(IndicatorId.of("R1.I1"))
            .title(SMEAR)
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .build())
        .build();
    assertEquals(expected, f.results().get(0));
  }

  @Test
  void keepsValuesOfAnUnknownMeasureAsText() {
    ResultsFramework f = only(Examples.bytes(Examples.RESULTS_24), IatiReader.lenient()).framework();
    // Result 3 ("everything"), indicator 1: measure="NDP", values such as "N=35;P=55".
    Indicator ndp = f.indicator(IndicatorId.of("R3.I1")).orElseThrow();
    assertEquals(Measure.QUALITATIVE, ndp.measure());
    assertEquals(Optional.of("Not available"), ndp.definition());
    assertEquals(
        Optional.of(Baseline.builder().value(Value.text("N=35;P=55")).year(2008)
            .comment("Source:adminstrative records").build()),
        ndp.baseline());
    assertEquals(2, ndp.periods().size());
    IatiPeriodsExpected.check2009(ndp.periods().get(0));
  }

  /** The 2009 period of result 3's first indicator, from the file. */
  private static final class IatiPeriodsExpected {
    static void check2009(IndicatorPeriod p) {
      assertEquals(DateRange.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31)), p.period());
      assertEquals(List.of(DataPoint.builder().value(Value.text("N=42;P=57"))
          .comment("Target Comment Period 2009").build()), p.targets());
      assertEquals(List.of(DataPoint.builder().value(Value.text("N=41;P=56"))
          .comment("Actual Comment Period 2009").build()), p.actuals());
    }
  }

  @Test
  void joinsSeveralLocationsAndReadsDimensionsAsBreakdown() {
    ResultsFramework f = only(Examples.bytes(Examples.RESULTS_24), IatiReader.lenient()).framework();
    Indicator last = f.indicator(IndicatorId.of("R13.I1")).orElseThrow();
    IndicatorPeriod p = last.periods().get(0);
    assertEquals(List.of(DataPoint.builder()
        .value(Value.of(110))
        .disaggregation(Disaggregation.of("xxx", "yyyy"))
        .location("AF-KAN; KH-ABC")
        .build()), p.targets());
    assertEquals(List.of(DataPoint.builder()
        .value(Value.of(111))
        .disaggregation(Disaggregation.of("xxx", "yyy"))
        .location("AF-KAN; KH-ABC")
        .comment("Actual Comment Period 2009")
        .build()), p.actuals());
    assertEquals(List.of("xxx"), List.copyOf(last.disaggregationDimensions()));
  }

  @Test
  void reportsEachGuessWithLineColumnAndPath() {
    IatiImport imported = only(Examples.bytes(Examples.RESULTS_24), IatiReader.lenient());
    ImportFinding id = imported.findings().stream()
        .filter(x -> x.code().equals("IATI-IMPORT-ID")).findFirst().orElseThrow();
    assertEquals("/iati-activities[1]/iati-activity[1]/iati-identifier[1]", id.path());
    assertEquals("\"\"", id.found());
    // <iati-identifier> is on line 5 after four spaces: the parser stands just past its '>'.
    assertEquals(5, id.line());
    assertEquals(4 + "<iati-identifier>".length() + 1, id.column());
    ImportFinding measure = imported.findings().stream()
        .filter(x -> x.code().equals("IATI-IMPORT-CODE")
            && x.path().equals("/iati-activities[1]/iati-activity[1]/result[1]/indicator[1]/@measure"))
        .findFirst().orElseThrow();
    assertEquals("\"Unit\"", measure.found());
    assertEquals("1 (count)", measure.assumed());
    // <indicator measure="Unit" ascending="true"> is on line 23, after six spaces: its 43
    // characters fill columns 7 to 49, and the parser stands just past its '>'.
    assertEquals(23, measure.line());
    assertEquals(50, measure.column());
    // Result 6's baseline value "N=35;P=55" is no number for measure Unit: kept in the IATI form.
    ImportFinding value = imported.findings().stream()
        .filter(x -> x.path().equals(
            "/iati-activities[1]/iati-activity[1]/result[6]/indicator[1]/baseline[1]/@value"))
        .findFirst().orElseThrow();
    assertEquals("IATI-IMPORT-VALUE", value.code());
    // The baseline stays in the framework, with its year and without the value.
    assertEquals(Optional.of(Baseline.builder().year(2008).build()),
        imported.framework().indicator(IndicatorId.of("R6.I1")).orElseThrow().baseline());
    assertEquals(Optional.of("N=35;P=55"),
        imported.activity().results().get(5).indicators().get(0).baselines().get(0).value());
  }

  @Test
  void readsTheAnnotatedExampleStrictly() {
    IatiImport imported =
        only(Examples.bytes(Examples.ANNOTATED), IatiReader.strict());
    ResultsFramework f = imported.framework();
    assertEquals(FrameworkId.of("AA-AAA-123456789-ABC123"), f.id());
    Result r = f.results().get(0);
    assertEquals("output", r.level()); // type="1"
    assertEquals(Optional.of("Result description text"), r.description());
    assertEquals(Optional.of(true), r.suitableForAggregation()); // aggregation-status="1"
    Indicator i = r.indicators().get(0);
    assertEquals(Optional.of(true), i.suitableForAggregation());
    assertEquals(Measure.COUNT, i.measure());
    assertEquals(Optional.of(Direction.INCREASE), i.direction());
    // The baseline of two places and a breakdown: the framework's baseline() for the total
    // everywhere has none.
    assertEquals(List.of(Baseline.builder().value(Value.of(new BigDecimal("10")))
        .date(LocalDate.of(2012, 1, 1)).comment("Baseline comment text")
        .addLocations("AF-KAN", "KH-PNH")
        .disaggregation(Disaggregation.of(java.util.Map.of("sex", "female", "age", "adult")))
        .build()), i.baselines());
    assertEquals(Optional.empty(), i.baseline());
    IndicatorPeriod p = i.periods().get(0);
    assertEquals(DateRange.of(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31)), p.period());
    assertEquals(DataPoint.builder()
        .value(Value.of(10))
        .disaggregation(Disaggregation.of(java.util.Map.of("sex", "female", "age", "adult")))
        .location("AF-KAN; KH-PNH")
        .comment("Target comment text")
        .build(), p.targets().get(0));
    assertEquals(List.of(ExternalReference.of("99", "B1")
        .withVocabularyUri("http://example.com/indicators.html")), r.externalReferences());
    // The indicator's three references, the last with its indicator-uri.
    assertEquals(List.of(ExternalReference.of("1", "3429"), ExternalReference.of("7", "861"),
        ExternalReference.of("99", "B1").withIndicatorUri("http://example.com/indicators.html")),
        i.externalReferences());
    // Everything else stays in the IATI form: document links...
    IatiIndicator raw = imported.activity().results().get(0).indicators().get(0);
    assertEquals(3, raw.references().size());
    assertEquals("Results Indicator Report 2013",
        raw.documentLinks().get(0).title().main().orElseThrow());
    // ...and the activity's title in three languages.
    assertEquals(3, imported.activity().title().narratives().size());
    assertEquals(Optional.of("es"), imported.activity().title().narratives().get(2).language());
  }

  @Test
  void strictReadsTheSchemaTestFileAndRefusesAResultWithoutTitle() {
    assertEquals(13, only(Examples.bytes(Examples.RESULTS_24), IatiReader.strict())
        .activity().results().size());
    String invalid = "<iati-activities version=\"2.03\">\n"
        + "<iati-activity><iati-identifier>A-1</iati-identifier>\n"
        + "<reporting-org ref=\"A\" type=\"40\"><narrative>A</narrative></reporting-org>\n"
        + "<title><narrative>T</narrative></title>\n"
        + "<description><narrative>D</narrative></description>\n"
        + "<participating-org role=\"1\"/>\n"
        + "<activity-status code=\"2\"/>\n"
        + "<activity-date type=\"1\" iso-date=\"2020-01-01\"/>\n"
        + "<result type=\"1\"><indicator measure=\"1\"><title><narrative>I</narrative></title>"
        + "</indicator></result>\n"
        + "</iati-activity></iati-activities>";
    IatiException e = assertThrows(IatiException.class,
        () -> IatiReader.strict().readAll(invalid.getBytes(UTF_8)));
    assertEquals(9, e.line());
    assertTrue(e.found().contains("indicator"), e.found());
    // The lenient reader reads it, with a finding for the missing title.
    IatiImport lenient = only(invalid.getBytes(UTF_8), IatiReader.lenient());
    assertEquals("Result 1", lenient.framework().results().get(0).title());
    assertTrue(lenient.findings().stream().anyMatch(x -> x.code().equals("IATI-IMPORT-TITLE")));
  }

  @Test
  void readsOneXVersionCodesWithFindings() {
    String xml = "<iati-activities><iati-activity><iati-identifier>GB 1/2</iati-identifier>"
        + "<result type=\"Outcome\"><title><narrative>R</narrative></title>"
        + "<indicator measure=\"text\" ascending=\"False\"><title><narrative>I</narrative></title>"
        + "</indicator></result>"
        + "<result type=\"3\"><title><narrative>S</narrative></title>"
        + "<indicator measure=\"1\"><title><narrative>J</narrative></title>"
        + "<baseline year=\"2010\" value=\"20,000\"/>"
        + "<period><period-start iso-date=\"2011-01-01\"/><period-end iso-date=\"2011-12-31\"/>"
        + "<target value=\" 25000 \"/></period>"
        + "</indicator></result></iati-activity></iati-activities>";
    IatiImport imported = only(xml.getBytes(UTF_8), IatiReader.lenient());
    ResultsFramework f = imported.framework();
    assertEquals(FrameworkId.of("GB 1/2"), f.id()); // every identifier the schema allows
    assertEquals("outcome", f.results().get(0).level());
    assertEquals("impact", f.results().get(1).level());
    Indicator text = f.results().get(0).indicators().get(0);
    assertEquals(Measure.QUALITATIVE, text.measure());
    assertEquals(Optional.of(Direction.DECREASE), text.direction());
    Indicator count = f.results().get(1).indicators().get(0);
    assertEquals(Optional.of(Baseline.builder().value(Value.of(20_000)).year(2010).build()),
        count.baseline());
    assertEquals(List.of(DataPoint.of(Value.of(25_000))), count.periods().get(0).targets());
    assertEquals(
        // The framework's title (the activity has none) and owner (no reporting-org), then
        // type="Outcome", measure="text", ascending="False", "20,000" and " 25000 " in order.
        List.of("IATI-IMPORT-TITLE", "IATI-IMPORT-OWNER", "IATI-IMPORT-CODE",
            "IATI-IMPORT-CODE", "IATI-IMPORT-BOOLEAN", "IATI-IMPORT-NUMBER", "IATI-IMPORT-NUMBER"),
        imported.findings().stream().map(ImportFinding::code).toList());
  }

  @Test
  void strictReaderNeedsASourceItCanReadTwice() {
    assertThrows(IllegalStateException.class, () -> IatiReader.strict()
        .read(new java.io.ByteArrayInputStream(new byte[0]), i -> {}));
  }
}
