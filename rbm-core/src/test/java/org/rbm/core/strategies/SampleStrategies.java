package org.rbm.core.strategies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/** Strategies for the tests: a knowledge-sharing strategy for 2008-09 that meets every criterion. */
final class SampleStrategies {
  static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  static final Currency USD = Currency.getInstance("USD");

  /** The roadmap's milestone 2, as the paper recorded it in October 2007. */
  static final Milestone ADOPTED = Milestone.builder()
      .id(MilestoneId.of("2"))
      .area("Integrated management strategy")
      .owner("International Labour Office")
      .initialStatement("Results-based knowledge-sharing and research strategy adopted")
      .initialDue(Due.ofYear(2007))
      .initialState(MilestoneState.SUBMITTED_FOR_APPROVAL)
      .recordedOn(LocalDate.of(2007, 10, 12))
      .recordedBy("GB.300/PFA/9/1")
      .build();

  private SampleStrategies() {}

  static Strategy.Builder knowledgeSharing() {
    return Strategy.builder()
        .id(StrategyId.of("KNOWLEDGE"))
        .name("Knowledge-sharing strategy")
        .kind(StrategyKind.CORE_MANAGEMENT)
        .period(PlanningPeriod.parse("2008-09").toDateRange())
        .statement("Make the Office's knowledge available to constituents and staff")
        .framework(PB)
        .addMilestone(ADOPTED)
        .addExpectedResult(ExpectedResult.builder()
            .result(ResultId.of("IO4.1")).level("immediate outcome")
            .addMilestone(ADOPTED.id()).build())
        .addCoordination("Knowledge-sharing focal points in every department")
        .addPartnership("UN System Staff College")
        .addPriorityArea("Knowledge networks")
        .addPriorityArea("Research")
        .addCost(CostRequirement.of(FundingSource.REGULAR_BUDGET, new BigDecimal("1200000"), USD))
        .reviewMechanism("Annual review by the Knowledge Management Committee");
  }
}
