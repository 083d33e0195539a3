package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.evaluation.EvaluationFixtures.AS_OF;
import static org.rbm.core.evaluation.EvaluationFixtures.accepted;
import static org.rbm.core.evaluation.EvaluationFixtures.action;
import static org.rbm.core.evaluation.EvaluationFixtures.cambodia;
import static org.rbm.core.evaluation.EvaluationFixtures.d;
import static org.rbm.core.evaluation.EvaluationFixtures.hrStrategy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.rules.ValidationContext;

/**
 * One field at a time for each check of evaluations, recommendations, responses, lessons and
 * action events, with the message in full; the follow-up limits on both sides of their boundary.
 */
class EvaluationEdgesTest {
  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  @Test
  void anEvaluationsTitleAndEvaluatorAreNotBlank() {
    assertEquals("title: got \" \", expected a title that is not blank",
        refusal(() -> cambodia().withTitle(" ")));
    assertEquals("evaluator: got \"\", expected an evaluator that is not blank",
        refusal(() -> cambodia().withEvaluator("")));
  }

  @Test
  void aRecommendationsTextAndAddresseeAreNotBlank() {
    Recommendation r1 = cambodia().recommendations().get(0);
    assertEquals("text: got \"\t\", expected a text that is not blank",
        refusal(() -> r1.withText("\t")));
    assertEquals("addressee: got \" \", expected an addressee that is not blank",
        refusal(() -> r1.withAddressee(" ")));
  }

  @Test
  void anActionIdIsUsedOnceInARecommendationAndOnceInTheEvaluation() {
    Recommendation r1 = cambodia().recommendations().get(0);
    FollowUpAction again = action("R1.1", d(2007, 11, 20), d(2008, 4, 30));
    assertEquals("actions[2].id: got R1.1, expected an id not used before",
        refusal(() -> r1.withActions(r1.actions().get(0), r1.actions().get(1), again)));
    Evaluation e = cambodia();
    Recommendation r2 = e.recommendations().get(1).withActions(again);
    assertEquals(
        "recommendations[1].actions[0].id: got R1.1, expected an action id not used before in the"
            + " evaluation",
        refusal(() -> e.withRecommendations(e.recommendations().get(0), r2,
            e.recommendations().get(2))));
  }

  @Test
  void aLessonIdIsUsedOnceAndALessonSaysSomething() {
    Evaluation e = cambodia();
    Lesson lesson = e.lessons().get(0);
    assertEquals("lessons[1].id: got L-2007-03, expected an id not used before",
        refusal(() -> e.withLessons(lesson, lesson.withText("Another lesson"))));
    assertEquals("text: got \"  \", expected a text that is not blank",
        refusal(() -> lesson.withText("  ")));
  }

  @Test
  void reasonsAndEventReasonsAreNotBlank() {
    assertEquals("reasons: got \" \", expected reasons that are not blank",
        refusal(() -> ManagementResponse.builder().decision(ResponseDecision.PARTIALLY_ACCEPTED)
            .reasons(" ").date(d(2008, 1, 1)).build()));
    assertEquals("reason: got \"\", expected a reason that is not blank",
        refusal(() -> new ActionEvent.Abandon("")));
    assertEquals("reason: got \" \", expected a reason that is not blank",
        refusal(() -> new ActionEvent.Supersede(" ")));
    assertEquals(accepted(d(2008, 1, 1)).date(), d(2008, 1, 1));
  }

  @Test
  void aNegativeNumberOfDaysIsRefusedAndZeroTaken() {
    assertEquals("responseDays: got -1, expected at least 0",
        refusal(() -> EvaluationRules.ruleSet(-1, AS_OF)));
    assertEquals(3, EvaluationRules.ruleSet(0, AS_OF).rules().size());
    FollowUpTracking t = FollowUpTracking.of(EvaluationFixtures.all(), List.of(), AS_OF);
    assertEquals("days: got -1, expected at least 0", refusal(() -> t.withoutResponse(-1)));
    assertEquals(1, t.withoutResponse(0).size());
  }

  private static List<String> late(Evaluation e, int days) {
    return EvaluationRules.validator(days, AS_OF).validate(e, ValidationContext.of(List.of()))
        .findings(EvaluationRules.RESPONSE_IN_TIME).stream()
        .map(f -> f.location().toString())
        .toList();
  }

  /**
   * IEE-2007-01's R3 was answered 71 days after the report (31 + 30 + 10): in time for a limit of
   * 71, late for 70. IEE-2008-02's R2 has waited 136 days on 2008-06-30: in time for 136, not 135.
   */
  @Test
  void aResponseOnTheLastDayOfTheLimitIsInTime() {
    assertEquals(List.of(), late(cambodia(), 71));
    assertEquals(List.of("/recommendations/R3"), late(cambodia(), 70));
    assertEquals(List.of(), late(hrStrategy(), 136));
    assertEquals(List.of("/recommendations/R2"), late(hrStrategy(), 135));
  }
}
