package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.evaluation.EvaluationFixtures.AS_OF;
import static org.rbm.core.evaluation.EvaluationFixtures.d;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.workflow.Workflow;

/** The three follow-up rules, met and broken, with the findings worked out by hand. */
class EvaluationRulesTest {
  private static List<String> findings(Evaluation e, int days) {
    return EvaluationRules.validator(days, AS_OF).validate(e, ValidationContext.of(List.of()))
        .findings().stream()
        .map(f -> f.ruleId() + " " + f.location() + ": " + f.message())
        .toList();
  }

  @Test
  void aMissingResponseAfterTheLimitIsFound() {
    // IEE-2008-02 R2: 136 days on 2008-06-30.
    assertEquals(List.of(
        "RBM-EVAL-001 /recommendations/R2: Recommendation R2 has had no management response for"
            + " 136 days since the report; the follow-up policy allows 90."),
        findings(EvaluationFixtures.hrStrategy(), 90));
  }

  @Test
  void aLateResponseIsFound() {
    // IEE-2007-01: R1 and R2 answered after 46 days (31 + 15), R3 after 71 (31 + 30 + 10).
    assertEquals(List.of(), findings(EvaluationFixtures.cambodia(), 90));
    assertEquals(List.of(
        "RBM-EVAL-001 /recommendations/R3: Recommendation R3 received its management response"
            + " 71 days after the report; the follow-up policy allows 60."),
        findings(EvaluationFixtures.cambodia(), 60));
  }

  @Test
  void anAcceptedRecommendationWithoutActionAndACompletionWithoutEvidenceAreFound() {
    Workflow<ActionState, ActionEvent, FollowUpAction> lenient = ActionWorkflows.builder()
        .permit(ActionState.PLANNED, ActionEvent.Complete.class, ActionState.COMPLETED)
        .build();
    FollowUpAction noEvidence = FollowUpAction.builder().id(ActionId.of("R1.1"))
        .description("d").owner("o").due(d(2008, 3, 1)).recordedOn(d(2007, 11, 20))
        .workflow(lenient).build()
        .apply(new ActionEvent.Complete(Optional.empty()), d(2008, 2, 1), "o");
    Evaluation e = EvaluationFixtures.cambodia();
    Evaluation broken = e.withRecommendations(
        e.recommendations().get(0).withActions(noEvidence),
        e.recommendations().get(1).withActions());
    assertEquals(List.of(
        "RBM-EVAL-003 /recommendations/R1/actions/R1.1: Follow-up action R1.1 of recommendation"
            + " R1 is completed without evidence of completion.",
        "RBM-EVAL-002 /recommendations/R2: Recommendation R2 is accepted (PARTIALLY_ACCEPTED)"
            + " but has no follow-up action."),
        findings(broken, 90));
  }

  @Test
  void findingsAreRenderedInFrenchAndSpanish() {
    Finding f = EvaluationRules.validator(90, AS_OF)
        .validate(EvaluationFixtures.hrStrategy(), ValidationContext.of(List.of()))
        .findings().get(0);
    assertTrue(f.message(Locale.FRENCH).startsWith("La recommandation R2 est sans réponse"));
    assertTrue(f.message(Locale.forLanguageTag("es")).startsWith("La recomendación R2 lleva 136"));
  }
}
