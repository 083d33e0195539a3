package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED_WITH_CONDITIONS;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.MilestoneState.PLANNED;
import static org.rbm.core.milestones.MilestoneState.SUBMITTED_FOR_APPROVAL;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

class RoadmapTest {
  private static final String IMS = "Integrated management strategy";
  private static final String PA = "Performance and accountability";
  private static final LocalDate PAPER = LocalDate.of(2007, 10, 12);

  private static Milestone milestone(
      String id, String area, String statement, int year, MilestoneState state, LocalDate on) {
    return Milestone.builder()
        .id(MilestoneId.of(id))
        .area(area)
        .owner("ILO")
        .initialStatement(statement)
        .initialDue(Due.ofYear(year))
        .initialState(state)
        .recordedOn(on)
        .recordedBy("GB.300/PFA/9/1")
        .build();
  }

  /** Four milestones of the ILO roadmap; the first recorded in March 2007 and adopted later. */
  private static Roadmap sample() {
    Milestone it =
        milestone(
                "1", IMS, "Results-based IT strategy for 2007-09 adopted", 2007,
                SUBMITTED_FOR_APPROVAL, LocalDate.of(2007, 3, 1))
            .apply(
                MilestoneEvent.achieveWithConditions(
                    "updated strategy submitted in November 2007"),
                LocalDate.of(2007, 3, 20),
                "Governing Body");
    return Roadmap.builder()
        .title("RBM roadmap")
        .addMilestones(
            it,
            milestone(
                "3", IMS, "Common approach and terminology for all ILO strategies adopted", 2008,
                IN_PROGRESS, PAPER),
            milestone("7", PA, "Standards for workplanning introduced", 2007, IN_PROGRESS, PAPER),
            milestone(
                "10", PA,
                "RBM performance appraisal piloted in technical programmes, regions and management"
                    + " and administrative services",
                2008, PLANNED, PAPER))
        .build();
  }

  private static String ids(List<Milestone> milestones) {
    return milestones.stream().map(m -> m.id().code()).collect(Collectors.joining(","));
  }

  @Test
  void groupsMilestonesByAreaInTheOrderOfTheirFirstMilestone() {
    Roadmap r = sample();
    assertEquals(ImmutableList.of(IMS, PA), r.areas());
    assertEquals("1,3", ids(r.byArea().get(IMS)));
    assertEquals("7,10", ids(r.inArea(PA)));
    assertEquals("", ids(r.inArea("Reform of the programme cycle")));
  }

  @Test
  void countsMilestonesByStatePerArea() {
    Roadmap r = sample();
    assertEquals(1, r.countsByState().get(IMS, ACHIEVED_WITH_CONDITIONS));
    assertEquals(1, r.countsByState().get(IMS, IN_PROGRESS));
    assertEquals(0, r.countsByState().get(IMS, PLANNED));
    assertEquals(1, r.countsByState().get(PA, PLANNED));
    assertEquals(1, r.countsByState().get(PA, IN_PROGRESS));
    assertEquals(2 * MilestoneState.values().length, r.countsByState().size());
  }

  @Test
  void findsMilestonesDueInAYearAndOverdueOnADay() {
    Roadmap r = sample();
    assertEquals("1,7", ids(r.dueIn(2007)));
    assertEquals("3,10", ids(r.dueIn(2008)));
    assertEquals("", ids(r.dueIn(2009)));
    // Milestone 1 is achieved with conditions, hence closed; 7 is still in progress.
    assertEquals("7", ids(r.overdueOn(LocalDate.of(2008, 7, 1))));
    assertEquals("", ids(r.overdueOn(LocalDate.of(2007, 12, 31))));
  }

  @Test
  void appliesAnEventToOneMilestoneInPlace() {
    Roadmap r =
        sample()
            .apply(
                MilestoneId.of("7"),
                MilestoneEvent.reviseDue(Due.ofYear(2008), "with IRIS support"),
                LocalDate.of(2007, 11, 16),
                "Governing Body",
                Optional.empty());
    assertEquals("1,3,7,10", ids(r.milestones()));
    assertEquals(Due.ofYear(2008), r.milestone(MilestoneId.of("7")).orElseThrow().due());
    assertEquals("", ids(r.overdueOn(LocalDate.of(2008, 7, 1))));
    assertEquals(Due.ofYear(2007), sample().milestone(MilestoneId.of("7")).orElseThrow().due());
  }

  @Test
  void refusesEventsForUnknownMilestonesOrThatTheStateDoesNotAllow() {
    InvalidValueException unknown =
        assertThrows(
            InvalidValueException.class,
            () ->
                sample()
                    .apply(MilestoneId.of("99"), MilestoneEvent.start(), PAPER, "HRD", Optional.empty()));
    assertEquals(
        "id: got 99, expected the id of a milestone of this roadmap", unknown.getMessage());
    assertThrows(
        IllegalTransitionException.class,
        () -> sample().apply(MilestoneId.of("10"), MilestoneEvent.submit(), PAPER, "HRD", Optional.empty()));
  }

  @Test
  void growsOverTime() {
    Milestone m17 =
        milestone(
            "17", PA, "A policy for follow-up to independent evaluation consistently applied",
            2009, MilestoneState.PROPOSED, PAPER);
    Roadmap r = sample().add(m17);
    assertEquals("7,10,17", ids(r.inArea(PA)));
    assertEquals("3,7,10,17", ids(r.addedDuring(DateRange.of(PAPER, PAPER))));
    assertEquals("1", ids(r.addedDuring(DateRange.of(LocalDate.of(2007, 1, 1), PAPER.minusDays(1)))));
    Roadmap march = r.asOf(LocalDate.of(2007, 3, 10));
    assertEquals("1", ids(march.milestones()));
    assertEquals(SUBMITTED_FOR_APPROVAL, march.milestones().get(0).state());
  }

  @Test
  void rejectsTwoMilestonesWithOneId() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> sample().add(milestone("3", PA, "Another", 2009, PLANNED, PAPER)));
    assertEquals(
        "milestones[4].id: got 3, expected an id not used before (milestones[1])", e.getMessage());
  }

  @Test
  void equalsByTitleAndMilestones() {
    new EqualsTester()
        .addEqualityGroup(sample(), sample())
        .addEqualityGroup(sample().withTitle("Other"))
        .addEqualityGroup(sample().asOf(LocalDate.of(2007, 3, 10)))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(MilestoneEvent.class, MilestoneEvent.start())
        .setDefault(MilestoneId.class, MilestoneId.of("10"))
        .setDefault(LocalDate.class, PAPER)
        .testAllPublicInstanceMethods(sample());
  }
}
