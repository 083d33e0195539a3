package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Month;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/** The cycle's settings at both ends of their ranges: the last value taken, the next refused. */
class CycleSettingsEdgesTest {
  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  @Test
  void aBudgetPeriodIsOneToSixYears() {
    CycleCalendar ilo = CycleCalendar.ilo();
    assertEquals(1, ilo.withBudgetPeriodYears(1).budgetPeriodYears());
    assertEquals(6, ilo.withBudgetPeriodYears(6).budgetPeriodYears());
    assertEquals("budgetPeriodYears: got 0, expected 1 to 6 years",
        refusal(() -> ilo.withBudgetPeriodYears(0)));
    assertEquals("budgetPeriodYears: got 7, expected 1 to 6 years",
        refusal(() -> ilo.withBudgetPeriodYears(7)));
  }

  @Test
  void percentagesAreTakenAtTheirBoundsAndRefusedBeyond() {
    CycleRuleSettings d = CycleRuleSettings.defaults();
    assertEquals(BigDecimal.ZERO, d.withUnderspendingPercent(BigDecimal.ZERO)
        .underspendingPercent());
    assertEquals(new BigDecimal("100"), d.withUnderspendingPercent(new BigDecimal("100"))
        .underspendingPercent());
    assertEquals("underspendingPercent: got 100.5, expected a percentage from 0 to 100",
        refusal(() -> d.withUnderspendingPercent(new BigDecimal("100.5"))));
    assertEquals("underspendingPercent: got -0.5, expected a percentage from 0 to 100",
        refusal(() -> d.withUnderspendingPercent(new BigDecimal("-0.5"))));
    assertEquals("overspendingPercent: got 99.9, expected a percentage from 100 up",
        refusal(() -> d.withOverspendingPercent(new BigDecimal("99.9"))));
    assertEquals(new BigDecimal("100"), d.withOverspendingPercent(new BigDecimal("100"))
        .overspendingPercent());
  }

  @Test
  void aDueRulesOffsetIsBoundedAndSignedInItsText() {
    assertEquals("MARCH of year +0", DueRule.of(0, Month.MARCH).toString());
    assertEquals("MARCH of year -1", DueRule.of(-1, Month.MARCH).toString());
    assertEquals("JUNE of year +10", DueRule.of(10, Month.JUNE).toString());
    assertEquals("yearOffset: got -11, expected from -10 to 10 years",
        refusal(() -> DueRule.of(-11, Month.JUNE)));
  }
}
