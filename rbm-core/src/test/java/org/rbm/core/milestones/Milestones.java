package org.rbm.core.milestones;

import java.time.LocalDate;

/** Milestones for the tests of this package. */
final class Milestones {
  static final LocalDate RECORDED = LocalDate.of(2007, 10, 12);

  private Milestones() {}

  /** Milestone 6 of the ILO roadmap, recorded in the given state, due 2007. */
  static Milestone m6(MilestoneState state) {
    return Milestone.builder()
        .id(MilestoneId.of("6"))
        .area("Performance and accountability")
        .owner("Human Resources Development Department")
        .initialStatement("New staff performance management system introduced")
        .initialDue(Due.ofYear(2007))
        .initialState(state)
        .recordedOn(RECORDED)
        .recordedBy("GB.300/PFA/9/1")
        .build();
  }

  /** An event of the kind, with a payload its guard in a milestone due 2007 lets through. */
  static MilestoneEvent passing(Class<? extends MilestoneEvent> kind) {
    if (kind == MilestoneEvent.AchieveWithConditions.class) {
      return MilestoneEvent.achieveWithConditions("a condition");
    } else if (kind == MilestoneEvent.Revise.class) {
      return MilestoneEvent.reviseDue(Due.ofYear(2008), "a reason");
    } else if (kind == MilestoneEvent.Defer.class) {
      return MilestoneEvent.defer(Due.ofYear(2009));
    } else if (kind == MilestoneEvent.Approve.class) {
      return MilestoneEvent.approve();
    } else if (kind == MilestoneEvent.Start.class) {
      return MilestoneEvent.start();
    } else if (kind == MilestoneEvent.Submit.class) {
      return MilestoneEvent.submit();
    } else if (kind == MilestoneEvent.Achieve.class) {
      return MilestoneEvent.achieve();
    } else if (kind == MilestoneEvent.Cancel.class) {
      return MilestoneEvent.cancel();
    }
    return MilestoneEvent.reopen();
  }
}
