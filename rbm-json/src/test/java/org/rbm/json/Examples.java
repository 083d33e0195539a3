package org.rbm.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
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

/** A small ILO-style framework fragment (P&B 2008-09), and its parts, for the example tests. */
final class Examples {
  private Examples() {}

  static DateRange biennium() {
    return DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
  }

  /** Countries with a DWCP: 30 at the end of 2007 (the ILO paper), 50 targeted for 2008-09. */
  static Indicator dwcpIndicator() {
    return Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .unit("countries")
        .direction(Direction.INCREASE)
        .cumulative(true)
        .reportingFrequency(ReportingFrequency.BIENNIAL)
        .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
        .addPeriod(
            IndicatorPeriod.builder()
                .period(biennium())
                .addTarget(DataPoint.of(Value.of(50)))
                .build())
        .build();
  }

  /** Share of women among trained staff, as 12 of 40, broken down by sex. */
  static Indicator womenTrainedIndicator() {
    return Indicator.builder()
        .id(IndicatorId.of("IND-2"))
        .title("Share of women among trained labour inspectors")
        .measure(Measure.PERCENTAGE)
        .addDisaggregationDimension("sex")
        .baseline(Baseline.notAvailable("No survey before 2009"))
        .addPeriod(
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(2009))
                .addTarget(DataPoint.of(Value.of(new BigDecimal("40.5"))))
                .addActual(
                    DataPoint.builder()
                        .value(Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40)))
                        .disaggregation(Disaggregation.of("sex", "female"))
                        .location("Geneva")
                        .comment("Training records")
                        .build())
                .build())
        .build();
  }

  /**
   * People trained, a count broken down by sex (female, male): the 2009 target is a total of 100,
   * the actuals only female 60 and male 45, so that progress derives a total actual of 105.
   */
  static Indicator trainedBySexIndicator() {
    return Indicator.builder()
        .id(IndicatorId.of("IND-3"))
        .title("People trained in occupational safety")
        .measure(Measure.COUNT)
        .unit("people")
        .dimension("sex", "female", "male")
        .addPeriod(
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(2009))
                .addTarget(DataPoint.of(Value.of(100)))
                .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                .addActual(DataPoint.of(Value.of(45), "sex", "male"))
                .build())
        .build();
  }

  static Result strategicObjective() {
    return Result.builder()
        .id(ResultId.of("SO1"))
        .level("strategic objective")
        .title("Standards and fundamental principles and rights at work")
        .build();
  }

  static Result outcome() {
    return Result.builder()
        .id(ResultId.of("OC1a"))
        .level("outcome")
        .title("Rights at work are realized")
        .description("Member States apply the standards")
        .parent(ResultId.of("SO1"))
        .addAssumption("Constituents take part")
        .addExternalReference(ExternalReference.of("SDG", "8.7"))
        .addIndicator(dwcpIndicator())
        .build();
  }

  static ResultsFramework framework() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09")
        .owner("ILO")
        .planningPeriod(PlanningPeriod.biennium(2008))
        .levelScheme(LevelScheme.ILO)
        .addResult(strategicObjective())
        .addResult(outcome())
        .addContribution(
            ContributionLink.builder()
                .source(ResultId.of("OC1a"))
                .targetFramework(FrameworkId.of("UNDAF-2008-12"))
                .targetResult(ResultId.of("UN-3"))
                .note("Rights outcome of the UN country framework")
                .build())
        .build();
  }

  /** Removes the line breaks and indentation of a hand-written, indented JSON text. */
  static String compact(String indented) {
    return indented.replaceAll("\\n\\s*", "");
  }
}
