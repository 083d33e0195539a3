package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.evaluation.EvaluationFixtures.action;
import static org.rbm.core.evaluation.EvaluationFixtures.d;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.ResultId;

/** The invariants of evaluations, recommendations, responses and subjects. */
class EvaluationTest {
  private static void rejects(String prefix, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }

  @Test
  void aNotAcceptedRecommendationHasNoAction() {
    rejects("actions: got \"1 actions\", expected no action for a recommendation"
            + " that is not accepted (response: none)",
        () -> Recommendation.builder().id(RecommendationId.of("R1")).text("t").addressee("a")
            .addActions(action("A", d(2008, 1, 1), d(2008, 2, 1))).build());
  }

  @Test
  void reasonsAreRequiredUnlessAccepted() {
    rejects("reasons: got \"nothing\", expected the reasons",
        () -> ManagementResponse.builder().decision(ResponseDecision.NOT_ACCEPTED)
            .date(d(2008, 1, 1)).build());
  }

  @Test
  void theReportIsNotBeforeTheStartAndResponsesNotBeforeTheReport() {
    Evaluation e = EvaluationFixtures.cambodia();
    rejects("reportDate: got 2007-02-01", () -> e.withReportDate(d(2007, 2, 1)));
    rejects("recommendations[0].response.date: got 2007-11-15",
        () -> e.withReportDate(d(2007, 11, 16)));
  }

  @Test
  void lessonsComeFromTheEvaluationAndIdsDoNotRepeat() {
    Evaluation e = EvaluationFixtures.cambodia();
    rejects("lessons[0].source: got IEE-2007-01", () -> e.withId(EvaluationId.of("OTHER")));
    rejects("recommendations[1].id: got R1",
        () -> e.withRecommendations(e.recommendations().get(0), e.recommendations().get(0)));
    rejects("subjects: got \"[]\", expected at least one subject", () -> e.withSubjects());
    assertEquals(2007, e.year());
  }

  @Test
  void subjectsReadBackFromTheirText() {
    for (String s : new String[] {"dwcp:KHM", "strategy:HR", "result:IO4.1", "outcome:OC2a"}) {
      assertEquals(s, SubjectRef.parse(s).toString());
    }
    assertEquals(Optional.of(ResultId.of("OC2a")), SubjectRef.parse("outcome:OC2a").resultId());
    assertEquals(Optional.empty(), SubjectRef.parse("dwcp:KHM").resultId());
    RbmParseException e =
        assertThrows(RbmParseException.class, () -> SubjectRef.parse("country:KHM"));
    assertTrue(e.getMessage().contains("result:, outcome:, strategy: or dwcp:"), e.getMessage());
    assertThrows(RbmParseException.class, () -> SubjectRef.parse("dwcp:"));
    assertEquals(SubjectRef.dwcp("KHM"), SubjectRef.parse("dwcp:KHM"));
    assertNotEquals(SubjectRef.parse("result:KHM"), SubjectRef.parse("dwcp:KHM"));
  }
}
