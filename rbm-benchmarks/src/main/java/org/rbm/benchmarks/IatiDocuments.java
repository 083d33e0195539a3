package org.rbm.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.iati.IatiHeader;
import org.rbm.iati.IatiReader;
import org.rbm.iati.IatiWriter;
import org.rbm.iati.WriteReport;

/**
 * Generated IATI 2.03 documents: one activity of 3 results with 2 indicators each (a dated
 * baseline, two yearly periods with a commented target and actual), repeated with distinct
 * identifiers; about 9 KB per activity.
 */
public final class IatiDocuments {
  /** Results per activity. */
  public static final int RESULTS = 3;

  /** Indicators per result. */
  public static final int INDICATORS = 2;

  private IatiDocuments() {}

  /**
   * Returns the activity's framework.
   *
   * @return the framework
   */
  public static ResultsFramework framework() {
    ResultsFramework.Builder b = ResultsFramework.builder()
        .id(FrameworkId.of("XX-BENCH"))
        .title("Benchmark activity")
        .owner("Benchmark organisation")
        .planningPeriod(PlanningPeriod.of(2020, 2021))
        .levelScheme(IatiReader.LEVELS);
    for (int r = 1; r <= RESULTS; r++) {
      Result.Builder rb = Result.builder().id(ResultId.of("R" + r)).level("outcome")
          .title("Result " + r + ": more decent jobs for young women and men")
          .description("What the activity changes, in a sentence or two.");
      for (int i = 1; i <= INDICATORS; i++) {
        Indicator.Builder ib = Indicator.builder().id(IndicatorId.of("R" + r + ".I" + i))
            .title("Young people in decent jobs, indicator " + i).measure(Measure.COUNT)
            .direction(Direction.INCREASE)
            .baseline(Baseline.builder().value(Value.of(1200)).date(LocalDate.of(2019, 12, 31))
                .comment("Labour force survey 2019").build());
        for (int year = 2020; year <= 2021; year++) {
          ib.addPeriod(IndicatorPeriod.builder().period(DateRange.ofYear(year))
              .addTarget(DataPoint.builder().value(Value.of(new BigDecimal("1500.5")))
                  .comment("Target agreed with the partners").build())
              .addActual(DataPoint.builder().value(Value.of(1432))
                  .comment("Reported by the ministry").build())
              .build());
        }
        rb.addIndicator(ib.build());
      }
      b.addResult(rb.build());
    }
    return b.build();
  }

  /** The {@code iati-activity} element of {@link #framework()}, with a placeholder id. */
  private static String activityElement() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteReport unused = IatiWriter.write(
        framework(), IatiHeader.of(framework(), "XX-ORG", "40"), out);
    String doc = out.toString(UTF_8);
    return doc.substring(doc.indexOf("  <iati-activity>"), doc.indexOf("</iati-activities>"));
  }

  /**
   * Writes a document of the given number of activities.
   *
   * @param activities how many
   * @param out where to
   * @throws IOException if the stream fails
   */
  public static void write(long activities, OutputStream out) throws IOException {
    String activity = activityElement();
    int at = activity.indexOf(">XX-BENCH<") + 1;
    byte[] before = activity.substring(0, at).getBytes(UTF_8);
    byte[] after = activity.substring(at + "XX-BENCH".length()).getBytes(UTF_8);
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        .getBytes(UTF_8));
    for (long i = 0; i < activities; i++) {
      out.write(before);
      out.write(("XX-BENCH-" + i).getBytes(UTF_8));
      out.write(after);
    }
    out.write("</iati-activities>\n".getBytes(UTF_8));
  }

  /**
   * Returns a document of the given number of activities.
   *
   * @param activities how many
   * @return its bytes
   */
  public static byte[] of(int activities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(activities, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
