package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.ReportingCalendar;

class PerformanceTableOptionsTest {
  private static final PerformanceTableOptions DEFAULTS = PerformanceTableOptions.defaults();

  @Test
  void defaultsAreTheMostCommonFrequencyInCalendarYearsWithoutWindow() {
    assertEquals(Optional.empty(), DEFAULTS.frequency());
    assertEquals(ReportingCalendar.CALENDAR_YEAR, DEFAULTS.calendar());
    assertEquals(Optional.empty(), DEFAULTS.window());
    assertFalse(DEFAULTS.planTotalsOnly());
  }

  @Test
  void eachCopyChangesOneOptionAndLeavesTheOriginal() {
    PerformanceTableOptions yearly = DEFAULTS.withFrequency(PeriodUnit.YEAR);
    assertEquals(Optional.of(PeriodUnit.YEAR), yearly.frequency());
    assertEquals(Optional.empty(), DEFAULTS.frequency());
    assertEquals(DEFAULTS, yearly.withMostCommonFrequency());
    PerformanceTableOptions windowed = yearly.withWindow(DateRange.ofYear(2024));
    assertEquals(Optional.of(DateRange.ofYear(2024)), windowed.window());
    assertEquals(Optional.of(PeriodUnit.YEAR), windowed.frequency());
    assertEquals(yearly, windowed.withoutWindow());
    assertTrue(windowed.withPlanTotalsOnly(true).planTotalsOnly());
    assertEquals(
        ReportingCalendar.startingIn(Month.JULY),
        windowed.withCalendar(ReportingCalendar.startingIn(Month.JULY)).calendar());
    assertEquals(
        "PerformanceTableOptions{frequency=YEAR, calendar=fiscal years starting in JANUARY,"
            + " window=2024, planTotalsOnly=false}",
        windowed.toString());
  }

  @Test
  void equalOptionsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(DEFAULTS, DEFAULTS.withFrequency(PeriodUnit.MONTH).withMostCommonFrequency())
        .addEqualityGroup(DEFAULTS.withFrequency(PeriodUnit.YEAR))
        .addEqualityGroup(DEFAULTS.withCalendar(ReportingCalendar.startingIn(Month.APRIL)))
        .addEqualityGroup(DEFAULTS.withWindow(DateRange.ofQuarter(2024, 1)))
        .addEqualityGroup(DEFAULTS.withPlanTotalsOnly(true))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(DateRange.class, DateRange.ofYear(2024))
        .setDefault(ReportingCalendar.class, ReportingCalendar.CALENDAR_YEAR)
        .testAllPublicInstanceMethods(DEFAULTS);
  }
}
