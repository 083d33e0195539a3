package org.rbm.text;

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

/** A framework with sex-disaggregated actuals, for the views by breakdown. */
final class TrainedBySex {
  private TrainedBySex() {}

  /**
   * IND-1, people trained, by sex (declared: female, male), 2025: a total target of 100 (and, with
   * {@code targetsBySex}, 50 for each sex), actuals female 60 and male 45 only; IND-2, manuals
   * printed, without breakdown: 9 of 10. Plan 2025.
   */
  static ResultsFramework framework(boolean targetsBySex) {
    IndicatorPeriod.Builder trained =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2025))
            .addTarget(DataPoint.of(Value.of(100)))
            .addActual(DataPoint.of(Value.of(60), "sex", "female"))
            .addActual(DataPoint.of(Value.of(45), "sex", "male"));
    if (targetsBySex) {
      trained
          .addTarget(DataPoint.of(Value.of(50), "sex", "female"))
          .addTarget(DataPoint.of(Value.of(50), "sex", "male"));
    }
    Indicator bySex =
        Indicator.builder()
            .id(IndicatorId.of("IND-1"))
            .title("People trained")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .dimension("sex", "female", "male")
            .addPeriod(trained.build())
            .build();
    Indicator plain =
        Indicator.builder()
            .id(IndicatorId.of("IND-2"))
            .title("Manuals printed")
            .measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2025))
                    .addTarget(DataPoint.of(Value.of(10)))
                    .addActual(DataPoint.of(Value.of(9)))
                    .build())
            .build();
    return ResultsFramework.builder()
        .id(FrameworkId.of("FW"))
        .title("Test framework")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2025, 2025))
        .levelScheme(LevelScheme.of("one level", "result"))
        .addResult(
            Result.builder()
                .id(ResultId.of("R1"))
                .level("result")
                .title("The only result")
                .addIndicator(bySex)
                .addIndicator(plain)
                .build())
        .build();
  }
}
