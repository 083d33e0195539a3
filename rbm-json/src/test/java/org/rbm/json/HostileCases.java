package org.rbm.json;

import static org.rbm.json.HostileJsonTest.FRAMEWORK;
import static org.rbm.json.HostileJsonTest.framework;

import java.util.List;
import java.util.function.Supplier;
import org.rbm.core.results.ResultId;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.ResultsFramework;

/**
 * The inputs of {@link HostileJsonTest}, for other bindings of the same codecs (rbm-jackson) to
 * show the same errors at the same places: each case is {@code {input, type, tolerant}}, where
 * {@code tolerant} says the case is read with {@code toleratingUnknownProperties()}. Loaded by name
 * from rbm-json's test jar.
 */
public final class HostileCases implements Supplier<List<Object[]>> {
  /** Creates the supplier; loaded by name. */
  public HostileCases() {}

  @Override
  public List<Object[]> get() {
    String digits = "1" + "0".repeat(100);
    return List.of(
        framed(framework("{\"value\": 30}", "{\"value\": true}")),
        framed(framework("\"title\": \"P&B 2008-09\"", "\"title\": null")),
        framed(framework("\"owner\": \"ILO\"", "\"owner\": 5")),
        framed(framework("{\"id\": \"SO1\",", "{\"id\": \"SO1\", \"colour\": \"red\",")),
        framed(framework("{\"id\": \"SO1\",", "{\"id\": \"SO1\", \"id\": \"SO2\",")),
        framed(framework(", \"title\": \"Rights at work\"}", "}")),
        framed(framework("{\"value\": 30}", "{\"value\": \"thirty\"}")),
        framed(framework("\"parent\": \"SO1\"", "\"parent\": \"SO9\"")),
        framed(framework("{\"id\": \"SO1\"", "{\"id\": \"OC1\"")),
        framed(framework("rbm-framework/1", "rbm-framework/2")),
        framed("{\"id\": \"PB-2008-09\", \"format\": \"rbm-framework/1\"}"),
        framed(framework("{\"value\": 30}", "{\"value\": 1e999999999}")),
        framed(framework("{\"value\": 30}", "{\"value\": 1e034.39}")),
        of("1e9999999999", Value.class),
        of("1e-999999999", Value.class),
        of(digits, Value.class),
        framed(""),
        framed("\n  "),
        framed("{\"format\": \"rbm-framework/1\", \"id\": "),
        framed(FRAMEWORK.substring(0, FRAMEWORK.indexOf("Ratif"))),
        framed("hello"),
        framed("{'format': 1}"),
        framed(FRAMEWORK + " x"),
        framed(FRAMEWORK + " {}"),
        of("\"SO1\" \"SO2\"", ResultId.class),
        framed("[".repeat(100_000)),
        new Object[] {
          "{\"format\":\"rbm-framework/1\",\"x\":" + "[".repeat(100_000),
          ResultsFramework.class,
          true
        },
        new Object[] {"{\"format\":\"rbm-framework/1\",\"x\":[[[", ResultsFramework.class, true},
        of("{\"start\": \"2008-02-30\", \"end\": \"2008-12-31\"}", DateRange.class),
        of("{\"start\": \"2008-12-31\", \"end\": \"2008-01-01\"}", DateRange.class),
        of("{\"numerator\": 1, \"denominator\": 0}", Value.class),
        of(
            "{\"id\": \"I\", \"title\": \"T\", \"measure\": \"COUNT\","
                + " \"disaggregationDimensions\": [\"sex\", \"sex\"]}",
            Indicator.class),
        of("{\"value\": 3, \"unavailableReason\": \"none\"}", Baseline.class),
        of(
            """
            {"id": "I", "title": "T", "measure": "COUNT", "periods": [
              {"period": {"start": "2009-01-01", "end": "2009-12-31"},
               "targets": [{"value": 4, "disaggregation": {"sex": "female"}}]}]}""",
            Indicator.class),
        of("\"OC 2\"", ResultId.class),
        of("{\"id\": \"I\", \"title\": \"T\", \"measure\": \"count\"}", Indicator.class),
        of("{\"band\":1E-999999999}", ProgressSettings.class),
        of("{\"band\":1E-999}", ProgressSettings.class),
        of(HostileJsonTest.progress("{}", "1E-999999999"), ProgressReport.class),
        of(HostileJsonTest.progress("{\"band\":1E-999999999}", "0.5"), ProgressReport.class));
  }

  private static Object[] framed(String input) {
    return of(input, ResultsFramework.class);
  }

  private static Object[] of(String input, Class<?> type) {
    return new Object[] {input, type, false};
  }
}
