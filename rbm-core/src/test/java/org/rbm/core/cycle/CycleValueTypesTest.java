package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.KNOWLEDGE;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.strategies.StrategyId;

/** The small values of the cycle: strategies, DWCP priorities, due documents. */
class CycleValueTypesTest {

  private static HighLevelStrategy knowledge() {
    return HighLevelStrategy.builder().id(KNOWLEDGE).title("Knowledge strategy").build();
  }

  private static DwcpPriority youth() {
    return DwcpPriority.builder()
        .country("Indonesia")
        .priority("Youth employment")
        .addOutcome(IO1)
        .build();
  }

  @Test
  void aHighLevelStrategyHasATitleAndMaybeAText() {
    assertEquals(Optional.empty(), knowledge().text());
    assertEquals(
        "title: got \" \", expected a title that is not blank",
        assertThrows(InvalidValueException.class, () -> knowledge().withTitle(" ")).getMessage());
    assertEquals(
        "text: got \"\", expected a text that is not blank",
        assertThrows(InvalidValueException.class, () -> knowledge().withText("")).getMessage());
    new EqualsTester()
        .addEqualityGroup(knowledge(), knowledge())
        .addEqualityGroup(knowledge().withId(StrategyId.of("HR")))
        .addEqualityGroup(knowledge().withText("Sharing"))
        .testEquals();
  }

  @Test
  void aDwcpPriorityNamesACountryAPriorityAndOutcomes() {
    assertEquals(
        "country: got \"\", expected a country that is not blank",
        assertThrows(InvalidValueException.class, () -> youth().withCountry("")).getMessage());
    assertEquals(
        "priority: got \" \", expected a priority that is not blank",
        assertThrows(InvalidValueException.class, () -> youth().withPriority(" ")).getMessage());
    assertEquals(
        "outcomes: got nothing, expected at least one immediate outcome",
        assertThrows(InvalidValueException.class, () -> youth().withOutcomes(List.of()))
            .getMessage());
    new EqualsTester()
        .addEqualityGroup(youth(), youth())
        .addEqualityGroup(youth().withCountry("Viet Nam"))
        .testEquals();
  }

  @Test
  void dueDocumentsEqualByKindPeriodAndMonth() {
    PlanningPeriod b = PlanningPeriod.parse("2010-11");
    new EqualsTester()
        .addEqualityGroup(
            new DueDocument(DocumentKind.IMPLEMENTATION_REPORT, b, YearMonth.of(2012, 3)),
            new DueDocument(DocumentKind.IMPLEMENTATION_REPORT, b, YearMonth.of(2012, 3)))
        .addEqualityGroup(
            new DueDocument(DocumentKind.MID_TERM_REPORT, b, YearMonth.of(2012, 3)))
        .addEqualityGroup(
            new DueDocument(
                DocumentKind.IMPLEMENTATION_REPORT,
                PlanningPeriod.parse("2012-13"),
                YearMonth.of(2012, 3)))
        .addEqualityGroup(
            new DueDocument(DocumentKind.IMPLEMENTATION_REPORT, b, YearMonth.of(2012, 6)))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    CycleFixtures.nullTester().testAllPublicInstanceMethods(knowledge());
    CycleFixtures.nullTester().testAllPublicInstanceMethods(youth());
    CycleFixtures.nullTester()
        .testAllPublicInstanceMethods(
            new DueDocument(
                DocumentKind.IMPLEMENTATION_REPORT,
                PlanningPeriod.parse("2010-11"),
                YearMonth.of(2012, 3)));
  }
}
