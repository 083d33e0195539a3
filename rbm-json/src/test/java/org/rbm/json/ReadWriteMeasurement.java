package org.rbm.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Disaggregation;
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

/**
 * A one-off measurement of writing and reading a large framework (not a test: speed is measured,
 * never asserted). Arguments: outcomes, immediate outcomes per outcome, indicators per immediate
 * outcome. Each indicator has a baseline and four yearly periods with a target and two actuals.
 */
final class ReadWriteMeasurement {
  private ReadWriteMeasurement() {}

  public static void main(String[] args) {
    int outcomes = Integer.parseInt(args[0]);
    int immediatePerOutcome = Integer.parseInt(args[1]);
    int indicatorsPerResult = Integer.parseInt(args[2]);
    ResultsFramework framework = framework(outcomes, immediatePerOutcome, indicatorsPerResult);
    RbmJson json = RbmJson.strict();
    String text = json.write(framework);
    System.out.printf(
        Locale.ROOT,
        "%d results, %d indicators, %.1f MB of JSON%n",
        framework.results().size(),
        framework.indicators().size(),
        text.length() / 1e6);
    for (int round = 1; round <= 8; round++) {
      long t0 = System.nanoTime();
      String written = json.write(framework);
      long t1 = System.nanoTime();
      ResultsFramework back = json.readFramework(written);
      long t2 = System.nanoTime();
      ResultsFramework fromReader = json.readFramework(new StringReader(written));
      long t3 = System.nanoTime();
      if (!back.equals(framework) || !fromReader.equals(framework)) {
        throw new AssertionError("round trip failed");
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: write %d ms, read %d ms, read from a Reader %d ms%n",
          round,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000);
    }
  }

  private static ResultsFramework framework(int outcomes, int immediate, int indicators) {
    ResultsFramework.Builder b =
        ResultsFramework.builder()
            .id(FrameworkId.of("PB"))
            .title("Programme and Budget")
            .owner("ILO")
            .planningPeriod(PlanningPeriod.biennium(2008))
            .levelScheme(LevelScheme.ILO)
            .addResult(
                Result.builder()
                    .id(ResultId.of("SO1"))
                    .level("strategic objective")
                    .title("Strategic objective")
                    .build());
    int n = 0;
    for (int o = 0; o < outcomes; o++) {
      b.addResult(
          Result.builder()
              .id(ResultId.of("OC" + o))
              .level("outcome")
              .title("Outcome " + o)
              .parent(ResultId.of("SO1"))
              .build());
      for (int i = 0; i < immediate; i++) {
        Result.Builder r =
            Result.builder()
                .id(ResultId.of("IO" + o + "." + i))
                .level("immediate outcome")
                .title("Immediate outcome " + o + "." + i)
                .parent(ResultId.of("OC" + o));
        for (int k = 0; k < indicators; k++) {
          r.addIndicator(indicator(n++));
        }
        b.addResult(r.build());
      }
    }
    return b.build();
  }

  private static Indicator indicator(int n) {
    Indicator.Builder b =
        Indicator.builder()
            .id(IndicatorId.of("IND-" + n))
            .title("Share of women among trained staff")
            .measure(Measure.PERCENTAGE)
            .addDisaggregationDimension("sex")
            .baseline(Baseline.of(Value.of(new BigDecimal("12.5")), LocalDate.of(2007, 12, 31)));
    for (int year = 2008; year <= 2011; year++) {
      b.addPeriod(
          IndicatorPeriod.builder()
              .period(DateRange.ofYear(year))
              .addTarget(DataPoint.of(Value.of(40)))
              .addActual(DataPoint.of(Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40))))
              .addActual(
                  DataPoint.builder()
                      .value(Value.of(new BigDecimal("33.3")))
                      .disaggregation(Disaggregation.of("sex", "female"))
                      .build())
              .build());
    }
    return b.build();
  }
}
