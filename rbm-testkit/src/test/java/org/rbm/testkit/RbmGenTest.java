package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class RbmGenTest {

  /** Gen's own default methods (map, zip, ...) are QuickTheories', lazy about nulls. */
  private static NullPointerTester testerIgnoringQuickTheoriesDefaults() {
    NullPointerTester tester = tester();
    for (Method m : Gen.class.getMethods()) {
      tester.ignore(m);
    }
    return tester;
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ResultId.class, ResultId.of("SO1"))
        .setDefault(IndicatorId.class, IndicatorId.of("IND-1"))
        .setDefault(ResultsFramework.class, RbmGen.frameworks().sample(1))
        .setDefault(PlanningPeriod.class, PlanningPeriod.parse("2008-09"))
        .setDefault(DateRange.class, DateRange.ofYear(2008))
        .setDefault(LevelScheme.class, LevelScheme.ILO)
        .setDefault(PlanningPeriodGen.class, RbmGen.planningPeriods());
  }

  @Test
  void rejectsNullArguments() {
    tester().testAllPublicStaticMethods(RbmGen.class);
    tester().testAllPublicStaticMethods(FrameworkEdits.class);
    tester().testAllPublicStaticMethods(FrameworkMutation.class);
    tester().testAllPublicStaticMethods(SeededGen.class);
    NullPointerTester tester = testerIgnoringQuickTheoriesDefaults();
    tester.testAllPublicInstanceMethods(RbmGen.frameworks());
    tester.testAllPublicInstanceMethods(RbmGen.indicators());
    tester.testAllPublicInstanceMethods(RbmGen.planningPeriods());
    tester.testAllPublicInstanceMethods(RbmGen.dateRanges());
  }

  @Test
  void rejectsEmptyOrOutOfBoundsSizes() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().resultsPerLevel(3, 2));
    assertEquals(
        "resultsPerLevel: got \"3..2\", expected a range min..max with 1 <= min <= max <= "
            + Integer.MAX_VALUE,
        e.getMessage());
    assertEquals(
        "levelsUsed: got \"0..9\", expected a range min..max with 0 <= min <= max <= 8",
        assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().levelsUsed(0, 9))
            .getMessage());
    assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().resultsPerLevel(0, 2));
    assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().indicatorsPerResult(-1, 2));
    assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().periodsPerIndicator(0, 367));
    assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().contributions(2, 1));
    assertThrows(InvalidValueException.class, () -> RbmGen.frameworks().unavailableBaselines(101));
    assertThrows(InvalidValueException.class, () -> RbmGen.indicators().measures());
    assertThrows(InvalidValueException.class, () -> RbmGen.dateRanges().maxLengthInDays(0));
    assertThrows(
        InvalidValueException.class, () -> RbmGen.planningPeriods().firstYearsBetween(999, 2000));
    assertThrows(
        InvalidValueException.class, () -> RbmGen.planningPeriods().lengthsBetween(0, 2));
  }

  @Test
  void reportingPeriodsCutABienniumIntoYearsHalfYearsOrQuarters() {
    PlanningPeriod pb = PlanningPeriod.parse("2008-09");
    assertEquals(List.of(pb.toDateRange()), RbmGen.reportingPeriods(pb, 1));
    assertEquals(List.of(DateRange.ofYear(2008), DateRange.ofYear(2009)),
        RbmGen.reportingPeriods(pb, 2));
    assertEquals(
        DateRange.of(LocalDate.of(2008, 7, 1), LocalDate.of(2008, 12, 31)),
        RbmGen.reportingPeriods(pb, 4).get(1));
    assertEquals(
        DateRange.of(LocalDate.of(2009, 10, 1), LocalDate.of(2009, 12, 31)),
        RbmGen.reportingPeriods(pb, 8).get(7));
  }

  @Test
  void reportingPeriodsThatDoNotDivideTheMonthsAreNearlyEqualRunsOfDays() {
    // 2008-09 has 731 days; 5 periods start on days 0, 146, 292, 438, 584 (731 * j / 5, rounded
    // down): day 146 is 25 May 2008 + 1, day 584 is 7 August 2009 (2008 has 366 days).
    List<DateRange> five = RbmGen.reportingPeriods(PlanningPeriod.parse("2008-09"), 5);
    assertEquals(DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 5, 25)), five.get(0));
    assertEquals(DateRange.of(LocalDate.of(2009, 8, 7), LocalDate.of(2009, 12, 31)), five.get(4));
  }

  @Test
  void rejectsMoreReportingPeriodsThanDays() {
    assertEquals(
        "count: got \"366..366\", expected a range min..max with 1 <= min <= max <= 365",
        assertThrows(
                InvalidValueException.class,
                () -> RbmGen.reportingPeriods(PlanningPeriod.of(2009, 2009), 366))
            .getMessage());
  }
}
