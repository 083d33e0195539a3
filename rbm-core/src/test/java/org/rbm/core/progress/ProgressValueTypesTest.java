package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.d;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.DateRange;

/** Construction, equality, null rejection and invariants of the settings and inputs. */
class ProgressValueTypesTest {
  private static final IndicatorId ID = IndicatorId.of("IND-1");
  private static final DateRange Y2008 = DateRange.ofYear(2008);

  @Test
  void defaultSettingsAreTolaDatas() {
    ProgressSettings s = ProgressSettings.defaults();
    assertEquals(AchievementMethod.PERCENT_OF_TARGET, s.method());
    assertEquals(d("0.15"), s.band());
    assertEquals(d("0.15"), s.maintainTolerance());
    assertEquals(false, s.expectedTrajectory());
  }

  @Test
  void rejectsABandOutsideZeroToOne() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ProgressSettings.builder().band(d("1")).build());
    assertEquals("band: got 1, expected a fraction from 0 (included) to 1 (excluded)", e.getMessage());
    assertThrows(InvalidValueException.class, () -> ProgressSettings.defaults().withBand(d("-0.01")));
    InvalidValueException t =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressSettings.defaults().withMaintainTolerance(d("-1")));
    assertEquals("maintainTolerance: got -1, expected a fraction at least 0", t.getMessage());
  }

  @Test
  void rejectsSettingsBeyondTheBoundsOfADecimalBeforeAnyArithmetic() {
    InvalidValueException tiny =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressSettings.builder().band(d("1E-999999999")).build());
    assertEquals(
        "band: got \"1E-999999999\", expected at most 20 decimal places", tiny.getMessage());
    InvalidValueException places =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressSettings.defaults().withBand(d("1E-21")));
    assertEquals("band: got \"1E-21\", expected at most 20 decimal places", places.getMessage());
    InvalidValueException huge =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressSettings.defaults().withMaintainTolerance(d("1E+999999999")));
    assertEquals(
        "maintainTolerance: got \"1E+999999999\", expected an amount below 10^30 in magnitude",
        huge.getMessage());
    // 20 places are still allowed.
    assertEquals(d("1E-20"), ProgressSettings.defaults().withBand(d("1E-20")).band());
  }

  @Test
  void rejectsALevelOrAThresholdBeyondTheBoundsOfADecimal() {
    InvalidValueException level =
        assertThrows(
            InvalidValueException.class,
            () ->
                PeriodAssessment.ofLevel(
                    IndicatorId.of("IND-1"), DateRange.ofYear(2008), d("1E-999999999")));
    assertEquals(
        "levelReached: got \"1E-999999999\", expected at most 20 decimal places",
        level.getMessage());
    InvalidValueException threshold =
        assertThrows(
            InvalidValueException.class, () -> RollUpPolicy.shareOnTrack(d("1E-999999999")));
    assertEquals(
        "threshold: got \"1E-999999999\", expected at most 20 decimal places",
        threshold.getMessage());
  }

  @Test
  void rejectsStoredFiguresBeyondTheirBounds() {
    String expected =
        "expected a number below 10^200 in magnitude with at most 400 decimal places";
    InvalidValueException ratio =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImmutablePeriodProgress.builder()
                    .period(DateRange.ofYear(2008))
                    .timing(PeriodTiming.COMPLETED)
                    .status(ProgressStatus.BEHIND)
                    .ratio(d("1E-999999999"))
                    .build());
    assertEquals("ratio: got \"1E-999999999\", " + expected, ratio.getMessage());
    ImmutablePeriodProgress.Builder period =
        ImmutablePeriodProgress.builder()
            .period(DateRange.ofYear(2008))
            .timing(PeriodTiming.RUNNING)
            .status(ProgressStatus.BEHIND);
    InvalidValueException expectedValue =
        assertThrows(InvalidValueException.class, () -> period.expected(d("1E+200")).build());
    assertEquals("expected: got \"1E+200\", " + expected, expectedValue.getMessage());
    InvalidValueException score =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImmutablePlanProgress.builder()
                    .aggregation(Aggregation.SUM)
                    .periodsCompleted(1)
                    .status(ProgressStatus.BEHIND)
                    .score(d("1E-401"))
                    .build());
    assertEquals("score: got \"1E-401\", " + expected, score.getMessage());
    InvalidValueException mean =
        assertThrows(
            InvalidValueException.class,
            () ->
                ImmutableResultRollUp.builder()
                    .result(org.rbm.core.results.ResultId.of("OC1"))
                    .indicatorCount(0)
                    .counts(StatusCounts.NONE)
                    .status(ProgressStatus.NOT_ASSESSED)
                    .meanScore(d("-1E+999999999"))
                    .build());
    assertEquals("meanScore: got \"-1E+999999999\", " + expected, mean.getMessage());
    // The widest a calculated figure gets stays within the bounds.
    assertEquals(
        Optional.of(d("1E-400")),
        period.expected(d("1E+199")).ratio(d("1E-400")).build().ratio());
  }

  @Test
  void settingsEquality() {
    new EqualsTester()
        .addEqualityGroup(ProgressSettings.defaults(), ProgressSettings.builder().build())
        .addEqualityGroup(ProgressSettings.defaults().withMethod(AchievementMethod.RELATIVE_TO_BASELINE))
        .addEqualityGroup(ProgressSettings.defaults().withBand(d("0.1")))
        .addEqualityGroup(ProgressSettings.defaults().withExpectedTrajectory(true))
        .testEquals();
  }

  @Test
  void anAssessmentHasAGradeOrALevelNotBoth() {
    InvalidValueException both =
        assertThrows(
            InvalidValueException.class,
            () ->
                PeriodAssessment.builder()
                    .indicator(ID)
                    .period(Y2008)
                    .grade(AssessmentGrade.ACHIEVED)
                    .levelReached(d("2"))
                    .build());
    assertEquals("assessment.levelReached: got 2, expected no level with a grade", both.getMessage());
    InvalidValueException neither =
        assertThrows(
            InvalidValueException.class,
            () -> PeriodAssessment.builder().indicator(ID).period(Y2008).build());
    assertEquals(
        "assessment.levelReached: got nothing, expected a grade or a level reached",
        neither.getMessage());
    InvalidValueException missing =
        assertThrows(InvalidValueException.class, () -> PeriodAssessment.builder().build());
    assertTrue(missing.getMessage().contains("indicator"), missing.getMessage());
  }

  @Test
  void assessmentEquality() {
    new EqualsTester()
        .addEqualityGroup(
            PeriodAssessment.of(ID, Y2008, AssessmentGrade.ACHIEVED),
            PeriodAssessment.of(ID, Y2008, AssessmentGrade.ACHIEVED))
        .addEqualityGroup(PeriodAssessment.of(ID, Y2008, AssessmentGrade.NOT_ACHIEVED))
        .addEqualityGroup(PeriodAssessment.ofLevel(ID, Y2008, d("2")))
        .addEqualityGroup(PeriodAssessment.of(ID, DateRange.ofYear(2009), AssessmentGrade.ACHIEVED))
        .testEquals();
  }

  @Test
  void policyInvariants() {
    InvalidValueException high =
        assertThrows(InvalidValueException.class, () -> RollUpPolicy.shareOnTrack(d("1.5")));
    assertEquals("policy.threshold: got 1.5, expected a share from 0 to 1", high.getMessage());
    InvalidValueException extra =
        assertThrows(
            InvalidValueException.class,
            () ->
                RollUpPolicy.builder()
                    .kind(RollUpPolicy.Kind.WORST_STATUS)
                    .threshold(d("0.5"))
                    .build());
    assertEquals(
        "policy.threshold: got 0.5, expected no threshold for the WORST_STATUS policy",
        extra.getMessage());
    InvalidValueException negative =
        assertThrows(
            InvalidValueException.class, () -> RollUpPolicy.weightedMean(Map.of(ID, d("-1"))));
    assertEquals("weights[IND-1]: got -1, expected a weight at least 0", negative.getMessage());
    assertEquals(d("1"), RollUpPolicy.weightedMean(Map.of()).weight(ID));
    assertEquals(d("3"), RollUpPolicy.weightedMean(Map.of(ID, d("3"))).weight(ID));
  }

  @Test
  void policyEquality() {
    new EqualsTester()
        .addEqualityGroup(RollUpPolicy.worstStatus(), RollUpPolicy.worstStatus())
        .addEqualityGroup(RollUpPolicy.shareOnTrack(d("0.5")))
        .addEqualityGroup(RollUpPolicy.shareOnTrack(d("0.75")))
        .addEqualityGroup(RollUpPolicy.weightedMean(Map.of()))
        .addEqualityGroup(RollUpPolicy.weightedMean(Map.of(ID, d("2"))))
        .testEquals();
  }

  @Test
  void statusCountsKeepOnlyTheStatusesThatOccur() {
    StatusCounts c =
        StatusCounts.of(
            Map.of(ProgressStatus.BEHIND, 2, ProgressStatus.ACHIEVED, 1, ProgressStatus.NO_DATA, 0));
    assertEquals(3, c.total());
    assertEquals(0, c.count(ProgressStatus.NO_DATA));
    assertEquals(
        java.util.List.of(ProgressStatus.ACHIEVED, ProgressStatus.BEHIND),
        c.asMap().keySet().asList());
    assertEquals("none", StatusCounts.NONE.toString());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> StatusCounts.of(Map.of(ProgressStatus.BEHIND, -1)));
    assertEquals("counts[BEHIND]: got -1, expected a count at least 0", e.getMessage());
    new EqualsTester()
        .addEqualityGroup(c, StatusCounts.of(Map.of(ProgressStatus.ACHIEVED, 1, ProgressStatus.BEHIND, 2)))
        .addEqualityGroup(StatusCounts.NONE, StatusCounts.of(Map.of(ProgressStatus.BEHIND, 0)))
        .testEquals();
  }

  @Test
  void indicatorWeightsAreCanonicalAndDefaultToOne() {
    IndicatorWeights w = IndicatorWeights.of(Map.of(ID, d("2.50")));
    assertEquals(d("2.5"), w.weight(ID));
    assertEquals(d("1"), w.weight(IndicatorId.of("other")));
    assertEquals("IND-1=2.5", w.toString());
    new EqualsTester()
        .addEqualityGroup(w, IndicatorWeights.of(Map.of(ID, d("2.5"))))
        .addEqualityGroup(IndicatorWeights.EQUAL, IndicatorWeights.of(Map.of()))
        .testEquals();
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(IndicatorId.class, ID)
            .setDefault(DateRange.class, Y2008)
            .setDefault(org.rbm.core.indicators.Value.class, org.rbm.core.indicators.Value.of(1));
    tester.testAllPublicStaticMethods(PeriodAssessment.class);
    tester.testAllPublicStaticMethods(RollUpPolicy.class);
    tester.testAllPublicStaticMethods(PeriodTiming.class);
    tester.testAllPublicStaticMethods(StatusCounts.class);
    tester.testAllPublicStaticMethods(IndicatorWeights.class);
  }

  @Test
  void statusKinds() {
    assertTrue(ProgressStatus.NO_DATA.isJudgement());
    assertTrue(!ProgressStatus.NOT_YET_DUE.isJudgement());
    assertTrue(ProgressStatus.ON_TRACK.isOnTrackOrBetter());
    assertTrue(!ProgressStatus.BEHIND.isOnTrackOrBetter());
  }
}
