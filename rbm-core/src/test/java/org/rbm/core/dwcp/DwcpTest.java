package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.dwcp.SampleDwcps.JAN_15;
import static org.rbm.core.dwcp.SampleDwcps.concept;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.workflow.Workflow;

class DwcpTest {
  private static final LocalDate MARCH = LocalDate.of(2007, 3, 1);
  private static final LocalDate MAY = LocalDate.of(2007, 5, 10);
  private static final LocalDate JUNE = LocalDate.of(2007, 6, 20);
  private static final LocalDate SEPT = LocalDate.of(2007, 9, 3);

  private static Dwcp kenya() {
    return concept("KE", IloRegion.AFRICA).build();
  }

  @Test
  void recordsAConceptDocumentWithItsAttributes() {
    Dwcp d = kenya();
    assertEquals("KE", d.country());
    assertEquals(IloRegion.AFRICA, d.region());
    assertEquals(PlanningPeriod.of(2007, 2011), d.period());
    assertEquals(DwcpStage.CONCEPT, d.stage());
    assertEquals(JAN_15, d.recordedOn());
    assertEquals(List.of(ResultId.of("KE-1"), ResultId.of("KE-2")),
        d.outcomes().stream().map(r -> r.id()).toList());
    assertEquals(ImmutableSet.of(DwcpEvent.SubmitDraft.class), d.permittedEvents());
    assertEquals("Dwcp{KE 2007-11, africa, concept}", d.toString());
  }

  @Test
  void rejectsACodeThatIsNotAnIsoCountry() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA).country("XX").build());
    assertEquals("country: got \"XX\", expected an ISO 3166 alpha-2 country code, such as KE",
        e.getMessage());
    assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA).country("ke").build());
  }

  @Test
  void rejectsAPeriodOtherThanTheFrameworks() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA).period(PlanningPeriod.of(2008, 2009)).build());
    assertEquals("framework.planningPeriod: got 2007-11, expected the programme's period 2008-09",
        e.getMessage());
  }

  @Test
  void rejectsResourcesOfAResultTheFrameworkLacks() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA)
            .addResource(new ResultResource(ResultId.of("KE-9"), FundingSource.RBSA,
                OfficeLevel.HEADQUARTERS, Money.parse("USD 1")))
            .build());
    assertEquals(
        "resources[2].result: got KE-9, expected the id of a result of the framework DWCP-KE",
        e.getMessage());
  }

  @Test
  void rejectsNegativeResourcesAndBlankTexts() {
    assertThrows(InvalidValueException.class, () -> new ResultResource(ResultId.of("KE-1"),
        FundingSource.RBSA, OfficeLevel.HEADQUARTERS, Money.parse("USD -1")));
    assertThrows(InvalidValueException.class, () -> new Partner(" ", PartnerRole.OTHER));
    assertThrows(InvalidValueException.class,
        () -> new UnFrameworkLink(UnFrameworkKind.ONE_UN_PILOT, ""));
    assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA).addPriority(" ").build());
  }

  @Test
  void movesFromConceptToFinalAfterAPassedReview() {
    Dwcp draft = kenya().apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi");
    Dwcp returned = draft.apply(DwcpEvent.reviewQuality(QaOutcome.RETURNED), MAY, "RO Africa");
    IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
        () -> returned.apply(DwcpEvent.finalizeDocument(), JUNE, "ILO Nairobi"));
    assertEquals(Optional.of("the latest regional QA review passed (now RETURNED)"),
        refused.guard());
    Dwcp passed =
        returned.apply(DwcpEvent.reviewQuality(QaOutcome.PASSED_WITH_COMMENTS), JUNE, "RO Africa");
    Dwcp fin = passed.apply(DwcpEvent.finalizeDocument(), SEPT, "ILO Nairobi");
    assertEquals(DwcpStage.FINAL, fin.stage());
    assertEquals(4, fin.history().size());
    assertEquals(List.of(new QaReview(MAY, "RO Africa", QaOutcome.RETURNED),
        new QaReview(JUNE, "RO Africa", QaOutcome.PASSED_WITH_COMMENTS)), fin.qaReviews());
    assertSame(fin, fin.apply(DwcpEvent.finalizeDocument(), SEPT, "ILO Nairobi"), "ignored");
    assertEquals(ImmutableSet.of(), fin.permittedEvents(), "an ignored event is not permitted");
  }

  @Test
  void refusesFinalWithoutAnyReviewAndReviewOfAConcept() {
    Dwcp draft = kenya().apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi");
    assertThrows(IllegalTransitionException.class,
        () -> draft.apply(DwcpEvent.finalizeDocument(), JUNE, "ILO Nairobi"));
    assertThrows(IllegalTransitionException.class,
        () -> kenya().apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), MARCH, "RO Africa"));
    assertThrows(InvalidValueException.class,
        () -> draft.apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), JAN_15.minusDays(1), "RO"));
  }

  @Test
  void asOfReplaysTheEntriesUpToTheDay() {
    Dwcp fin = kenya()
        .apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi")
        .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), MAY, "RO Africa")
        .apply(DwcpEvent.finalizeDocument(), SEPT, "ILO Nairobi");
    assertEquals(Optional.empty(), fin.asOf(JAN_15.minusDays(1)));
    assertEquals(DwcpStage.CONCEPT, fin.asOf(JAN_15).orElseThrow().stage());
    Dwcp june = fin.asOf(JUNE).orElseThrow();
    assertEquals(DwcpStage.DRAFT, june.stage());
    assertEquals(2, june.history().size());
    assertEquals(Optional.of(DwcpStage.DRAFT), fin.stageOn(JUNE));
    assertSame(fin, fin.asOf(SEPT).orElseThrow());
    assertEquals(kenya(), fin.asRecorded());
  }

  @Test
  void replayingTheHistoryGivesTheSameProgramme() {
    Dwcp fin = kenya()
        .apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi")
        .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), MAY, "RO Africa", Optional.of("Good"))
        .apply(DwcpEvent.finalizeDocument(), SEPT, "ILO Nairobi");
    assertEquals(fin, fin.workflow().replay(fin.asRecorded(), fin.history()));
  }

  @Test
  void anOrganisationMaySupplyItsOwnWorkflow() {
    Workflow<DwcpStage, DwcpEvent, Dwcp> noQa = DwcpWorkflows.builder()
        .initial(DwcpStage.CONCEPT)
        .permit(DwcpStage.CONCEPT, DwcpEvent.SubmitDraft.class, DwcpStage.DRAFT)
        .permit(DwcpStage.DRAFT, DwcpEvent.Finalize.class, DwcpStage.FINAL)
        .build();
    Dwcp fin = concept("KE", IloRegion.AFRICA).workflow(noQa).build()
        .apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi")
        .apply(DwcpEvent.finalizeDocument(), MAY, "ILO Nairobi");
    assertEquals(DwcpStage.FINAL, fin.stage());
    assertTrue(fin.qaReviews().isEmpty());
    assertThrows(InvalidValueException.class,
        () -> concept("KE", IloRegion.AFRICA).workflow(noQa).initialStage(DwcpStage.FINAL).build());
  }

  @Test
  void equalityCoversAttributesAndHistory() {
    Dwcp k = kenya();
    new EqualsTester()
        .addEqualityGroup(k, kenya())
        .addEqualityGroup(k.apply(DwcpEvent.submitDraft(), MARCH, "ILO Nairobi"))
        .addEqualityGroup(concept("KE", IloRegion.AFRICA).initialStage(DwcpStage.FINAL).build())
        .addEqualityGroup(concept("UG", IloRegion.AFRICA).build())
        .addEqualityGroup(concept("KE", IloRegion.AFRICA).addPriority("Social dialogue").build())
        .testEquals();
    assertEquals(ImmutableList.of("Youth employment"), k.priorities());
  }
}
