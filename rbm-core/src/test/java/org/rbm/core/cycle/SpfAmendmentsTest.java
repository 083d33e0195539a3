package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.cycle.CycleFixtures.ADOPTED;
import static org.rbm.core.cycle.CycleFixtures.IND1;
import static org.rbm.core.cycle.CycleFixtures.IND2;
import static org.rbm.core.cycle.CycleFixtures.amendment;
import static org.rbm.core.cycle.CycleFixtures.immediateOutcome;
import static org.rbm.core.cycle.CycleFixtures.indicator;
import static org.rbm.core.cycle.CycleFixtures.spf;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;
import org.rbm.core.workflow.Workflow;

/**
 * The amendment record of the SPF 2010-15 fixture (IND-1: 40 in 2011; IND-2: 10 in 2012), worked by
 * hand: a Governing Body proposal of 10 February 2011 (drop IND-2, add IO2a.3 with IND-3) adopted
 * on 24 March 2011; a proposal of 1 October 2011 to raise IND-1's 2011 target to 45, rejected on
 * 15 November 2011; and a Conference decision of 14 June 2012, recorded without its proposal, that
 * raises it to 50.
 */
class SpfAmendmentsTest {
  private static final LocalDate PROPOSED_FEB_2011 = LocalDate.of(2011, 2, 10);
  private static final LocalDate MARCH_2011 = LocalDate.of(2011, 3, 24);
  private static final LocalDate OCTOBER_2011 = LocalDate.of(2011, 10, 1);
  private static final LocalDate NOVEMBER_2011 = LocalDate.of(2011, 11, 15);
  private static final LocalDate JUNE_2012 = LocalDate.of(2012, 6, 14);
  private static final ResultId IO3 = ResultId.of("IO2a.3");

  private static ImmutableList<SpfChange> gbChanges() {
    return ImmutableList.of(
        SpfChange.removeIndicator(IND2),
        SpfChange.addResult(
            immediateOutcome(IO3, "Youth employment", indicator(IndicatorId.of("IND-3"), 2012, 5))));
  }

  private static SpfChange target2011(int target) {
    return SpfChange.changeTarget(IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(target)));
  }

  private static SpfAmendments record() {
    return SpfAmendments.recorded(spf())
        .apply(
            AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2", gbChanges()),
            PROPOSED_FEB_2011,
            "PROGRAM")
        .apply(new AmendmentEvent.Adopt(), MARCH_2011, "Governing Body", Optional.of("GB.310/PV"))
        .apply(
            AmendmentEvent.propose(
                DecidingBody.GOVERNING_BODY, "GB.312/PFA/4", List.of(target2011(45))),
            OCTOBER_2011,
            "PROGRAM")
        .apply(new AmendmentEvent.Reject("Target not yet evidenced"), NOVEMBER_2011, "Governing Body")
        .apply(
            AmendmentEvent.amend(
                DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
                "ILC.101/Resolution",
                List.of(target2011(50))),
            JUNE_2012,
            "International Labour Conference");
  }

  private static BigDecimal targetOfInd1In2011(SpfVersion v) {
    return ((NumericValue)
            v.framework().indicator(IND1).orElseThrow().periods().get(0).totalTarget()
                .orElseThrow().value())
        .amount();
  }

  @Test
  void standsAsAdoptedWhileTheFirstProposalIsPending() {
    SpfVersion v = record().asOf(LocalDate.of(2011, 3, 23));
    assertEquals(spf().framework(), v.framework());
    assertTrue(v.framework().indicator(IND2).isPresent());
    assertEquals(List.of(), v.amendmentsApplied());
    assertEquals(Optional.of(AmendmentState.PROPOSED), record().stateOn(LocalDate.of(2011, 3, 23)));
    assertEquals(Optional.of(AmendmentState.NONE), record().stateOn(ADOPTED));
    assertEquals(Optional.empty(), record().stateOn(ADOPTED.minusDays(1)));
  }

  @Test
  void betweenTheAdoptionAndTheConferenceTheGoverningBodysAmendmentAloneApplies() {
    // 24 March 2011 to 13 June 2012: IND-2 gone, IO2a.3 added, IND-1 still 40 (45 was rejected).
    for (LocalDate d : List.of(MARCH_2011, NOVEMBER_2011, JUNE_2012.minusDays(1))) {
      SpfVersion v = record().asOf(d);
      assertFalse(v.framework().indicator(IND2).isPresent(), d.toString());
      assertTrue(v.framework().result(IO3).isPresent(), d.toString());
      assertEquals(new BigDecimal("40"), targetOfInd1In2011(v), d.toString());
      assertEquals(1, v.amendmentsApplied().size(), d.toString());
    }
    Amendment gb = record().asOf(MARCH_2011).amendmentsApplied().get(0);
    assertEquals(MARCH_2011, gb.date());
    assertEquals("GB.310/PFA/2 of 2011-03-24 (GOVERNING_BODY)", gb.toString());
    assertEquals(gbChanges(), gb.changes());
  }

  @Test
  void theConferenceDecisionAppliesFromItsDayOn() {
    assertEquals(new BigDecimal("50"), targetOfInd1In2011(record().asOf(JUNE_2012)));
    assertEquals(new BigDecimal("50"), targetOfInd1In2011(record().latest()));
    assertEquals(
        List.of("GB.310/PFA/2", "ILC.101/Resolution"),
        record().amendments().stream().map(Amendment::reference).toList());
    assertEquals(AmendmentState.ADOPTED, record().state());
    assertEquals(5, record().history().size());
    assertEquals("SPF-2010-15 amendments: 2 adopted, state ADOPTED", record().toString());
  }

  @Test
  void theDocumentHoldsTheAdoptedAmendmentsOnlyAndAnswersTheSame() {
    StrategicPolicyFramework document = record().spf();
    assertEquals(
        List.of(
            amendment(MARCH_2011, "GB.310/PFA/2", gbChanges().toArray(SpfChange[]::new)),
            Amendment.builder()
                .date(JUNE_2012)
                .decidedBy(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE)
                .reference("ILC.101/Resolution")
                .addChange(target2011(50))
                .build()),
        document.amendments());
    for (LocalDate d :
        List.of(ADOPTED, PROPOSED_FEB_2011, MARCH_2011, NOVEMBER_2011, JUNE_2012, JUNE_2012.plusYears(3))) {
      assertEquals(document.asOf(d), record().asOf(d), d.toString());
    }
    assertEquals(document.latest(), record().latest());
    assertEquals(spf(), record().adopted());
  }

  @Test
  void ofRecordsEachAmendmentAsADecisionOfItsBodyInDateOrder() {
    Amendment ilc =
        Amendment.builder()
            .date(JUNE_2012)
            .decidedBy(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE)
            .reference("ILC.101/Resolution")
            .summary("Target raised")
            .addChange(target2011(50))
            .build();
    Amendment gb = amendment(MARCH_2011, "GB.310/PFA/2", gbChanges().toArray(SpfChange[]::new));
    // Recorded out of date order in the document: the record is in date order.
    SpfAmendments r = SpfAmendments.of(spf().withAmendments(ilc, gb));
    assertEquals(List.of(gb, ilc), r.amendments());
    assertEquals(2, r.history().size());
    assertEquals("Governing Body", r.history().get(0).actor());
    assertEquals(MARCH_2011, r.history().get(0).date());
    assertEquals("International Labour Conference", r.history().get(1).actor());
    assertEquals(
        new AmendmentEvent.Amend(
            DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
            "ILC.101/Resolution",
            Optional.of("Target raised"),
            ImmutableList.of(target2011(50))),
        r.history().get(1).event());
    assertEquals(spf().withAmendments(gb, ilc), r.spf());
    assertEquals(spf().withAmendments(ilc, gb).asOf(LocalDate.of(2012, 1, 1)), r.asOf(LocalDate.of(2012, 1, 1)));
  }

  @Test
  void aWithdrawnProposalChangesNothing() {
    SpfAmendments r =
        SpfAmendments.recorded(spf())
            .apply(
                AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2", gbChanges()),
                PROPOSED_FEB_2011,
                "PROGRAM");
    assertEquals(
        Optional.of(AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2", gbChanges())),
        r.proposal());
    SpfAmendments withdrawn =
        r.apply(new AmendmentEvent.Withdraw("Overtaken by the review"), MARCH_2011, "PROGRAM");
    assertEquals(AmendmentState.WITHDRAWN, withdrawn.state());
    assertEquals(Optional.empty(), withdrawn.proposal());
    assertEquals(List.of(), withdrawn.amendments());
    assertEquals(spf().latest(), withdrawn.latest());
    assertEquals(spf(), withdrawn.spf());
  }

  @Test
  void theStandardWorkflowPutsOneAmendmentAtATimeBeforeItsBody() {
    var w = AmendmentWorkflows.standard();
    assertEquals(Set.of(AmendmentState.NONE), w.initialStates());
    assertEquals(
        List.of(AmendmentEvent.Propose.class, AmendmentEvent.Amend.class),
        w.permittedEvents(AmendmentState.NONE).asList());
    assertEquals(
        List.of(AmendmentEvent.Adopt.class, AmendmentEvent.Reject.class, AmendmentEvent.Withdraw.class),
        w.permittedEvents(AmendmentState.PROPOSED).asList());
    for (AmendmentState closed :
        List.of(AmendmentState.ADOPTED, AmendmentState.REJECTED, AmendmentState.WITHDRAWN)) {
      assertEquals(
          List.of(AmendmentEvent.Propose.class, AmendmentEvent.Amend.class),
          w.permittedEvents(closed).asList());
    }
    assertTrue(AmendmentState.PROPOSED.isPending());
    assertFalse(AmendmentState.ADOPTED.isPending());
  }

  @Test
  void refusesAnAdoptionWithoutAProposal() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> SpfAmendments.recorded(spf()).apply(new AmendmentEvent.Adopt(), MARCH_2011, "GB"));
    assertEquals(
        "event: got adopt in state none, expected one of the events allowed there: propose, amend",
        e.getMessage());
  }

  @Test
  void refusesADecisionWhileAProposalIsPending() {
    SpfAmendments pending =
        SpfAmendments.recorded(spf())
            .apply(
                AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2", gbChanges()),
                PROPOSED_FEB_2011,
                "PROGRAM");
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                pending.apply(
                    AmendmentEvent.amend(
                        DecidingBody.GOVERNING_BODY, "GB.310/PFA/3", List.of(target2011(45))),
                    MARCH_2011,
                    "Governing Body"));
    assertEquals(
        "event: got amend GB.310/PFA/3 (GOVERNING_BODY, 1 change) in state proposed, expected one"
            + " of the events allowed there: adopt, reject, withdraw",
        e.getMessage());
  }

  @Test
  void refusesAProposalWhoseChangesDoNotApplyAsTheSpfStands() {
    SpfAmendments amended = record();
    // IND-2 was removed in March 2011: removing it again in 2013 cannot apply.
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                amended.apply(
                    AmendmentEvent.propose(
                        DecidingBody.GOVERNING_BODY,
                        "GB.317/PFA/1",
                        List.of(target2011(55), SpfChange.removeIndicator(IND2))),
                    LocalDate.of(2013, 3, 1),
                    "PROGRAM"));
    assertEquals(
        "event.changes[1]: got remove indicator IND-2, expected the id of an indicator in the SPF,"
            + " as the SPF stood before amendment GB.317/PFA/1 of 2013-03-01",
        e.getMessage());
  }

  @Test
  void refusesAnEventDatedBeforeTheLastChange() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                record()
                    .apply(
                        AmendmentEvent.propose(
                            DecidingBody.GOVERNING_BODY, "GB.313/PFA/1", List.of(target2011(55))),
                        JUNE_2012.minusDays(1),
                        "PROGRAM"));
    assertEquals(
        "date: got 2012-06-13, expected a date on or after 2012-06-14, the day of the last change",
        e.getMessage());
  }

  @Test
  void refusesAnSpfWithAmendmentsAsTheRecordsStart() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> SpfAmendments.recorded(record().spf()));
    assertEquals(
        "spf.amendments.size: got 2, expected 0: the SPF as adopted (SpfAmendments.of"
            + " takes an SPF with its amendments)",
        e.getMessage());
  }

  @Test
  void refusesADateBeforeTheAdoption() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> record().asOf(ADOPTED.minusDays(1)));
    assertEquals(
        "date: got 2008-11-19, expected a date on or after 2008-11-20, when SPF-2010-15 was adopted",
        e.getMessage());
  }

  @Test
  void replayingTheHistoryThroughTheWorkflowGivesTheSameRecord() {
    SpfAmendments r = record();
    assertEquals(r, AmendmentWorkflows.standard().replay(r.recorded(), r.history()));
    assertEquals(SpfAmendments.recorded(spf()), r.recorded());
    SpfAmendments start = SpfAmendments.recorded(spf());
    assertSame(start, start.recorded());
  }

  @Test
  void eventsCheckTheirTexts() {
    assertEquals(
        "reference: got \" \", expected a reference that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, " ", gbChanges()))
            .getMessage());
    assertEquals(
        "changes: got nothing, expected at least one change",
        assertThrows(
                InvalidValueException.class,
                () -> AmendmentEvent.amend(DecidingBody.GOVERNING_BODY, "GB.1", List.of()))
            .getMessage());
    assertEquals(
        "summary: got \"\", expected a summary that is not blank",
        assertThrows(
                InvalidValueException.class,
                () ->
                    new AmendmentEvent.Amend(
                        DecidingBody.GOVERNING_BODY, "GB.1", Optional.of(""), gbChanges()))
            .getMessage());
    assertThrows(InvalidValueException.class, () -> new AmendmentEvent.Reject(" "));
    assertThrows(InvalidValueException.class, () -> new AmendmentEvent.Withdraw(""));
    assertEquals("reject: Too early", new AmendmentEvent.Reject("Too early").toString());
    assertEquals("withdraw: Too early", new AmendmentEvent.Withdraw("Too early").toString());
    assertEquals("adopt", new AmendmentEvent.Adopt().toString());
    assertEquals(
        "propose GB.310/PFA/2 (GOVERNING_BODY, 2 changes)",
        AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2", gbChanges()).toString());
  }

  @Test
  void equalityFollowsTheSpfAndTheHistory() {
    new EqualsTester()
        .addEqualityGroup(record(), record())
        .addEqualityGroup(SpfAmendments.recorded(spf()), SpfAmendments.of(spf()))
        .addEqualityGroup(SpfAmendments.recorded(spf().withVision("Another vision")))
        .addEqualityGroup(
            SpfAmendments.recorded(
                spf(),
                AmendmentWorkflows.builder()
                    .initial(AmendmentState.NONE)
                    .permit(AmendmentState.NONE, AmendmentEvent.Amend.class, AmendmentState.ADOPTED)
                    .build()))
        .testEquals();
  }

  @Test
  void nullsAreProgrammingErrors() {
    CycleFixtures.nullTester()
        .setDefault(StrategicPolicyFramework.class, spf())
        .setDefault(Workflow.class, AmendmentWorkflows.standard())
        .testAllPublicStaticMethods(SpfAmendments.class);
    CycleFixtures.nullTester()
        .setDefault(AmendmentEvent.class, new AmendmentEvent.Withdraw("Overtaken"))
        .testAllPublicInstanceMethods(record());
  }

  @Test
  void underAWorkflowOfItsOwnAnIgnoredEventChangesNothingAndAnAdoptionNeedsAProposal() {
    Workflow<AmendmentState, AmendmentEvent, SpfAmendments> lax =
        AmendmentWorkflows.builder()
            .initial(AmendmentState.NONE)
            .ignore(AmendmentState.NONE, AmendmentEvent.Withdraw.class)
            .permit(AmendmentState.NONE, AmendmentEvent.Adopt.class, AmendmentState.ADOPTED)
            .build();
    SpfAmendments start = SpfAmendments.recorded(spf(), lax);
    assertSame(start, start.apply(new AmendmentEvent.Withdraw("Nothing to withdraw"), MARCH_2011, "A"));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> start.apply(new AmendmentEvent.Adopt(), MARCH_2011, "Governing Body"));
    assertEquals(
        "event: got \"adopt\", expected an event for a proposal before its deciding body; none is",
        e.getMessage());
  }
}
