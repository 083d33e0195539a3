package org.rbm.examples;

import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * A small NGO logframe of 2024-25 whose indicators report at different frequencies: farmers
 * trained each quarter, wells built each year. Kept apart from the ILO framework, whose figures
 * other sections test.
 */
final class NgoLogframe {
  private NgoLogframe() {}

  /**
   * Returns the logframe: output OP1 with a quarterly count (targets 25 a quarter; actuals 10, 20,
   * 30, 40 in 2024) and a yearly count (2024: 100 against 90; 2025: 120).
   *
   * @return the framework
   */
  static ResultsFramework waterAndFarming() {
    Indicator.Builder farmers =
        Indicator.builder()
            .id(IndicatorId.of("OP1-1"))
            .title("Farmers trained")
            .measure(Measure.COUNT)
            .unit("farmers")
            .direction(Direction.INCREASE)
            .reportingFrequency(ReportingFrequency.QUARTERLY);
    for (int q = 1; q <= 4; q++) {
      farmers.addPeriod(period(DateRange.ofQuarter(2024, q), 25, 10L * q));
    }
    Indicator wells =
        Indicator.builder()
            .id(IndicatorId.of("OP1-2"))
            .title("Wells built")
            .measure(Measure.COUNT)
            .unit("wells")
            .direction(Direction.INCREASE)
            .reportingFrequency(ReportingFrequency.ANNUAL)
            .addPeriod(period(DateRange.ofYear(2024), 100, 90L))
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2025))
                    .addTarget(DataPoint.of(Value.of(120)))
                    .build())
            .build();
    return ResultsFramework.builder()
        .id(FrameworkId.of("NGO-WF"))
        .title("Water and farming 2024-25")
        .owner("An NGO")
        .planningPeriod(PlanningPeriod.of(2024, 2025))
        .levelScheme(LevelScheme.of("logframe", "output"))
        .addResult(
            Result.builder()
                .id(ResultId.of("OP1"))
                .level("output")
                .title("Services delivered")
                .addIndicator(farmers.build())
                .addIndicator(wells)
                .build())
        .build();
  }

  private static IndicatorPeriod period(DateRange range, long target, long actual) {
    return IndicatorPeriod.builder()
        .period(range)
        .addTarget(DataPoint.of(Value.of(target)))
        .addActual(DataPoint.of(Value.of(actual)))
        .build();
  }
}
