package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.evaluation.EvaluationFixtures.AS_OF;
import static org.rbm.core.evaluation.EvaluationFixtures.action;
import static org.rbm.core.evaluation.EvaluationFixtures.d;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.strategies.StrategyId;

/**
 * What the follow-up values give back and how they read in text (issue 19): the accessors, the
 * texts and the identities that no other test of the package asserts, with values worked out from
 * {@link EvaluationFixtures}.
 */
class EvaluationAccessorsTest {
  private final FollowUpTracking t =
      FollowUpTracking.of(EvaluationFixtures.all(), EvaluationFixtures.citations(), AS_OF);

  @Test
  void eventsReadAsTheirNameAndReason() {
    assertEquals("start", new ActionEvent.Start().toString());
    assertEquals("complete", new ActionEvent.Complete(Optional.empty()).toString());
    assertEquals("complete (evidence: Circular No. 651)",
        ActionEvent.complete("Circular No. 651").toString());
    assertEquals("abandon: No budget", new ActionEvent.Abandon("No budget").toString());
    assertEquals("supersede: Replaced by R1.3",
        new ActionEvent.Supersede("Replaced by R1.3").toString());
  }

  @Test
  void anActionGivesBackWhatItWasRecordedWith() {
    FollowUpAction a = action("R1.1", d(2007, 11, 20), d(2008, 3, 31));
    assertEquals("Action R1.1", a.description());
    assertEquals("Owner of R1.1", a.owner());
    assertEquals("R1.1 (Owner of R1.1, due 2008-03-31): PLANNED", a.toString());
    InvalidValueException blank = assertThrows(InvalidValueException.class, () ->
        FollowUpAction.builder().id(ActionId.of("R1.1")).description("Act").owner(" ")
            .due(d(2008, 3, 31)).recordedOn(d(2007, 11, 20)).build());
    assertEquals("owner: got \" \", expected a text that is not blank", blank.getMessage());
  }

  /** An action without events is its own record; one with events is not. */
  @Test
  void anActionAsRecordedIsItselfWhenNothingHappenedToIt() {
    FollowUpAction planned = action("R1.1", d(2007, 11, 20), d(2008, 3, 31));
    assertSame(planned, planned.asRecorded());
    FollowUpAction started = planned.apply(new ActionEvent.Start(), d(2008, 1, 10), "RO");
    assertNotEquals(started, started.asRecorded());
    assertEquals(planned, started.asRecorded());
  }

  /** IEE-2007-01 R1.2, due 2008-05-31 and still in progress on 2008-06-30: 30 days overdue. */
  @Test
  void anOverdueActionCountsTheDaysSinceItWasDue() {
    OverdueAction first = t.overdueActions().get(0);
    assertEquals(30, first.daysOverdue());
    assertEquals("R1.2", first.action().id().toString());
  }

  /** IEE-2007-01: R1.1 completed of R1.1 and R1.2 due: 1 of 2; IEE-2008-02: 1 of 3. */
  @Test
  void aRateGivesItsCountsAndIsEqualToAnotherOfTheSameCounts() {
    ImplementationRate cambodia = requireNonNull(t.byEvaluation().get(EvaluationId.of("IEE-2007-01")));
    ImplementationRate hr = requireNonNull(t.byEvaluation().get(EvaluationId.of("IEE-2008-02")));
    assertEquals(1, cambodia.completed());
    assertEquals(2, cambodia.counted());
    assertEquals(1, hr.completed());
    assertEquals(3, hr.counted());
    assertNotEquals(cambodia, hr);
    assertNotEquals(cambodia, (Object) "1/2");
    FollowUpTracking again =
        FollowUpTracking.of(EvaluationFixtures.all(), EvaluationFixtures.citations(), AS_OF);
    ImplementationRate same = requireNonNull(again.byEvaluation().get(EvaluationId.of("IEE-2007-01")));
    assertEquals(cambodia, same);
    assertEquals(cambodia.hashCode(), same.hashCode());
    assertEquals(2, t.total().completed());
    assertEquals(5, t.total().counted());
  }

  @Test
  void aSubjectReferenceGivesItsCodeAndItsStrategy() {
    SubjectRef hr = SubjectRef.strategy(StrategyId.of("HR"));
    assertEquals("HR", hr.code());
    assertEquals(Optional.of(StrategyId.of("HR")), hr.strategyId());
    assertEquals(Optional.empty(), SubjectRef.dwcp("KHM").strategyId());
    assertEquals(hr, SubjectRef.parse("strategy:HR"));
    assertEquals(hr.hashCode(), SubjectRef.parse("strategy:HR").hashCode());
    assertNotEquals(hr, SubjectRef.dwcp("HR"));
  }

  /** A text starting with the colon has no kind: it is refused, not read as a kind "". */
  @Test
  void aSubjectReferenceWithoutKindIsRefused() {
    RbmParseException e = assertThrows(RbmParseException.class, () -> SubjectRef.parse(":HR"));
    assertEquals("subject: cannot parse \":HR\", expected result:, outcome:, strategy: or dwcp: followed"
        + " by a code (" + org.rbm.core.Identifier.EXPECTED_FORM + ")", e.getMessage());
  }

  @Test
  void aRecommendationNotRespondedToHasNoActions() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        Recommendation.builder().id(RecommendationId.of("R2")).text("Publish a policy")
            .addressee("HRD").addActions(action("R2.1", d(2008, 4, 5), d(2008, 6, 30)))
            .build());
    assertEquals("actions: got \"1 actions\", expected no action for a recommendation that is"
        + " not accepted (response: none)", e.getMessage());
    InvalidValueException refused = assertThrows(InvalidValueException.class, () ->
        Recommendation.builder().id(RecommendationId.of("R3")).text("Open an office")
            .addressee("RO").response(ManagementResponse.builder()
                .decision(ResponseDecision.NOT_ACCEPTED).reasons("No resources")
                .date(d(2007, 12, 10)).build())
            .addActions(action("R3.1", d(2007, 12, 10), d(2008, 6, 30)))
            .build());
    assertEquals("actions: got \"1 actions\", expected no action for a recommendation that is"
        + " not accepted (response: NOT_ACCEPTED)", refused.getMessage());
  }
}
