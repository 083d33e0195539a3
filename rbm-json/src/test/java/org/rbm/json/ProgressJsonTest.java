package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.ProgressValues;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.IndicatorWeights;
import org.rbm.core.RbmException;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.progress.StatusCounts;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.RbmGen;

/** The JSON form of progress results, roll-ups and performance tables. */
class ProgressJsonTest {
  private static final DateRange Y2008 = DateRange.ofYear(2008);
  private final RbmJson json = RbmJson.strict();

  private <T> void assertForm(T value, Class<T> type, String expectedJson) {
    assertEquals(expectedJson, json.write(value));
    assertEquals(value, json.read(expectedJson, type));
  }

  @Test
  void periodProgressCarriesExactRatios() {
    PeriodProgress p =
        ProgressValues.get()
            .periodProgress(
                Y2008,
                PeriodTiming.COMPLETED,
                Optional.of(Value.of(45)),
                Optional.of(Value.of(41)),
                Optional.empty(),
                Optional.of(new BigDecimal("0.9111111111111111111111111111111111")),
                Optional.of(new BigDecimal("0.9111111111111111111111111111111111")),
                ProgressStatus.ON_TRACK,
                Optional.empty());
    assertForm(
        p,
        PeriodProgress.class,
        "{\"period\":{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"},\"timing\":\"COMPLETED\","
            + "\"target\":45,\"actual\":41,\"ratio\":0.9111111111111111111111111111111111,"
            + "\"score\":0.9111111111111111111111111111111111,\"status\":\"ON_TRACK\"}");
  }

  @Test
  void aRowSaysWhichPeriodsAreRolledUp() {
    PerformanceRow row = ProgressExamples.quarterlyInYearlyTable().groups().get(0).rows().get(0);
    String written = json.write(row);
    // As of 2008-08-01, Q1 and Q2 are completed: 10 + 20 = 30 against 25 + 25 = 50 to date.
    assertTrue(
        written.contains(
            "\"periods\":[{\"period\":{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"},"
                + "\"timing\":\"RUNNING\",\"target\":100,\"actual\":30,\"ratio\":0.6,"
                + "\"score\":0.6,\"status\":\"BEHIND\"}],"
                + "\"rolledUp\":[{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"}],\"plan\":"),
        written);
    assertEquals(row, json.read(written, PerformanceRow.class));
    String elsewhere =
        written.replace(
            "\"rolledUp\":[{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"}]",
            "\"rolledUp\":[{\"start\":\"2009-01-01\",\"end\":\"2009-12-31\"}]");
    RbmException e =
        assertThrows(RbmException.class, () -> json.read(elsewhere, PerformanceRow.class));
    assertTrue(e.getMessage().contains("rolledUp: got 2009-01-01/2009-12-31"), e.getMessage());
  }

  @Test
  void settingsAreWrittenWholeAndReadWithDefaults() {
    assertForm(
        ProgressSettings.defaults(),
        ProgressSettings.class,
        "{\"method\":\"PERCENT_OF_TARGET\",\"band\":0.15,\"maintainTolerance\":0.15,"
            + "\"expectedTrajectory\":false}");
    assertEquals(
        ProgressSettings.defaults().withMethod(AchievementMethod.RELATIVE_TO_BASELINE),
        json.read("{\"method\":\"RELATIVE_TO_BASELINE\"}", ProgressSettings.class));
  }

  @Test
  void assessmentsHaveAGradeOrALevel() {
    assertForm(
        PeriodAssessment.of(IndicatorId.of("IND-Q"), Y2008, AssessmentGrade.PARTLY_ACHIEVED)
            .withComment("Draft before the Council"),
        PeriodAssessment.class,
        "{\"indicator\":\"IND-Q\",\"period\":{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"},"
            + "\"grade\":\"PARTLY_ACHIEVED\",\"comment\":\"Draft before the Council\"}");
    assertForm(
        PeriodAssessment.ofLevel(IndicatorId.of("IND-O"), Y2008, new BigDecimal("3")),
        PeriodAssessment.class,
        "{\"indicator\":\"IND-O\",\"period\":{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"},"
            + "\"levelReached\":3}");
  }

  @Test
  void rollUpsWriteCountsAndWeightsAsObjects() {
    assertForm(
        RollUpPolicy.weightedMean(Map.of(IndicatorId.of("IND-1"), new BigDecimal("2"))),
        RollUpPolicy.class,
        "{\"kind\":\"WEIGHTED_MEAN\",\"weights\":{\"IND-1\":2}}");
    assertForm(
        RollUpPolicy.shareOnTrack(new BigDecimal("0.75")),
        RollUpPolicy.class,
        "{\"kind\":\"SHARE_ON_TRACK\",\"threshold\":0.75}");
    assertForm(
        ProgressValues.get()
            .resultRollUp(
                ResultId.of("OC1"),
                3,
                StatusCounts.of(Map.of(ProgressStatus.BEHIND, 2, ProgressStatus.ACHIEVED, 1)),
                ProgressStatus.BEHIND,
                Optional.empty(),
                Optional.empty()),
        ResultRollUp.class,
        "{\"result\":\"OC1\",\"indicatorCount\":3,\"counts\":{\"ACHIEVED\":1,\"BEHIND\":2},"
            + "\"status\":\"BEHIND\"}");
    assertForm(IndicatorWeights.EQUAL, IndicatorWeights.class, "{}");
  }

  @Test
  void progressRollUpsAndTablesOfGeneratedFrameworksRoundTrip() {
    qt().withExamples(30)
        .forAll(RbmGen.frameworks(), RbmGen.dateRanges())
        .checkAssert(
            (ResultsFramework f, DateRange dates) -> {
              LocalDate asOf = dates.start();
              ProgressReport progress =
                  ProgressCalculator.of(ProgressSettings.defaults().withExpectedTrajectory(true))
                      .report(f, asOf);
              assertEquals(progress, json.read(json.write(progress), ProgressReport.class));
              RollUp rollUp = progress.rollUp(RollUpPolicy.shareOnTrack(new BigDecimal("0.5")));
              assertEquals(rollUp, json.read(json.write(rollUp), RollUp.class));
              PerformanceTable table = progress.table();
              assertEquals(table, json.read(json.write(table), PerformanceTable.class));
            });
  }

  /** Rejects the one-line input at the path, just past the token at fault (columns from 1). */
  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private RbmJsonException rejected(String input, Class<?> type, String path, long column) {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.read(input, type));
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(1, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    return e;
  }

  @Test
  void rejectsCountsThatDoNotAddUpAndUnknownStatuses() {
    // The counts add up to 2, not 4: reported at the count of indicators, which ends at column 34.
    rejected(
        "{\"result\":\"OC1\",\"indicatorCount\":4,\"counts\":{\"BEHIND\":2},\"status\":\"BEHIND\"}",
        ResultRollUp.class,
        "indicatorCount",
        35);
    // An unknown status is reported at its count, the "2" in column 53.
    rejected(
        "{\"result\":\"OC1\",\"indicatorCount\":2,\"counts\":{\"LATE\":2},\"status\":\"BEHIND\"}",
        ResultRollUp.class,
        "counts.LATE",
        54);
    // A count of 0 is left out, never written: the "0" in column 55.
    rejected(
        "{\"result\":\"OC1\",\"indicatorCount\":2,\"counts\":{\"BEHIND\":0},\"status\":\"BEHIND\"}",
        ResultRollUp.class,
        "counts.BEHIND",
        56);
  }

  @Test
  void rejectsNegativeWeightsAndThresholdsAboveOne() {
    // "-1" in columns 44-45; "1.5" in columns 38-40.
    rejected(
        "{\"kind\":\"WEIGHTED_MEAN\",\"weights\":{\"IND-1\":-1}}",
        RollUpPolicy.class,
        "weights.IND-1",
        46);
    rejected(
        "{\"kind\":\"SHARE_ON_TRACK\",\"threshold\":1.5}", RollUpPolicy.class, "threshold", 41);
  }

  @Test
  void aTableRowCarriesItsIndicatorsDirection() {
    String row =
        "{\"indicator\":\"IND-1\",\"title\":\"T\",\"measure\":\"COUNT\",\"direction\":\"DECREASE\","
            + "\"plan\":{\"aggregation\":\"LATEST\",\"periodsCompleted\":0,\"status\":\"NOT_YET_DUE\"}}";
    org.rbm.core.progress.PerformanceRow read =
        json.read(row, org.rbm.core.progress.PerformanceRow.class);
    assertEquals(Optional.of(org.rbm.core.indicators.Direction.DECREASE), read.direction());
    assertEquals(row, json.write(read));
    // An unknown direction is reported at its value, "DOWN" in columns 64 to 69.
    rejected(
        row.replace("DECREASE", "DOWN"),
        org.rbm.core.progress.PerformanceRow.class,
        "direction",
        70);
  }

  @Test
  void rejectsAPeriodTwiceInATableRow() {
    String period =
        "{\"period\":{\"start\":\"2008-01-01\",\"end\":\"2008-12-31\"},\"timing\":\"COMPLETED\","
            + "\"status\":\"NO_DATA\"}";
    rejected(
        "{\"indicator\":\"IND-1\",\"title\":\"T\",\"measure\":\"COUNT\",\"periods\":["
            + period + "," + period + "],\"plan\":{\"aggregation\":\"SUM\",\"periodsCompleted\":1,"
            + "\"status\":\"NO_DATA\"}}",
        org.rbm.core.progress.PerformanceRow.class,
        "periods[1]",
        // 62 characters before the array, then two periods of 92 and a comma: just past the second.
        248);
  }

  @Test
  void aReportEmbedsItsFrameworkAndNamesEachIndicatorById() {
    ProgressReport report = ProgressExamples.progress();
    String text = json.write(report);
    // The framework is the whole framework document, with its format; entries name indicators.
    assertTrue(
        text.startsWith("{\"framework\":{\"format\":\"rbm-framework/1\",\"id\":\"PX\""), text);
    assertTrue(text.contains("\"indicators\":[{\"indicator\":\"C\",\"periods\":["), text);
    ProgressReport read = json.read(text, ProgressReport.class);
    assertEquals(ProgressExamples.framework(), read.framework());
    assertEquals("Countries", read.indicators().get(0).indicator().title());
  }

  @Test
  void rejectsAReportEntryForAnIndicatorItsFrameworkLacks() {
    String text = json.write(ProgressExamples.progress()).replace("{\"indicator\":\"C\"", "{\"indicator\":\"Z\"");
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(text, ProgressReport.class));
    assertEquals("indicators[0].indicator", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("an indicator of framework PX"), e.getMessage());
  }

  @Test
  void rejectsAReportWhoseEntriesAreNotTheFrameworksIndicatorsInOrder() {
    // Entries C, S, Q become C, C, Q: the second names C where the framework has S.
    String text = json.write(ProgressExamples.progress());
    String swapped = text.replace("{\"indicator\":\"S\"", "{\"indicator\":\"C\"");
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(swapped, ProgressReport.class));
    assertEquals("indicators[1].indicator", e.path(), e.getMessage());
    assertTrue(
        e.getMessage().contains("the progress of indicator S (the framework's indicators, in order)"),
        e.getMessage());
  }

  @Test
  void rejectsAReportEntryWithPeriodsOutOfOrder() {
    // C's periods are 2008 then 2009; written 2009 then 2008 they are refused where 2008 comes.
    ProgressReport report = ProgressExamples.progress();
    String text = json.write(report);
    String p2008 = json.write(report.indicators().get(0).periods().get(0));
    String p2009 = json.write(report.indicators().get(0).periods().get(1));
    String swapped = text.replace(p2008 + "," + p2009, p2009 + "," + p2008);
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(swapped, ProgressReport.class));
    assertEquals("indicators[0].periods[1]", e.path(), e.getMessage());
  }
}
