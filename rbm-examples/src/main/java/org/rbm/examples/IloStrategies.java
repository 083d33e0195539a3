package org.rbm.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.ExpectedResult;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;

/**
 * The strategies of the ILO's 2007 paper (GB.300/PFA/9/1): its strategy-linkage matrix (paragraph
 * 22), six strategies against the five core management strategies, 20 cells; and a sample
 * knowledge-sharing strategy to check against the common criteria (paragraph 20).
 */
final class IloStrategies {
  static final StrategyId HR = StrategyId.of("HR");
  static final StrategyId IT = StrategyId.of("IT");
  static final StrategyId KNOWLEDGE = StrategyId.of("KNOWLEDGE");
  static final StrategyId EVALUATION = StrategyId.of("EVALUATION");
  static final StrategyId RBM = StrategyId.of("RBM");
  static final StrategyId GENDER = StrategyId.of("GENDER");
  static final StrategyId RESOURCES = StrategyId.of("RESOURCE-MOBILIZATION");
  static final StrategyId EMPLOYMENT = StrategyId.of("GLOBAL-EMPLOYMENT-AGENDA");

  private IloStrategies() {}

  /**
   * A sample knowledge-sharing strategy for 2008-09 over the example framework. The paper gives the
   * strategy's name and its milestone (roadmap milestone 2, submitted for adoption in November
   * 2007), not its content: the rest is illustrative, and leaves gaps for the criteria to find.
   */
  static Strategy knowledgeSharingStrategy() {
    Milestone adopted = Milestone.builder()
        .id(MilestoneId.of("2"))
        .area("Integrated management strategy")
        .owner("International Labour Office")
        .initialStatement("Results-based knowledge-sharing and research strategy adopted")
        .initialDue(Due.ofYear(2007))
        .initialState(MilestoneState.SUBMITTED_FOR_APPROVAL)
        .recordedOn(LocalDate.of(2007, 10, 12))
        .recordedBy("GB.300/PFA/9/1")
        .recordNote("Knowledge-sharing strategy submitted to this session for adoption")
        .build();
    return Strategy.builder()
        .id(KNOWLEDGE)
        .name("Knowledge-sharing strategy")
        .kind(StrategyKind.CORE_MANAGEMENT)
        .period(PlanningPeriod.parse("2008-09").toDateRange())
        .statement("Capture the Office's knowledge on decent work and make it available to"
            + " constituents, partners and staff where decisions are made")
        .framework(IloFramework.programmeAndBudget2008().id())
        .addMilestone(adopted)
        .addExpectedResult(ExpectedResult.builder()
            .result(ResultId.of("IO2a.1")).level("immediate outcome")
            .addMilestone(adopted.id()).build())
        .addExpectedResult(ExpectedResult.builder()
            .result(ResultId.of("OC2a")).level("outcome").build())
        .addCoordination("Knowledge-sharing focal points in every department and regional office")
        .addPriorityArea("Decent work country knowledge bases")
        .addPriorityArea("Knowledge networks of practitioners")
        .addPriorityArea("Research and statistics")
        .addCost(CostRequirement.of(FundingSource.REGULAR_BUDGET, new BigDecimal("1200000"),
            Currency.getInstance("USD")))
        .addCost(CostRequirement.of(FundingSource.RBSA, BigDecimal.ZERO,
            Currency.getInstance("USD")))
        .reviewMechanism("Yearly review by the Knowledge Management Committee, lessons fed into"
            + " the next Programme and Budget")
        .build();
  }

  /** The paper's matrix; each of its cells' "a; b; c" is entered as separate statements. */
  static LinkageMatrix linkageMatrix() {
    return LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)
        .addOtherStrategy(GENDER, "Gender equality")
        .addOtherStrategy(RESOURCES, "Resource mobilization")
        .link(HR, IT, "Update IT skills among staff")
        .link(HR, KNOWLEDGE, "Update core competencies")
        .link(HR, KNOWLEDGE, "Update knowledge-sharing skills")
        .link(HR, KNOWLEDGE, "Support retention of institutional knowledge")
        .link(HR, EVALUATION, "Update evaluation skills")
        .link(HR, EVALUATION, "Accountability for results")
        .link(HR, EVALUATION, "Follow-up on recommendations")
        .link(HR, RBM, "Update management competencies")
        .link(HR, RBM, "Support results-based performance appraisal")
        .link(IT, KNOWLEDGE, "Support knowledge management and knowledge sharing")
        .link(IT, EVALUATION, "Support capturing, storing and accessing lessons learned")
        .link(IT, RBM, "Support management information systems")
        .link(KNOWLEDGE, EVALUATION, "Support knowledge sharing in evaluation")
        .link(KNOWLEDGE, RBM, "Integrate knowledge into results management, reporting and DWCPs")
        .link(EVALUATION, RBM, "Apply lessons learned in major programming and planning steps")
        .link(EVALUATION, RBM, "Monitor implementation of evaluation recommendations")
        .link(GENDER, HR, "Improve gender balance")
        .link(GENDER, HR, "Measures against workplace harassment")
        .link(GENDER, HR, "Update gender-mainstreaming capacity")
        .link(GENDER, IT, "Encourage use of sex-disaggregated databases")
        .link(GENDER, KNOWLEDGE, "Update the knowledge base on good practices")
        .link(GENDER, KNOWLEDGE, "Support gender networks")
        .link(GENDER, EVALUATION, "Use gender audits and evaluations to promote gender equality")
        .link(GENDER, RBM, "Apply gender results, indicators and targets in the programming process")
        .link(RESOURCES, HR, "Update resource-mobilization skills in regional offices")
        .link(RESOURCES, IT, "IRIS supports technical cooperation reporting")
        .link(RESOURCES, KNOWLEDGE, "Integrate knowledge into partnership frameworks")
        .link(RESOURCES, EVALUATION, "Apply evaluation lessons learned")
        .link(RESOURCES, EVALUATION, "Follow up on recommendations")
        .link(RESOURCES, RBM, "Strengthen RBM in technical cooperation proposals and reports")
        .build();
  }
}
