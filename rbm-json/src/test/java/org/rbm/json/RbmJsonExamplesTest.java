package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.json.Examples.compact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.TextValue;
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

/**
 * The JSON form of each type, written out by hand: each example is written to exactly that text,
 * and that text reads back to the value.
 */
class RbmJsonExamplesTest {
  private final RbmJson json = RbmJson.strict();

  private <T> void assertForm(T value, Class<T> type, String expectedJson) {
    assertEquals(expectedJson, json.write(value));
    assertEquals(value, json.read(expectedJson, type));
  }

  @Test
  void identifiersAreTheirCodes() {
    assertForm(ResultId.of("OC2.1"), ResultId.class, "\"OC2.1\"");
    assertForm(IndicatorId.of("IND-7"), IndicatorId.class, "\"IND-7\"");
    assertForm(FrameworkId.of("PB-2008-09"), FrameworkId.class, "\"PB-2008-09\"");
  }

  @Test
  void planningPeriodsUseTheIloNotation() {
    assertForm(PlanningPeriod.biennium(2008), PlanningPeriod.class, "\"2008-09\"");
    assertForm(PlanningPeriod.of(2010, 2015), PlanningPeriod.class, "\"2010-15\"");
    assertForm(PlanningPeriod.of(2007, 2007), PlanningPeriod.class, "\"2007\"");
  }

  @Test
  void dateRangesAreTwoIsoDates() {
    assertForm(
        DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)),
        DateRange.class,
        "{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"}");
    assertForm(
        DateRange.of(LocalDate.of(2008, 3, 31), LocalDate.of(2008, 3, 31)),
        DateRange.class,
        "{\"start\":\"2008-03-31\",\"end\":\"2008-03-31\"}");
  }

  @Test
  void enumConstantsAreTheirJavaNames() {
    assertForm(Measure.PERCENTAGE, Measure.class, "\"PERCENTAGE\"");
    assertForm(Direction.NOT_APPLICABLE, Direction.class, "\"NOT_APPLICABLE\"");
    assertForm(ReportingFrequency.SEMI_ANNUAL, ReportingFrequency.class, "\"SEMI_ANNUAL\"");
  }

  @Test
  void theJsonTypeOfAValueTellsItsKind() {
    assertForm(Value.of(new BigDecimal("12.50")), Value.class, "12.5");
    assertForm(
        Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40)),
        Value.class,
        "{\"numerator\":12,\"denominator\":40}");
    assertForm(Value.text("Policy adopted"), Value.class, "\"Policy adopted\"");
    assertForm(Value.of(new BigDecimal("1990.5")), NumericValue.class, "1990.5");
    assertForm(
        FractionValue.of(new BigDecimal("0.5"), BigDecimal.valueOf(3)),
        FractionValue.class,
        "{\"numerator\":0.5,\"denominator\":3}");
    assertForm(TextValue.of("Adopted"), TextValue.class, "\"Adopted\"");
  }

  @Test
  void numbersAreReadExactlyNeverThroughDouble() {
    // 0.1 has no exact double; 12345678901234567890.12345678901234567891 has 40 digits.
    assertEquals(
        Value.of(new BigDecimal("0.1")), json.read("0.1", Value.class));
    assertEquals(
        Value.of(new BigDecimal("12345678901234567890.1234567890123456789")),
        json.read("12345678901234567890.1234567890123456789", Value.class));
    assertEquals(Value.of(new BigDecimal("1990.5")), json.read("1990.5", Value.class));
    assertEquals(Value.of(1500), json.read("1.5e3", Value.class));
  }

  @Test
  void aBreakdownIsAnObjectFromDimensionToCategory() {
    assertForm(
        Disaggregation.of(Map.of("sex", "female", "age", "15-24")),
        Disaggregation.class,
        "{\"age\":\"15-24\",\"sex\":\"female\"}");
    assertForm(Disaggregation.TOTAL, Disaggregation.class, "{}");
  }

  @Test
  void aDataPointLeavesOutTheTotalAndAbsentFields() {
    assertForm(DataPoint.of(Value.of(45)), DataPoint.class, "{\"value\":45}");
    assertForm(
        DataPoint.builder()
            .value(Value.of(12))
            .disaggregation(Disaggregation.of("sex", "female"))
            .location("Geneva")
            .comment("Training records")
            .build(),
        DataPoint.class,
        compact(
            """
            {"value":12,
             "disaggregation":{"sex":"female"},
             "location":"Geneva",
             "comment":"Training records"}"""));
  }

  @Test
  void anIndicatorPeriodHoldsItsRangeTargetsAndActuals() {
    assertForm(
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2009))
            .addTarget(DataPoint.of(Value.of(45)))
            .addActual(DataPoint.of(Value.of(40)))
            .build(),
        IndicatorPeriod.class,
        compact(
            """
            {"period":{"start":"2009-01-01","end":"2009-12-31"},
             "targets":[{"value":45}],
             "actuals":[{"value":40}]}"""));
    assertForm(
        IndicatorPeriod.builder().period(DateRange.ofYear(2010)).build(),
        IndicatorPeriod.class,
        "{\"period\":{\"start\":\"2010-01-01\",\"end\":\"2010-12-31\"}}");
  }

  @Test
  void aBaselineIsAValueOrTheReasonThereIsNone() {
    assertForm(
        Baseline.of(Value.of(30), LocalDate.of(2007, 12, 31)),
        Baseline.class,
        "{\"value\":30,\"date\":\"2007-12-31\"}");
    assertForm(
        Baseline.notAvailable("No survey before 2009"),
        Baseline.class,
        "{\"unavailableReason\":\"No survey before 2009\"}");
  }

  @Test
  void anIndicatorNamesItsAttributesAfterTheModel() {
    assertForm(
        Examples.dwcpIndicator(),
        Indicator.class,
        compact(
            """
            {"id":"IND-1",
             "title":"Member States with a Decent Work Country Programme",
             "measure":"COUNT",
             "unit":"countries",
             "direction":"INCREASE",
             "cumulative":true,
             "reportingFrequency":"BIENNIAL",
             "baseline":{"value":30,"date":"2007-11-01"},
             "periods":[{"period":{"start":"2008-01-01","end":"2009-12-31"},
                         "targets":[{"value":50}]}]}"""));
    assertForm(
        Examples.womenTrainedIndicator(),
        Indicator.class,
        compact(
            """
            {"id":"IND-2",
             "title":"Share of women among trained labour inspectors",
             "measure":"PERCENTAGE",
             "cumulative":false,
             "disaggregationDimensions":["sex"],
             "baseline":{"unavailableReason":"No survey before 2009"},
             "periods":[{"period":{"start":"2009-01-01","end":"2009-12-31"},
                         "targets":[{"value":40.5}],
                         "actuals":[{"value":{"numerator":12,"denominator":40},
                                     "disaggregation":{"sex":"female"},
                                     "location":"Geneva",
                                     "comment":"Training records"}]}]}"""));
  }

  @Test
  void missingOptionalPropertiesTakeTheModelsDefaults() {
    Indicator minimal =
        Indicator.builder().id(IndicatorId.of("IND-9")).title("Minimal").measure(Measure.COUNT).build();
    assertEquals(
        minimal,
        json.read("{\"id\":\"IND-9\",\"title\":\"Minimal\",\"measure\":\"COUNT\"}", Indicator.class));
  }

  @Test
  void aLevelSchemeIsItsNameAndLevels() {
    assertForm(
        LevelScheme.ILO,
        LevelScheme.class,
        "{\"name\":\"ILO\",\"levels\":[\"strategic objective\",\"outcome\",\"immediate outcome\"]}");
  }

  @Test
  void aLevelSchemeListsItsOptionalLevels() {
    assertForm(
        LevelScheme.LOGFRAME,
        LevelScheme.class,
        "{\"name\":\"logframe\",\"levels\":[\"goal\",\"purpose\",\"output\",\"activity\"],"
            + "\"optionalLevels\":[\"activity\"]}");
    // A logframe written before optional levels existed reads as before: every level required.
    LevelScheme old =
        json.read(
            "{\"name\":\"logframe\",\"levels\":[\"goal\",\"purpose\",\"output\",\"activity\"]}",
            LevelScheme.class);
    assertEquals(LevelScheme.of("logframe", "goal", "purpose", "output", "activity"), old);
    RbmJsonException highest =
        assertThrows(
            RbmJsonException.class,
            () ->
                json.read(
                    "{\"name\":\"x\",\"levels\":[\"a\",\"b\"],\"optionalLevels\":[\"a\"]}",
                    LevelScheme.class));
    assertEquals("optionalLevels[0]", highest.path());
  }

  @Test
  void anExternalReferenceIsItsVocabularyAndCode() {
    assertForm(
        ExternalReference.of("SDG", "8.5"),
        ExternalReference.class,
        "{\"vocabulary\":\"SDG\",\"code\":\"8.5\"}");
  }

  @Test
  void aContributionLinkNamesBothEnds() {
    assertForm(
        ContributionLink.of(ResultId.of("OC1a"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1.1")),
        ContributionLink.class,
        "{\"source\":\"OC1a\",\"targetFramework\":\"PB-2008-09\",\"targetResult\":\"IO1.1\"}");
  }

  @Test
  void aResultHoldsItsIndicators() {
    assertForm(
        Examples.strategicObjective(),
        Result.class,
        compact(
            """
            {"id":"SO1",
             "level":"strategic objective",
             "title":"Standards and fundamental principles and rights at work"}"""));
    assertForm(
        Examples.outcome().withIndicators(),
        Result.class,
        compact(
            """
            {"id":"OC1a",
             "level":"outcome",
             "title":"Rights at work are realized",
             "description":"Member States apply the standards",
             "parent":"SO1",
             "assumptions":["Constituents take part"],
             "externalReferences":[{"vocabulary":"SDG","code":"8.7"}]}"""));
  }

  @Test
  void suitabilityForAggregationIsWrittenOnlyWhenStated() {
    assertForm(
        Examples.strategicObjective().withSuitableForAggregation(false),
        Result.class,
        compact(
            """
            {"id":"SO1",
             "level":"strategic objective",
             "title":"Standards and fundamental principles and rights at work",
             "suitableForAggregation":false}"""));
    assertForm(
        org.rbm.core.indicators.Indicator.builder()
            .id(IndicatorId.of("IND-1"))
            .title("Jobs")
            .measure(org.rbm.core.indicators.Measure.COUNT)
            .suitableForAggregation(true)
            .build(),
        org.rbm.core.indicators.Indicator.class,
        compact(
            """
            {"id":"IND-1","title":"Jobs","measure":"COUNT","cumulative":false,
             "suitableForAggregation":true}"""));
  }

  @Test
  void severalBaselinesAreAnArrayWithTheirYearsAndPlaces() {
    org.rbm.core.indicators.Indicator jobs = org.rbm.core.indicators.Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("Jobs")
        .measure(org.rbm.core.indicators.Measure.COUNT)
        .addBaseline(org.rbm.core.indicators.Baseline.of(Value.of(30),
            java.time.LocalDate.of(2007, 11, 1)))
        .addBaseline(org.rbm.core.indicators.Baseline.builder().year(2008)
            .addLocations("AF-KAN").comment("Counted in 2008").build())
        .build();
    assertForm(
        jobs,
        org.rbm.core.indicators.Indicator.class,
        compact(
            """
            {"id":"IND-1","title":"Jobs","measure":"COUNT","cumulative":false,
             "baselines":[{"value":30,"date":"2007-11-01"},
                          {"comment":"Counted in 2008","year":2008,"locations":["AF-KAN"]}]}"""));
    // One baseline is written as before.
    assertEquals(
        compact(
            """
            {"id":"IND-1","title":"Jobs","measure":"COUNT","cumulative":false,
             "baseline":{"value":30,"date":"2007-11-01"}}"""),
        json.write(jobs.withBaseline(jobs.baselines().get(0))));
  }

  @Test
  void aFrameworkDocumentStatesItsFormatFirst() {
    assertForm(
        Examples.framework().withContributions().withResults(Examples.strategicObjective()),
        ResultsFramework.class,
        compact(
            """
            {"format":"rbm-framework/1",
             "id":"PB-2008-09",
             "title":"Programme and Budget 2008-09",
             "owner":"ILO",
             "planningPeriod":"2008-09",
             "levelScheme":{"name":"ILO",
                            "levels":["strategic objective","outcome","immediate outcome"]},
             "results":[{"id":"SO1",
                         "level":"strategic objective",
                         "title":"Standards and fundamental principles and rights at work"}]}"""));
  }

  @Test
  void prettyPrintingWritesTheSameDocument() {
    ResultsFramework framework = Examples.framework();
    String pretty = json.prettyPrinting().write(framework);
    assertEquals(framework, json.readFramework(pretty));
    assertEquals(json.write(framework), json.write(json.readFramework(pretty)));
  }
}
