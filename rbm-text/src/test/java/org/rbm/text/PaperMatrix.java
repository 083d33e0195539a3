package org.rbm.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.StrategyHeading;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyPair;

/**
 * The strategy-linkage matrix of the ILO's 2007 paper (GB.300/PFA/9/1, paragraph 22), as DOMAIN.md
 * gives it: six rows, five core columns, 20 cells. Each cell's "a; b; c" is split into statements.
 */
final class PaperMatrix {
  static final StrategyId HR = StrategyId.of("HR");
  static final StrategyId IT = StrategyId.of("IT");
  static final StrategyId KNOWLEDGE = StrategyId.of("KNOWLEDGE");
  static final StrategyId EVALUATION = StrategyId.of("EVALUATION");
  static final StrategyId RBM = StrategyId.of("RBM");
  static final StrategyId GENDER = StrategyId.of("GENDER");
  static final StrategyId RESOURCES = StrategyId.of("RESOURCE-MOBILIZATION");

  /** The 20 cells: (row, column) → statements, in the paper's reading order. */
  static final ImmutableMap<StrategyPair, ImmutableSet<String>> CELLS =
      ImmutableMap.<StrategyPair, ImmutableSet<String>>builder()
          .put(StrategyPair.of(HR, IT), ImmutableSet.of("Update IT skills among staff"))
          .put(StrategyPair.of(HR, KNOWLEDGE), ImmutableSet.of(
              "Update core competencies", "Update knowledge-sharing skills",
              "Support retention of institutional knowledge"))
          .put(StrategyPair.of(HR, EVALUATION), ImmutableSet.of(
              "Update evaluation skills", "Accountability for results",
              "Follow-up on recommendations"))
          .put(StrategyPair.of(HR, RBM), ImmutableSet.of(
              "Update management competencies", "Support results-based performance appraisal"))
          .put(StrategyPair.of(IT, KNOWLEDGE),
              ImmutableSet.of("Support knowledge management and knowledge sharing"))
          .put(StrategyPair.of(IT, EVALUATION),
              ImmutableSet.of("Support capturing, storing and accessing lessons learned"))
          .put(StrategyPair.of(IT, RBM), ImmutableSet.of("Support management information systems"))
          .put(StrategyPair.of(KNOWLEDGE, EVALUATION),
              ImmutableSet.of("Support knowledge sharing in evaluation"))
          .put(StrategyPair.of(KNOWLEDGE, RBM),
              ImmutableSet.of("Integrate knowledge into results management, reporting and DWCPs"))
          .put(StrategyPair.of(EVALUATION, RBM), ImmutableSet.of(
              "Apply lessons learned in major programming and planning steps",
              "Monitor implementation of evaluation recommendations"))
          .put(StrategyPair.of(GENDER, HR), ImmutableSet.of(
              "Improve gender balance", "Measures against workplace harassment",
              "Update gender-mainstreaming capacity"))
          .put(StrategyPair.of(GENDER, IT),
              ImmutableSet.of("Encourage use of sex-disaggregated databases"))
          .put(StrategyPair.of(GENDER, KNOWLEDGE), ImmutableSet.of(
              "Update the knowledge base on good practices", "Support gender networks"))
          .put(StrategyPair.of(GENDER, EVALUATION),
              ImmutableSet.of("Use gender audits and evaluations to promote gender equality"))
          .put(StrategyPair.of(GENDER, RBM),
              ImmutableSet.of("Apply gender results, indicators and targets in the programming process"))
          .put(StrategyPair.of(RESOURCES, HR),
              ImmutableSet.of("Update resource-mobilization skills in regional offices"))
          .put(StrategyPair.of(RESOURCES, IT),
              ImmutableSet.of("IRIS supports technical cooperation reporting"))
          .put(StrategyPair.of(RESOURCES, KNOWLEDGE),
              ImmutableSet.of("Integrate knowledge into partnership frameworks"))
          .put(StrategyPair.of(RESOURCES, EVALUATION), ImmutableSet.of(
              "Apply evaluation lessons learned", "Follow up on recommendations"))
          .put(StrategyPair.of(RESOURCES, RBM),
              ImmutableSet.of("Strengthen RBM in technical cooperation proposals and reports"))
          .buildOrThrow();

  static final ImmutableList<StrategyHeading> OTHER = ImmutableList.of(
      StrategyHeading.other(GENDER, "Gender equality"),
      StrategyHeading.other(RESOURCES, "Resource mobilization"));

  private PaperMatrix() {}

  /** The paper's matrix, each link entered from the row to the column, in the paper's order. */
  static LinkageMatrix matrix() {
    LinkageMatrix.Builder b = LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)
        .addStrategies(OTHER);
    CELLS.forEach((pair, texts) -> texts.forEach(t -> b.link(pair.row(), pair.column(), t)));
    return b.build();
  }
}
