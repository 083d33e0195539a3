package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rbm.core.Identifier;
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
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The code samples of README.md, kept compiling and true. */
class ReadmeSamplesTest {

  static ResultsFramework readmeFramework() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09")
        .owner("International Labour Office")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.ILO)
        .addResult(Result.builder()
            .id(ResultId.of("SO2")).level("strategic objective")
            .title("Greater opportunities for decent employment and income").build())
        .addResult(Result.builder()
            .id(ResultId.of("OC2a")).level("outcome").parent(ResultId.of("SO2"))
            .title("Coherent policies support inclusive job-rich growth").build())
        .addResult(Result.builder()
            .id(ResultId.of("IO2a.1")).level("immediate outcome").parent(ResultId.of("OC2a"))
            .title("Decent Work Country Programmes are finalized")
            .addIndicator(Indicator.builder()
                .id(IndicatorId.of("IND-1"))
                .title("Member States with a finalized Decent Work Country Programme")
                .measure(Measure.COUNT).unit("countries").direction(Direction.INCREASE)
                .cumulative(true)
                .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
                .addPeriod(IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2009))
                    .addTarget(DataPoint.of(Value.of(60)))
                    .build())
                .build())
            .build())
        .build();
  }

  private static String ids(List<?> values) {
    return values.stream()
        .map(v -> v instanceof Result r ? r.id() : ((Indicator) v).id())
        .map(Identifier::toString)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void frameworkQueriesAnswerAsTheReadmeSays() {
    ResultsFramework pb = readmeFramework();
    assertEquals("[OC2a]", ids(pb.children(ResultId.of("SO2"))));
    assertEquals("[IO2a.1, OC2a, SO2]", ids(pb.pathToRoot(ResultId.of("IO2a.1"))));
    assertEquals("[IND-1]", ids(pb.indicatorsBelow(ResultId.of("SO2"))));
    assertEquals("[IO2a.1]", ids(pb.resultsAtLevel("immediate outcome")));
  }

  @Test
  void targetedEditsChangeOneThingAsTheReadmeSays() {
    ResultsFramework pb = readmeFramework();
    ResultsFramework updated = pb
        .updateIndicator(IndicatorId.of("IND-1"),
            i -> i.withActual(DateRange.ofYear(2009), DataPoint.of(Value.of(48))))
        .updateResult(ResultId.of("OC2a"), r -> r.withTitle("Inclusive job-rich growth"));
    IndicatorPeriod y2009 =
        updated.indicator(IndicatorId.of("IND-1")).orElseThrow().periods().get(0);
    assertEquals(Value.of(60), y2009.totalTarget().orElseThrow().value());
    assertEquals(Value.of(48), y2009.totalActual().orElseThrow().value());
    assertEquals(
        "Inclusive job-rich growth", updated.result(ResultId.of("OC2a")).orElseThrow().title());
    assertEquals(pb.result(ResultId.of("SO2")), updated.result(ResultId.of("SO2")));
  }
}
