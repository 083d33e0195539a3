package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.evaluation.EvaluationFixtures.AS_OF;
import static org.rbm.core.evaluation.EvaluationFixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/** The tracking figures of {@link EvaluationFixtures}, worked out by hand. */
class FollowUpTrackingTest {
  private final FollowUpTracking t =
      FollowUpTracking.of(EvaluationFixtures.all(), EvaluationFixtures.citations(), AS_OF);

  private static List<String> strings(List<?> values) {
    return values.stream().map(Object::toString).toList();
  }

  @Test
  void leavesOutEvaluationsReportedAfterTheDay() {
    assertEquals(List.of("IEE-2007-01", "IEE-2008-02"),
        t.evaluations().stream().map(e -> e.id().toString()).toList());
  }

  @Test
  void findsRecommendationsWithoutResponseAfterNDays() {
    // IEE-2008-02 R2: 2008-02-15 to 2008-06-30 = 14 (Feb, leap year) + 31 + 30 + 31 + 30 = 136.
    assertEquals(List.of("IEE-2008-02/R2: 136 days"), strings(t.withoutResponse(90)));
    assertEquals(List.of(), t.withoutResponse(136));
    assertEquals(1, t.withoutResponse(135).size());
  }

  @Test
  void aResponseGivenAfterTheDayCountsAsMissing() {
    // On 2008-03-25, IEE-2008-02's R1 (answered 04-01) and R2 wait 14 + 25 = 39 days.
    FollowUpTracking march =
        FollowUpTracking.of(EvaluationFixtures.all(), List.of(), d(2008, 3, 25));
    assertEquals(List.of("IEE-2008-02/R1: 39 days", "IEE-2008-02/R2: 39 days"),
        strings(march.withoutResponse(30)));
  }

  @Test
  void findsOverdueActions() {
    // IEE-2007-01 R1.2 due 05-31 in progress: 30 days; IEE-2008-02 R1.3 due 06-01 planned: 29.
    assertEquals(
        List.of("IEE-2007-01/R1/R1.2: 30 days overdue", "IEE-2008-02/R1/R1.3: 29 days overdue"),
        strings(t.overdueActions()));
    assertEquals(List.of(ActionState.IN_PROGRESS, ActionState.PLANNED),
        t.overdueActions().stream().map(OverdueAction::state).toList());
  }

  @Test
  void ratesCountCompletedNotDoneAndDueActionsButNotSupersededOrNotYetDue() {
    // IEE-2007-01: R1.1 completed, R1.2 due and open -> 1/2 (R2.1 not yet due).
    // IEE-2008-02: R1.1 completed on its due day, R1.3 due and open, R3.1 not done -> 1/3
    // (R1.2 superseded). Total 2/5 = 0.4.
    assertEquals("{IEE-2007-01=1/2, IEE-2008-02=1/3}", t.byEvaluation().toString());
    assertEquals("2/5", t.total().toString());
    assertEquals(Optional.of(new BigDecimal("0.4")), t.total().rate());
    assertEquals(new BigDecimal("0.3333333333333333333333333333333333"),
        java.util.Objects.requireNonNull(t.byEvaluation().get(EvaluationId.of("IEE-2008-02"))).rate().orElseThrow());
  }

  @Test
  void ratesByTypeRegionAndYear() {
    assertEquals("{INDEPENDENT_STRATEGY_OR_POLICY=1/3, COUNTRY_PROGRAMME=1/2}",
        t.byType().toString());
    // The global HR evaluation has no region.
    assertEquals("{asia and the pacific=1/2}", t.byRegion().toString());
    assertEquals("{2007=1/2, 2008=1/3}", t.byYear().toString());
  }

  @Test
  void anEvaluationWithoutCountedActionsHasNoRate() {
    // On 2008-03-25: IEE-2007-01 R1.1 completed (1/1); IEE-2008-02's actions R1.x are recorded
    // later and R3.1 is not yet due: 0/0.
    FollowUpTracking march =
        FollowUpTracking.of(EvaluationFixtures.all(), List.of(), d(2008, 3, 25));
    assertEquals(Optional.empty(),
        java.util.Objects.requireNonNull(march.byEvaluation().get(EvaluationId.of("IEE-2008-02"))).rate());
    assertEquals("1/1", march.total().toString());
    assertEquals(Optional.of(BigDecimal.ONE), march.total().rate());
  }

  @Test
  void listsWhereLessonsAreCited() {
    assertEquals(List.of(LessonId.of("L-2007-03")),
        t.lessons().stream().map(Lesson::id).toList());
    assertEquals(List.of("DWCP LAO", "SPF SPF-2010-15"),
        t.citationsOf(LessonId.of("L-2007-03")).stream()
            .map(c -> c.citedBy() + " " + c.citerReference()).toList());
    assertTrue(t.citationsOf(LessonId.of("L-2008-01")).isEmpty());
  }

  @Test
  void rejectsRepeatedEvaluations() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FollowUpTracking.of(
            List.of(EvaluationFixtures.cambodia(), EvaluationFixtures.cambodia()), List.of(), AS_OF));
    assertTrue(e.getMessage().startsWith("evaluations[1].id: got IEE-2007-01"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> t.withoutResponse(-1));
  }
}
