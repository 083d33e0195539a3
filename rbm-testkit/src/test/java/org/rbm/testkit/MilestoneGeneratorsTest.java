package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;

class MilestoneGeneratorsTest {

  @Test
  void milestonesHaveHistoriesOfTheLengthsAskedFor() {
    qt().forAll(RbmGen.milestones().historyLengths(3, 5))
        .checkAssert(m -> assertTrue(m.history().size() >= 3 && m.history().size() <= 5));
    qt().forAll(RbmGen.milestones().historyLengths(0, 0))
        .checkAssert(m -> assertEquals(ImmutableList.of(), m.history()));
  }

  @Test
  void milestonesStartInEveryState() {
    Set<MilestoneState> seen = new HashSet<>();
    Sampler<Milestone> sampler = RbmGen.milestones().historyLengths(0, 0).sampler(5);
    for (int i = 0; i < 400; i++) {
      seen.add(sampler.next().state());
    }
    assertEquals(Set.of(MilestoneState.values()), seen);
  }

  @Test
  void eventSequencesMixAllowedAndRefusedEvents() {
    Sampler<Milestone> milestones = RbmGen.milestones().sampler(11);
    Sampler<ImmutableList<TimedEvent>> sequences = RbmGen.eventSequences().lengths(20, 20).sampler(11);
    int applied = 0;
    int refused = 0;
    for (int i = 0; i < 50; i++) {
      Milestone m = milestones.next();
      for (TimedEvent step : sequences.next()) {
        try {
          m = step.applyTo(m);
          applied++;
        } catch (IllegalTransitionException e) {
          refused++;
        }
      }
    }
    assertTrue(applied > 100, "applied " + applied);
    assertTrue(refused > 100, "refused " + refused);
  }

  @Test
  void roadmapsNumberTheirMilestonesFromOne() {
    qt().forAll(RbmGen.roadmaps())
        .checkAssert(
            r -> {
              for (int i = 0; i < r.milestones().size(); i++) {
                assertEquals(MilestoneId.of(Integer.toString(i + 1)), r.milestones().get(i).id());
              }
            });
    Roadmap sample = RbmGen.roadmaps().sample(3);
    assertEquals(sample, RbmGen.roadmaps().sample(3));
  }

  @Test
  void duesParseTheirOwnText() {
    qt().forAll(RbmGen.dues()).checkAssert(d -> assertEquals(d, Due.parse(d.toString())));
  }

  @Test
  void rejectsEmptyOrOutOfBoundsSizes() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RbmGen.milestones().historyLengths(4, 2));
    assertEquals(
        "historyLengths: got \"4..2\", expected a range min..max with 0 <= min <= max <= 1000",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> RbmGen.eventSequences().lengths(-1, 2));
  }

  @Test
  void timedEventsAreValues() {
    assertThrows(
        InvalidValueException.class, () -> TimedEvent.of(MilestoneEvent.start(), -1, "HRD"));
    assertThrows(InvalidValueException.class, () -> TimedEvent.of(MilestoneEvent.start(), 1, " "));
    new EqualsTester()
        .addEqualityGroup(
            TimedEvent.of(MilestoneEvent.start(), 3, "HRD"),
            TimedEvent.of(MilestoneEvent.start(), 3, "HRD"))
        .addEqualityGroup(TimedEvent.of(MilestoneEvent.start(), 4, "HRD"))
        .addEqualityGroup(TimedEvent.of(MilestoneEvent.approve(), 3, "HRD"))
        .addEqualityGroup(TimedEvent.of(MilestoneEvent.start(), 3, "GB"))
        .testEquals();
    assertEquals(
        "defer to 2009, 30 days later, by Governing Body",
        TimedEvent.of(MilestoneEvent.defer(Due.ofYear(2009)), 30, "Governing Body").toString());
    new NullPointerTester()
        .setDefault(MilestoneEvent.class, MilestoneEvent.start())
        .testAllPublicStaticMethods(TimedEvent.class);
  }
}
