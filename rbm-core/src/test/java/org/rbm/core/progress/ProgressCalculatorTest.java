package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.RELATIVE;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.onePeriod;
import static org.rbm.core.progress.Fixtures.year;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** The documented behaviour of edge cases: equal target and baseline, missing values, timing. */
class ProgressCalculatorTest {
  private static final DateRange Y2008 = DateRange.ofYear(2008);

  @Test
  void targetEqualToBaselineGivesRatioZeroAndComparesDirectly() {
    PeriodProgress met = onePeriod(RELATIVE, Direction.INCREASE, "50", "50", "50");
    assertEquals(Optional.of(BigDecimal.ZERO), met.ratio());
    assertEquals(Optional.empty(), met.score());
    assertEquals(ProgressStatus.ACHIEVED, met.status());
    assertEquals(
        ProgressStatus.BEHIND, onePeriod(RELATIVE, Direction.INCREASE, "50", "50", "49").status());
    assertEquals(
        ProgressStatus.ACHIEVED, onePeriod(RELATIVE, Direction.DECREASE, "50", "50", "49").status());
  }

  @Test
  void targetZeroByPercentOfTargetComparesDirectly() {
    PeriodProgress zero = onePeriod(PERCENT, Direction.DECREASE, null, "0", "0");
    assertEquals(Optional.empty(), zero.ratio());
    assertEquals(ProgressStatus.ACHIEVED, zero.status());
    assertEquals(
        ProgressStatus.BEHIND, onePeriod(PERCENT, Direction.DECREASE, null, "0", "3").status());
  }

  @Test
  void withoutBaselineTheRelativeMethodAssessesNothingAndPercentOfTargetStillWorks() {
    PeriodProgress relative = onePeriod(RELATIVE, Direction.INCREASE, null, "40", "38");
    assertEquals(Optional.empty(), relative.ratio());
    assertEquals(ProgressStatus.NOT_ASSESSED, relative.status());
    PeriodProgress percent = onePeriod(PERCENT, Direction.INCREASE, null, "40", "38");
    assertEquals(Optional.of(d("0.95")), percent.ratio());
    assertEquals(ProgressStatus.ON_TRACK, percent.status());
  }

  @Test
  void aBaselineNotAvailableIsNoBaseline() {
    Indicator i =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .baseline(Baseline.notAvailable("No survey before 2008"))
            .addPeriod(year(2008, n("40"), n("38")))
            .build();
    assertEquals(
        ProgressStatus.NOT_ASSESSED,
        ProgressCalculator.of(RELATIVE).indicator(i, date("2009-01-01")).status());
  }

  @Test
  void aCompletedPeriodWithoutActualHasNoDataAndNoRatio() {
    for (ProgressSettings s : List.of(PERCENT, RELATIVE)) {
      PeriodProgress p = onePeriod(s, Direction.INCREASE, "10", "40", null);
      assertEquals(ProgressStatus.NO_DATA, p.status());
      assertEquals(Optional.empty(), p.ratio());
    }
  }

  @Test
  void periodsNotEndedAreNotYetDueEvenWithAnActual() {
    Indicator i =
        Fixtures.count(Direction.INCREASE, "10", year(2008, n("40"), n("12")), year(2009, n("50"), null));
    IndicatorProgress p = ProgressCalculator.of(PERCENT).indicator(i, date("2008-12-31"));
    PeriodProgress running = p.periods().get(0);
    assertEquals(PeriodTiming.RUNNING, running.timing());
    assertEquals(ProgressStatus.NOT_YET_DUE, running.status());
    // The ratio so far is still shown: 12/40.
    assertEquals(Optional.of(d("0.3")), running.ratio());
    assertEquals(PeriodTiming.NOT_STARTED, p.periods().get(1).timing());
    assertEquals(ProgressStatus.NOT_YET_DUE, p.periods().get(1).status());
    // The day after its last day, the period is completed.
    PeriodProgress completed =
        ProgressCalculator.of(PERCENT).indicator(i, date("2009-01-01")).periods().get(0);
    assertEquals(PeriodTiming.COMPLETED, completed.timing());
    assertEquals(ProgressStatus.BEHIND, completed.status());
  }

  @Test
  void runningFlowIsJudgedAgainstALineFromZeroAtItsStart() {
    ProgressCalculator calc = ProgressCalculator.of(PERCENT.withExpectedTrajectory(true));
    // 2009 has 365 days; on 1 July 181 have passed: 365 × 181/365 = 181 expected.
    String[][] cases = {
      {"160", "ON_TRACK"}, // 160/181 = 0.884
      {"150", "BEHIND"}, // 0.829
      {"190", "ON_TRACK"}, // 1.050: above the line, but a running period is not achieved
      {"250", "AHEAD_OF_TARGET"} // 1.381
    };
    for (String[] c : cases) {
      Indicator i = Fixtures.count(Direction.INCREASE, null, year(2009, n("365"), n(c[0])));
      PeriodProgress p = calc.indicator(i, date("2009-07-01")).periods().get(0);
      assertEquals(Optional.of(d("181")), p.expected());
      assertEquals(ProgressStatus.valueOf(c[1]), p.status(), c[0]);
      assertEquals(ProgressStatus.valueOf(c[1]), calc.indicator(i, date("2009-07-01")).status());
    }
  }

  @Test
  void runningLevelIsJudgedAgainstALineFromItsDatedBaseline() {
    // Baseline 20 on 2009-01-01, target 100 due after 2009-04-10: 100 days. On 2009-02-20, 50 days
    // have passed: 20 + 80 × 50/100 = 60 expected.
    Indicator i =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .cumulative(true)
            .baseline(Baseline.of(n("20"), date("2009-01-01")))
            .addPeriod(
                Fixtures.period(DateRange.of(date("2009-01-01"), date("2009-04-10")), n("100"), n("55")))
            .build();
    PeriodProgress relative =
        ProgressCalculator.of(RELATIVE.withExpectedTrajectory(true))
            .indicator(i, date("2009-02-20"))
            .periods()
            .get(0);
    assertEquals(Optional.of(d("60")), relative.expected());
    // (55 - 20) / (60 - 20) = 0.875.
    assertEquals(Optional.of(d("0.875")), relative.score());
    assertEquals(ProgressStatus.ON_TRACK, relative.status());
    // Against the whole target, the ratio is (55 - 20) / (100 - 20) = 0.4375.
    assertEquals(Optional.of(d("0.4375")), relative.ratio());
  }

  @Test
  void aTrajectoryReachesTheLastDayThatJavaTimeKnows() {
    // The target of a period ending on LocalDate.MAX is due on a day that does not exist; the line
    // still runs over its 365 days (999999999 is not a leap year). A flow of 365 starts at 0 on
    // 1 January; on 2 July 182 days have passed (31 + 28 + 31 + 30 + 31 + 30 + 1): 182 expected.
    DateRange last =
        DateRange.of(java.time.LocalDate.of(999_999_999, 1, 1), java.time.LocalDate.MAX);
    Indicator i =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .addPeriod(Fixtures.period(last, n("365"), n("182")))
            .build();
    PeriodProgress p =
        ProgressCalculator.of(PERCENT.withExpectedTrajectory(true))
            .indicator(i, java.time.LocalDate.of(999_999_999, 7, 2))
            .periods()
            .get(0);
    assertEquals(PeriodTiming.RUNNING, p.timing());
    assertEquals(Optional.of(d("182")), p.expected());
    assertEquals(Optional.of(BigDecimal.ONE), p.score());
    assertEquals(ProgressStatus.ON_TRACK, p.status());
  }

  @Test
  void aLevelWithoutBaselineHasNoTrajectory() {
    Indicator i =
        Fixtures.indicator("IND-1", Measure.PERCENTAGE, Direction.INCREASE)
            .addPeriod(year(2009, n("50"), n("10")))
            .build();
    PeriodProgress p =
        ProgressCalculator.of(PERCENT.withExpectedTrajectory(true))
            .indicator(i, date("2009-07-01"))
            .periods()
            .get(0);
    assertEquals(ProgressStatus.NOT_YET_DUE, p.status());
    assertEquals(Optional.empty(), p.expected());
  }

  @Test
  void onlyTheTotalCountsNotBreakdowns() {
    Indicator i =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .addDisaggregationDimension("sex")
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2008)
                    .addTarget(DataPoint.of(n("100")))
                    .addActual(
                        DataPoint.builder()
                            .value(n("90"))
                            .disaggregation(Disaggregation.of("sex", "female"))
                            .build())
                    .build())
            .build();
    assertEquals(
        ProgressStatus.NO_DATA,
        ProgressCalculator.of(PERCENT).indicator(i, date("2009-01-01")).status());
  }

  @Test
  void directionNotApplicableGivesARatioButNoJudgement() {
    PeriodProgress p = onePeriod(PERCENT, Direction.NOT_APPLICABLE, null, "40", "30");
    assertEquals(Optional.of(d("0.75")), p.ratio());
    assertEquals(ProgressStatus.NOT_ASSESSED, p.status());
  }

  @Test
  void aPeriodWithoutTargetIsNotAssessed() {
    assertEquals(
        ProgressStatus.NOT_ASSESSED,
        onePeriod(PERCENT, Direction.INCREASE, null, null, "30").status());
  }

  @Test
  void periodsComeOutInDateOrderWhateverOrderTheyWereGiven() {
    Indicator i =
        Fixtures.count(Direction.INCREASE, null, year(2009, n("20"), n("20")), year(2008, n("10"), n("5")));
    IndicatorProgress p = ProgressCalculator.of(PERCENT).indicator(i, date("2010-01-01"));
    assertEquals(DateRange.ofYear(2008), p.periods().get(0).period());
    assertEquals(DateRange.ofYear(2009), p.periods().get(1).period());
    assertEquals(Optional.of(p.periods().get(1)), p.period(DateRange.ofYear(2009)));
  }

  @Test
  void rejectsAPeriodGivenTwice() {
    Indicator i =
        Fixtures.count(
            Direction.INCREASE,
            null,
            year(2009, n("20"), n("20")),
            year(2008, n("10"), n("5")),
            year(2009, n("30"), null));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressCalculator.of(PERCENT).indicator(i, date("2010-01-01")));
    assertEquals(
        "indicator IND-1.periods[2].period: got 2009-01-01/2009-12-31, expected a period not given"
            + " before for the indicator (progress needs one value per period)",
        e.getMessage());
  }

  @Test
  void rejectsAPeriodRepeatedRightAfterItself() {
    // In order but for the repeat: the calculator's own message, not a later check's.
    Indicator i =
        Fixtures.count(
            Direction.INCREASE,
            null,
            year(2008, n("10"), n("5")),
            year(2009, n("20"), n("20")),
            year(2009, n("30"), null));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressCalculator.of(PERCENT).indicator(i, date("2010-01-01")));
    assertEquals(
        "indicator IND-1.periods[2].period: got 2009-01-01/2009-12-31, expected a period not given"
            + " before for the indicator (progress needs one value per period)",
        e.getMessage());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Indicator.class, Fixtures.count(Direction.INCREASE, null))
        .setDefault(java.time.LocalDate.class, date("2009-01-01"))
        .setDefault(org.rbm.core.results.ResultsFramework.class, Fixtures.framework())
        .testAllPublicInstanceMethods(ProgressCalculator.of(PERCENT));
    new NullPointerTester().testAllPublicStaticMethods(ProgressCalculator.class);
  }

  /** A qualitative indicator of 2008 and its assessments. */
  private static Indicator policy() {
    return Fixtures.indicator("IND-Q", Measure.QUALITATIVE, Direction.NOT_APPLICABLE)
        .addPeriod(year(2008, Value.text("Policy adopted"), Value.text("Draft before Council")))
        .build();
  }

  @Test
  void qualitativeIndicatorsTakeTheirStatusFromAnExplicitAssessment() {
    ProgressCalculator calc = ProgressCalculator.of(PERCENT);
    IndicatorId id = IndicatorId.of("IND-Q");
    String[][] cases = {
      {"ACHIEVED", "ACHIEVED"}, {"PARTLY_ACHIEVED", "BEHIND"}, {"NOT_ACHIEVED", "BEHIND"}
    };
    for (String[] c : cases) {
      PeriodAssessment a = PeriodAssessment.of(id, Y2008, AssessmentGrade.valueOf(c[0]));
      PeriodProgress p = calc.indicator(policy(), date("2009-01-01"), List.of(a)).periods().get(0);
      assertEquals(ProgressStatus.valueOf(c[1]), p.status(), c[0]);
      assertEquals(Optional.of(a), p.assessment());
      assertEquals(Optional.empty(), p.ratio());
    }
    assertEquals(
        ProgressStatus.NOT_ASSESSED, calc.indicator(policy(), date("2009-01-01")).status());
    PeriodAssessment partly = PeriodAssessment.of(id, Y2008, AssessmentGrade.PARTLY_ACHIEVED);
    assertEquals(
        ProgressStatus.NOT_YET_DUE,
        calc.indicator(policy(), date("2008-06-30"), List.of(partly)).status());
    assertEquals(
        ProgressStatus.ON_TRACK,
        ProgressCalculator.of(PERCENT.withExpectedTrajectory(true))
            .indicator(policy(), date("2008-06-30"), List.of(partly))
            .status());
  }

  @Test
  void ordinalIndicatorsCompareTheLevelReachedWithTheTargetLevel() {
    Indicator scale =
        Fixtures.indicator("IND-O", Measure.ORDINAL, Direction.INCREASE)
            .addPeriod(year(2008, n("3"), n("2")))
            .build();
    ProgressCalculator calc = ProgressCalculator.of(PERCENT);
    PeriodProgress fromActual = calc.indicator(scale, date("2009-01-01")).periods().get(0);
    assertEquals(ProgressStatus.BEHIND, fromActual.status());
    assertEquals(Optional.empty(), fromActual.ratio());
    IndicatorId id = IndicatorId.of("IND-O");
    assertEquals(
        ProgressStatus.ACHIEVED,
        calc.indicator(scale, date("2009-01-01"), List.of(PeriodAssessment.ofLevel(id, Y2008, d("3"))))
            .status());
    assertEquals(
        ProgressStatus.AHEAD_OF_TARGET,
        calc.indicator(scale, date("2009-01-01"), List.of(PeriodAssessment.ofLevel(id, Y2008, d("4"))))
            .status());
  }

  @Test
  void nominalIndicatorsAreNotAssessedWithoutAGrade() {
    Indicator nominal =
        Fixtures.indicator("IND-N", Measure.NOMINAL, Direction.NOT_APPLICABLE)
            .addPeriod(year(2008, n("2"), n("2")))
            .build();
    assertEquals(
        ProgressStatus.NOT_ASSESSED,
        ProgressCalculator.of(PERCENT).indicator(nominal, date("2009-01-01")).status());
  }

  @Test
  void rejectsAssessmentsThatDoNotFit() {
    ProgressCalculator calc = ProgressCalculator.of(PERCENT);
    java.time.LocalDate asOf = date("2009-01-01");
    IndicatorId q = IndicatorId.of("IND-Q");
    InvalidValueException other =
        assertThrows(
            InvalidValueException.class,
            () ->
                calc.indicator(
                    policy(),
                    asOf,
                    List.of(PeriodAssessment.of(IndicatorId.of("IND-X"), Y2008, AssessmentGrade.ACHIEVED))));
    assertEquals(
        "assessments[0].indicator: got IND-X, expected an indicator of the framework being assessed",
        other.getMessage());
    InvalidValueException period =
        assertThrows(
            InvalidValueException.class,
            () ->
                calc.indicator(
                    policy(),
                    asOf,
                    List.of(PeriodAssessment.of(q, DateRange.ofYear(2009), AssessmentGrade.ACHIEVED))));
    assertEquals(
        "assessments[0].period: got 2009-01-01/2009-12-31, expected a reporting period of indicator"
            + " IND-Q",
        period.getMessage());
    InvalidValueException level =
        assertThrows(
            InvalidValueException.class,
            () -> calc.indicator(policy(), asOf, List.of(PeriodAssessment.ofLevel(q, Y2008, d("2")))));
    assertEquals(
        "assessments[0].levelReached: got 2, expected no level for a QUALITATIVE indicator (levels"
            + " are for ordinal ones)",
        level.getMessage());
    Indicator count = Fixtures.count(Direction.INCREASE, null, year(2008, n("1"), n("1")));
    InvalidValueException grade =
        assertThrows(
            InvalidValueException.class,
            () ->
                calc.indicator(
                    count,
                    asOf,
                    List.of(PeriodAssessment.of(IndicatorId.of("IND-1"), Y2008, AssessmentGrade.ACHIEVED))));
    assertEquals(
        "assessments[0].grade: got ACHIEVED, expected no grade for a COUNT indicator (grades are for"
            + " qualitative and nominal ones)",
        grade.getMessage());
    PeriodAssessment a = PeriodAssessment.of(q, Y2008, AssessmentGrade.ACHIEVED);
    InvalidValueException twice =
        assertThrows(
            InvalidValueException.class,
            () -> calc.indicator(policy(), asOf, List.of(a, a.withComment("again"))));
    assertEquals(
        "assessments[1].period: got 2008-01-01/2008-12-31, expected one assessment per period of"
            + " indicator IND-Q",
        twice.getMessage());
  }
}
