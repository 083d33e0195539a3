package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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
import org.rbm.testkit.RbmGen;

/**
 * Writing then reading gives an equal value, for every type, over the testkit's generators; and
 * every written framework conforms to the shipped JSON Schema.
 */
class RoundTripPropertiesTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final RbmJson PRETTY = RbmJson.strict().prettyPrinting();

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().forAll(values)
        .checkAssert(
            value -> {
              assertEquals(value, JSON.read(JSON.write(value), type));
              assertEquals(value, PRETTY.read(PRETTY.write(value), type));
            });
  }

  @Test
  void frameworksOfEveryShapeRoundTripAndConformToTheSchema() {
    qt().withExamples(300)
        .forAll(RbmGen.frameworks().varied())
        .checkAssert(
            framework -> {
              String written = JSON.write(framework);
              assertEquals(framework, JSON.readFramework(written));
              assertEquals(Set.of(), SchemaConformanceTest.violations(written));
            });
  }

  @Test
  void frameworksReadFromAReaderEqualThoseWritten() {
    qt().withExamples(50)
        .forAll(RbmGen.frameworks())
        .checkAssert(
            framework ->
                assertEquals(
                    framework, JSON.readFramework(new java.io.StringReader(PRETTY.write(framework)))));
  }

  @Test
  void resultsAndIndicators() {
    roundTrips(RbmGen.results(), Result.class);
    roundTrips(RbmGen.indicators(), Indicator.class);
    roundTrips(RbmGen.indicatorPeriods(), IndicatorPeriod.class);
    roundTrips(RbmGen.dataPoints(), DataPoint.class);
    roundTrips(RbmGen.baselines(), Baseline.class);
  }

  @Test
  void values() {
    roundTrips(RbmGen.values(), Value.class);
    roundTrips(RbmGen.numericValues(), NumericValue.class);
    roundTrips(RbmGen.fractionValues(), FractionValue.class);
    roundTrips(RbmGen.textValues(), TextValue.class);
    roundTrips(RbmGen.disaggregations(), Disaggregation.class);
  }

  @Test
  void schemesLinksAndReferences() {
    roundTrips(RbmGen.levelSchemes(), LevelScheme.class);
    roundTrips(RbmGen.contributionLinks(), ContributionLink.class);
    roundTrips(RbmGen.externalReferences(), ExternalReference.class);
  }

  @Test
  void identifiersPeriodsAndEnums() {
    roundTrips(RbmGen.resultIds(), ResultId.class);
    roundTrips(RbmGen.indicatorIds(), IndicatorId.class);
    roundTrips(RbmGen.frameworkIds(), FrameworkId.class);
    roundTrips(RbmGen.planningPeriods(), PlanningPeriod.class);
    roundTrips(RbmGen.dateRanges(), DateRange.class);
    roundTrips(RbmGen.measures(), Measure.class);
    roundTrips(RbmGen.directions(), Direction.class);
    roundTrips(RbmGen.reportingFrequencies(), ReportingFrequency.class);
  }
}
