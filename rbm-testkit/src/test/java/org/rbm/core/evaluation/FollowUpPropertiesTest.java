package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.Decimals;
import org.rbm.testkit.RbmGen;

/** Laws of the follow-up tracking and of action histories, over generated evaluations. */
class FollowUpPropertiesTest {
  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2005, 6, 30), LocalDate.of(2007, 1, 1), LocalDate.of(2008, 6, 30),
          LocalDate.of(2010, 12, 31));

  @Test
  void theRateIsCompletedOverCountedAndTheGroupsAddUpToTheTotal() {
    qt().forAll(RbmGen.evaluationLists()).checkAssert(list -> {
      for (LocalDate day : DAYS) {
        FollowUpTracking t = FollowUpTracking.of(list, List.of(), day);
        ImplementationRate total = t.total();
        assertTrue(total.completed() <= total.counted());
        assertEquals(
            total.counted() == 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(BigDecimal.valueOf(total.completed())
                    .divide(BigDecimal.valueOf(total.counted()), Decimals.CONTEXT)),
            total.rate());
        for (Map<?, ImplementationRate> groups :
            List.of(t.byEvaluation(), t.byType(), t.byYear())) {
          assertEquals(total.completed(),
              groups.values().stream().mapToInt(ImplementationRate::completed).sum());
          assertEquals(total.counted(),
              groups.values().stream().mapToInt(ImplementationRate::counted).sum());
        }
      }
    });
  }

  @Test
  void anOverdueActionIsOpenPastItsDueDateAndCounted() {
    qt().forAll(RbmGen.evaluationLists()).checkAssert(list -> {
      for (LocalDate day : DAYS) {
        FollowUpTracking t = FollowUpTracking.of(list, List.of(), day);
        int completed = t.total().completed();
        for (OverdueAction o : t.overdueActions()) {
          assertTrue(o.daysOverdue() > 0);
          assertTrue(o.action().isOverdueOn(day));
          assertEquals(o.action().stateOn(day).orElseThrow(), o.state());
        }
        // Overdue actions are counted but not completed.
        assertTrue(completed + t.overdueActions().size() <= t.total().counted());
      }
    });
  }

  @Test
  void everyRecommendationWithoutAResponseWaitsSinceItsReport() {
    qt().forAll(RbmGen.evaluationLists()).checkAssert(list -> {
      for (LocalDate day : DAYS) {
        FollowUpTracking t = FollowUpTracking.of(list, List.of(), day);
        for (PendingResponse p : t.withoutResponse(0)) {
          assertEquals(java.time.temporal.ChronoUnit.DAYS.between(p.reportDate(), day),
              p.daysWaiting());
          assertTrue(p.recommendation().response().filter(r -> !r.date().isAfter(day)).isEmpty());
        }
        assertTrue(t.withoutResponse(90).size() <= t.withoutResponse(0).size());
      }
    });
  }

  @Test
  void replayingAnActionsHistoryGivesTheSameActionAsApplyingItsEventsOneByOne() {
    qt().forAll(RbmGen.evaluations()).checkAssert(e -> {
      for (Recommendation r : e.recommendations()) {
        for (FollowUpAction a : r.actions()) {
          assertEquals(a, a.workflow().replay(a.asRecorded(), a.history()));
          FollowUpAction step = a.asRecorded();
          for (org.rbm.core.workflow.Transition<ActionState, ActionEvent> t : a.history()) {
            step = step.apply(t.event(), t.date(), t.actor(), t.note());
          }
          assertEquals(a.state(), step.state());
          assertEquals(a, step);
        }
      }
    });
  }
}
