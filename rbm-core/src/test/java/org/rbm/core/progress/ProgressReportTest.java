package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.internal.ProgressValues;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class ProgressReportTest {
  private static final LocalDate AS_OF = date("2009-01-01");

  /** IND-1, people trained: 2008 target {@code target}, actual 38. */
  private static ResultsFramework version(String target) {
    return Fixtures.framework(
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .title("People trained")
            .unit("people")
            .addPeriod(year(2008, n(target), n("38")))
            .build());
  }

  @Test
  void holdsTheExactFrameworkWithItsDateAndSettings() {
    ResultsFramework f = version("40");
    ProgressReport report = ProgressCalculator.of(PERCENT).report(f, AS_OF);
    assertSame(f, report.framework());
    assertEquals(AS_OF, report.asOf());
    assertSame(PERCENT, report.settings());
  }

  @Test
  void eachIndicatorsProgressGivesItsIndicator() {
    ProgressReport report = ProgressCalculator.of(PERCENT).report(version("40"), AS_OF);
    IndicatorProgress p = report.indicator(IndicatorId.of("IND-1")).orElseThrow();
    Indicator indicator = p.indicator();
    assertEquals("People trained", indicator.title());
    assertEquals("people", indicator.unit().orElseThrow());
    assertEquals(IndicatorId.of("IND-1"), p.id());
  }

  @Test
  void rollUpAndTableComeFromTheReportsOwnFramework() {
    // 38 of 40 is 95%: on track. The newer version's target of 50 (76%, behind) is not consulted.
    ProgressReport older = ProgressCalculator.of(PERCENT).report(version("40"), AS_OF);
    assertEquals(
        ProgressStatus.ON_TRACK,
        older.rollUp(RollUpPolicy.worstStatus()).result(ResultId.of("R1")).orElseThrow().status());
    assertEquals(
        ProgressStatus.ON_TRACK, older.table().groups().get(0).rows().get(0).plan().status());
  }

  @Test
  void refusesProgressOfAnOlderVersionOfTheSameFramework() {
    // Same framework id, same indicator id; only the 2008 target changed from 40 to 50.
    ResultsFramework older = version("40");
    ResultsFramework newer = version("50");
    ProgressReport olderReport = ProgressCalculator.of(PERCENT).report(older, AS_OF);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                ProgressValues.get()
                    .report(newer, AS_OF, PERCENT, olderReport.indicators()));
    assertEquals(
        "indicators[0].indicator: got IND-1, expected the progress of indicator IND-1 as"
            + " framework FW has it, not of another version of it",
        e.getMessage());
  }

  @Test
  void refusesAReportThatLacksAnIndicator() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> ProgressValues.get().report(version("40"), AS_OF, PERCENT, List.of()));
    assertEquals(
        "indicators: got \"0 indicators\", expected the progress of each of the framework's 1"
            + " indicators",
        e.getMessage());
  }

  @Test
  void computedValuesHaveNoPublicBuildersCopiesOrConstructors() {
    List<String> found = new ArrayList<>();
    for (Class<?> type :
        List.of(
            ProgressReport.class,
            IndicatorProgress.class,
            PeriodProgress.class,
            PlanProgress.class,
            RollUp.class,
            ResultRollUp.class,
            PerformanceTable.class,
            PerformanceGroup.class,
            PerformanceRow.class)) {
      for (Method m : type.getMethods()) {
        boolean copy = m.getName().startsWith("with") || m.getName().equals("copyOf");
        if (m.getName().equals("builder") || m.getName().equals("of") || copy) {
          found.add(type.getSimpleName() + "." + m.getName());
        }
      }
      for (Class<?> nested : type.getClasses()) {
        found.add(type.getSimpleName() + "." + nested.getSimpleName());
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          found.add(type.getSimpleName() + "()");
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theInternalRouteIsRegisteredOnce() {
    ProgressValues values = ProgressValues.get();
    assertSame(values, ProgressValues.get());
    assertThrows(IllegalStateException.class, () -> ProgressValues.register(values));
    assertTrue(values.getClass().getName().startsWith("org.rbm.core.progress."));
  }
}
