package org.rbm.examples;

import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.StrategyId;

/**
 * The strategies of the ILO's 2007 paper (GB.300/PFA/9/1): its strategy-linkage matrix (paragraph
 * 22), six strategies against the five core management strategies, 20 cells.
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
