package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.PlanningPeriod;

class CycleCalendarTest {
  private static final PlanningPeriod SPF = PlanningPeriod.parse("2010-15");

  private static String line(DueDocument d) {
    return d.due() + " " + d.kind() + " " + d.covers();
  }

  @Test
  void theIloCycleHasThreeBienniumsPerSpfAndNoMidTermReport() {
    assertEquals(
        List.of(
            PlanningPeriod.parse("2010-11"),
            PlanningPeriod.parse("2012-13"),
            PlanningPeriod.parse("2014-15")),
        CycleCalendar.ilo().budgetPeriods(SPF));
    // The SPF 2010-15 goes to the Governing Body in November 2008 (paragraph 79(b)); each P&B's
    // proposals in March of the year before its biennium; each implementation report in March
    // after it.
    assertEquals(
        List.of(
            "2008-11 STRATEGIC_POLICY_FRAMEWORK 2010-15",
            "2009-03 PROGRAMME_AND_BUDGET_PROPOSALS 2010-11",
            "2011-03 PROGRAMME_AND_BUDGET_PROPOSALS 2012-13",
            "2012-03 IMPLEMENTATION_REPORT 2010-11",
            "2013-03 PROGRAMME_AND_BUDGET_PROPOSALS 2014-15",
            "2014-03 IMPLEMENTATION_REPORT 2012-13",
            "2016-03 IMPLEMENTATION_REPORT 2014-15"),
        CycleCalendar.ilo().schedule(SPF).stream().map(CycleCalendarTest::line).toList());
    assertEquals(
        CycleCalendar.ilo().schedule(SPF), CycleCalendar.ilo().schedule(CycleFixtures.spf()));
  }

  @Test
  void aCalendarMayKeepTheMidTermReport() {
    CycleCalendar old =
        CycleCalendar.builder()
            .from(CycleCalendar.ilo())
            .midTermReport(DueRule.of(0, Month.NOVEMBER))
            .build();
    List<DueDocument> due = old.schedule(PlanningPeriod.parse("2006-09"));
    assertEquals(
        List.of(
            "2004-11 STRATEGIC_POLICY_FRAMEWORK 2006-09",
            "2005-03 PROGRAMME_AND_BUDGET_PROPOSALS 2006-07",
            "2006-11 MID_TERM_REPORT 2006-07",
            "2007-03 PROGRAMME_AND_BUDGET_PROPOSALS 2008-09",
            "2008-03 IMPLEMENTATION_REPORT 2006-07",
            "2008-11 MID_TERM_REPORT 2008-09",
            "2010-03 IMPLEMENTATION_REPORT 2008-09"),
        due.stream().map(CycleCalendarTest::line).toList());
    assertEquals("IMPLEMENTATION_REPORT 2008-09 due 2010-03", due.get(6).toString());
  }

  @Test
  void refusesAnSpfThatIsNotWholeBienniums() {
    assertEquals(
        "spf: got 2010-14, expected a period of whole budget periods of 2 years",
        assertThrows(
                InvalidValueException.class,
                () -> CycleCalendar.ilo().schedule(PlanningPeriod.parse("2010-14")))
            .getMessage());
  }

  @Test
  void budgetPeriodsMayHaveAnotherLength() {
    CycleCalendar annual = CycleCalendar.builder().from(CycleCalendar.ilo()).budgetPeriodYears(1).build();
    assertEquals(6, annual.budgetPeriods(SPF).size());
    assertEquals(
        "budgetPeriodYears: got 0, expected 1 to 6 years",
        assertThrows(InvalidValueException.class, () -> annual.withBudgetPeriodYears(0))
            .getMessage());
  }

  @Test
  void dueRulesCountYearsFromTheAnchor() {
    assertEquals(YearMonth.of(2008, 11), DueRule.of(-2, Month.NOVEMBER).dueFor(2010));
    assertEquals("NOVEMBER of year -2", DueRule.of(-2, Month.NOVEMBER).toString());
    assertEquals("MARCH of year +1", DueRule.of(1, Month.MARCH).toString());
    assertEquals(
        "yearOffset: got 11, expected from -10 to 10 years",
        assertThrows(InvalidValueException.class, () -> DueRule.of(11, Month.MARCH))
            .getMessage());
  }

  @Test
  void equalsByAllRules() {
    new EqualsTester()
        .addEqualityGroup(CycleCalendar.ilo(), CycleCalendar.ilo())
        .addEqualityGroup(CycleCalendar.ilo().withMidTermReport(DueRule.of(0, Month.NOVEMBER)))
        .addEqualityGroup(CycleCalendar.ilo().withImplementationReport(DueRule.of(1, Month.JUNE)))
        .testEquals();
    assertEquals(Optional.empty(), CycleCalendar.ilo().midTermReport());
  }

  @Test
  void rejectsNullArguments() {
    CycleFixtures.nullTester().testAllPublicStaticMethods(CycleCalendar.class);
    CycleFixtures.nullTester().testAllPublicInstanceMethods(CycleCalendar.ilo());
    CycleFixtures.nullTester().testAllPublicStaticMethods(DueRule.class);
  }
}
