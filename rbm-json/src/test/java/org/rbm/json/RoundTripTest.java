package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableListMultimap;
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

/** Writing then reading gives an equal value, for every supported type, on edge-case examples. */
class RoundTripTest {
  private static final ImmutableListMultimap<Class<?>, Object> EXAMPLES =
      ImmutableListMultimap.<Class<?>, Object>builder()
          .putAll(ResultId.class, ResultId.of("a"), ResultId.of("OC2.1:x_y-z"))
          .putAll(IndicatorId.class, IndicatorId.of("1.2.3"))
          .putAll(FrameworkId.class, FrameworkId.of("DWCP-ZA-2010-14"))
          .putAll(PlanningPeriod.class, PlanningPeriod.of(1999, 2000), PlanningPeriod.of(9999, 9999))
          .putAll(DateRange.class, DateRange.of(LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 29)))
          .putAll(Measure.class, (Object[]) Measure.values())
          .putAll(Direction.class, (Object[]) Direction.values())
          .putAll(ReportingFrequency.class, (Object[]) ReportingFrequency.values())
          .putAll(
              Value.class,
              Value.of(new BigDecimal("-0.00000000000000000001")),
              Value.of(new BigDecimal("999999999999999999999999999999").negate().add(BigDecimal.ONE)),
              Value.text("  \"quoted\", \\ back-slashed, tab\t, é, 😀  "),
              Value.fraction(BigDecimal.ZERO, new BigDecimal("0.5")))
          .putAll(NumericValue.class, NumericValue.of(new BigDecimal("1E+5")))
          .putAll(FractionValue.class, FractionValue.of(BigDecimal.ONE, BigDecimal.valueOf(3)))
          .putAll(TextValue.class, TextValue.of("x"))
          .putAll(
              Disaggregation.class,
              Disaggregation.TOTAL,
              Disaggregation.of(Map.of("age", "15-24", "sex", "female", "zone", "rural area")))
          .putAll(
              DataPoint.class,
              DataPoint.builder().value(Value.of(1)).location("").comment("").build())
          .putAll(IndicatorPeriod.class, IndicatorPeriod.builder().period(DateRange.ofYear(2008)).build())
          .putAll(
              Baseline.class,
              Baseline.of(Value.of(0)),
              Baseline.builder().value(Value.of(2)).comment("estimate").build(),
              Baseline.notAvailable("n/a"))
          .putAll(Indicator.class, Examples.dwcpIndicator(), Examples.womenTrainedIndicator())
          .putAll(LevelScheme.class, LevelScheme.OECD_DAC, LevelScheme.LOGFRAME, LevelScheme.of("one", "only"))
          .putAll(ExternalReference.class, ExternalReference.of("SDG", "8.5:a"))
          .putAll(
              ContributionLink.class,
              Examples.framework().contributions().get(0))
          .putAll(Result.class, Examples.outcome())
          .putAll(
              ResultsFramework.class,
              Examples.framework(),
              SchemaConformanceTest.richFramework(),
              Examples.framework().withContributions().withResults())
          .putAll(ProgressExamples.all())
          .build();

  @Test
  void everySupportedTypeHasExamples() {
    assertEquals(RbmJson.strict().supportedTypes(), EXAMPLES.keySet());
  }

  @Test
  void writingThenReadingGivesAnEqualValue() {
    for (RbmJson json : new RbmJson[] {RbmJson.strict(), RbmJson.strict().prettyPrinting()}) {
      EXAMPLES.forEach(
          (type, value) -> assertEquals(value, json.read(json.write(value), type), value::toString));
    }
  }
}
