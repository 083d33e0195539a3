package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.IO2;
import static org.rbm.core.strategies.FundingSource.EXTRA_BUDGETARY;
import static org.rbm.core.strategies.FundingSource.RBSA;
import static org.rbm.core.strategies.FundingSource.REGULAR_BUDGET;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;

/** Expenditure for 2008 against the P&amp;B fragment of {@link ProgrammeAndBudgetTest}. */
class ExpenditureTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final DateRange FIRST_HALF_2009 =
      DateRange.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 6, 30));

  static Expenditure spent() {
    return Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2008-09"))
        .currency(USD)
        .reportedOn(LocalDate.of(2009, 7, 31))
        .addEntry(ExpenditureEntry.ofYear(IO1, REGULAR_BUDGET, 2008, Money.parse("USD 4200000")))
        .addEntry(ExpenditureEntry.ofYear(IO1, RBSA, 2008, Money.parse("USD 150000")))
        .addEntry(ExpenditureEntry.ofYear(IO1, EXTRA_BUDGETARY, 2008, Money.parse("USD 900000.25")))
        .addEntry(ExpenditureEntry.ofYear(IO2, REGULAR_BUDGET, 2008, Money.parse("USD 3300000")))
        .addEntry(
            ExpenditureEntry.of(IO2, REGULAR_BUDGET, FIRST_HALF_2009, Money.parse("USD 1400000")))
        .build();
  }

  @Test
  void totalsTheEntries() {
    // 4 200 000 + 150 000 + 900 000.25 + 3 300 000 + 1 400 000 = 9 950 000.25.
    assertEquals(Money.parse("USD 9950000.25"), spent().total());
    // RB: 4 200 000 + 3 300 000 + 1 400 000 = 8 900 000.
    assertEquals(
        Map.of(
            REGULAR_BUDGET, Money.parse("USD 8900000"),
            RBSA, Money.parse("USD 150000"),
            EXTRA_BUDGETARY, Money.parse("USD 900000.25")),
        spent().totalsBySource());
    // IO2a.1: 4 200 000 + 150 000 + 900 000.25; IO2a.2: 3 300 000 + 1 400 000.
    assertEquals(
        Map.of(IO1, Money.parse("USD 5250000.25"), IO2, Money.parse("USD 4700000")),
        spent().totalsByOutcome());
    assertEquals(Money.parse("USD 4700000"), spent().total(IO2, REGULAR_BUDGET));
    assertEquals(Money.zero(USD), spent().total(IO2, RBSA));
    assertEquals(Money.parse("USD 150000"), spent().total(RBSA));
  }

  @Test
  void totalsThePeriodsARangeEncloses() {
    // 2008 encloses the four yearly entries, not the half-year of 2009.
    assertEquals(Money.parse("USD 8550000.25"), spent().totalWithin(DateRange.ofYear(2008)));
    assertEquals(Money.parse("USD 1400000"), spent().totalWithin(DateRange.ofYear(2009)));
    assertEquals(
        Money.zero(USD),
        spent().totalWithin(DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 6, 30))));
  }

  @Test
  void refusesAmountsInAnotherCurrencyAndRepeats() {
    assertEquals(
        "entries[0].amount: got EUR 1, expected an amount in USD, the currency of the expenditure;"
            + " convert with an ExchangeRate",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spent().withEntries(
                            ExpenditureEntry.ofYear(IO1, RBSA, 2008, Money.parse("EUR 1"))))
            .getMessage());
    ExpenditureEntry e = ExpenditureEntry.ofYear(IO1, RBSA, 2008, Money.parse("USD 1"));
    assertEquals(
        "entries[1]: got \"IO2a.1 RBSA 2008-01-01/2008-12-31\", expected one entry per outcome,"
            + " funding source and period",
        assertThrows(InvalidValueException.class, () -> spent().withEntries(e, e)).getMessage());
    assertEquals(
        "amount: got USD -1, expected an amount not below zero",
        assertThrows(
                InvalidValueException.class,
                () -> ExpenditureEntry.ofYear(IO1, RBSA, 2008, Money.parse("USD -1")))
            .getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(spent(), spent())
        .addEqualityGroup(spent().withEntries())
        .addEqualityGroup(spent().withReportedOn(LocalDate.of(2009, 8, 1)))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    CycleFixtures.nullTester().testAllPublicStaticMethods(Expenditure.class);
    CycleFixtures.nullTester().testAllPublicInstanceMethods(spent());
    CycleFixtures.nullTester().testAllPublicStaticMethods(ExpenditureEntry.class);
  }
}
