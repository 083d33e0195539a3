package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;

/** One-line edits of a framework: a result or an indicator changed in place, by id. */
class ResultsFrameworkEditsTest {
  private static Indicator indicator(String id) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .build();
  }

  private static final Result SO1 =
      Result.builder().id(ResultId.of("SO1")).level("strategic objective").title("Employment").build();
  private static final Result OC1 =
      Result.builder()
          .id(ResultId.of("OC1"))
          .level("outcome")
          .parent(ResultId.of("SO1"))
          .title("Jobs")
          .addIndicators(indicator("IND-1"), indicator("IND-2"))
          .build();
  private static final Result OC2 =
      Result.builder()
          .id(ResultId.of("OC2"))
          .level("outcome")
          .parent(ResultId.of("SO1"))
          .title("Skills")
          .addIndicators(indicator("IND-3"))
          .build();

  private static ResultsFramework framework() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09")
        .owner("ILO")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.ILO)
        .addResults(SO1, OC1, OC2)
        .build();
  }

  @Test
  void updateResultChangesThatResultInPlaceAndKeepsTheOthers() {
    ResultsFramework changed =
        framework().updateResult(ResultId.of("OC1"), r -> r.withTitle("Decent jobs"));
    assertEquals(
        List.of("Employment", "Decent jobs", "Skills"),
        changed.results().stream().map(Result::title).toList());
    assertEquals(framework().results().get(2), changed.results().get(2));
  }

  @Test
  void replaceResultPutsTheNewFormAtTheSamePlace() {
    ResultsFramework changed = framework().replaceResult(OC2.withTitle("Skills for employability"));
    assertEquals("Skills for employability", changed.results().get(2).title());
    assertEquals(3, changed.results().size());
  }

  @Test
  void updateIndicatorSetsAnActualInOneLine() {
    DateRange y2009 = DateRange.ofYear(2009);
    ResultsFramework changed =
        framework()
            .updateIndicator(
                IndicatorId.of("IND-2"), i -> i.withActual(y2009, DataPoint.of(Value.of(60))));
    Indicator ind2 = changed.indicator(IndicatorId.of("IND-2")).orElseThrow();
    assertEquals(Value.of(60), ind2.periods().get(0).totalActual().orElseThrow().value());
    assertEquals(
        List.of(IndicatorId.of("IND-1"), IndicatorId.of("IND-2")),
        changed.result(ResultId.of("OC1")).orElseThrow().indicators().stream()
            .map(Indicator::id)
            .toList());
    assertEquals(framework().indicator(IndicatorId.of("IND-1")), changed.indicator(IndicatorId.of("IND-1")));
  }

  @Test
  void replaceIndicatorPutsTheNewFormAtTheSamePlace() {
    ResultsFramework changed = framework().replaceIndicator(indicator("IND-3").withUnit("countries"));
    assertEquals(
        "countries", changed.indicator(IndicatorId.of("IND-3")).orElseThrow().unit().orElseThrow());
  }

  @Test
  void rejectsAnUnknownResult() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> framework().updateResult(ResultId.of("OC9"), r -> r));
    assertEquals("resultId: got OC9, expected the id of a result in this framework", e.getMessage());
  }

  @Test
  void rejectsAnUnknownIndicator() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> framework().replaceIndicator(indicator("IND-9")));
    assertEquals(
        "indicatorId: got IND-9, expected the id of an indicator in this framework", e.getMessage());
  }

  @Test
  void checksTheFrameworksInvariantsAgain() {
    // Renaming SO1 leaves OC1 and OC2 with a parent that no longer exists.
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> framework().updateResult(ResultId.of("SO1"), r -> r.withId(ResultId.of("SO9"))));
    assertEquals("results[1].parent", e.field().orElseThrow());
  }

  @Test
  void refusesAnIndicatorIdUsedTwice() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                framework()
                    .updateIndicator(
                        IndicatorId.of("IND-3"), i -> i.withId(IndicatorId.of("IND-1"))));
    assertEquals(true, e.getMessage().contains("IND-1"), e.getMessage());
  }
}
