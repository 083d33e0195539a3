package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.strategies.PaperMatrix.EVALUATION;
import static org.rbm.core.strategies.PaperMatrix.GENDER;
import static org.rbm.core.strategies.PaperMatrix.HR;
import static org.rbm.core.strategies.PaperMatrix.IT;
import static org.rbm.core.strategies.PaperMatrix.KNOWLEDGE;
import static org.rbm.core.strategies.PaperMatrix.RBM;
import static org.rbm.core.strategies.PaperMatrix.RESOURCES;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paper's matrix (DOMAIN.md, paragraph 22): all 20 cells under the right row and column. */
class LinkageMatrixPaperTest {
  private final LinkageMatrix paper = PaperMatrix.matrix();

  private static ImmutableSet<String> texts(List<LinkageStatement> statements) {
    return statements.stream().map(LinkageStatement::text).collect(ImmutableSet.toImmutableSet());
  }

  @Test
  void hasSixRowsFiveColumnsAndTwentyAllowedCells() {
    assertEquals(
        List.of(HR, IT, KNOWLEDGE, EVALUATION, RBM),
        paper.coreStrategies().stream().map(StrategyHeading::id).toList());
    assertEquals(
        List.of(HR, IT, KNOWLEDGE, EVALUATION, GENDER, RESOURCES),
        paper.rows().stream().map(StrategyHeading::id).toList());
    // 5 core: 4 + 3 + 2 + 1 = 10 above the diagonal; 2 other strategies x 5 columns = 10.
    assertEquals(20, paper.allowedPositions().size());
    assertEquals(20, paper.cells().size());
    assertEquals(List.of(), paper.gaps());
  }

  @Test
  void everyCellOfThePaperSitsUnderItsRowAndColumn() {
    for (Map.Entry<StrategyPair, ImmutableSet<String>> e : PaperMatrix.CELLS.entrySet()) {
      StrategyPair p = e.getKey();
      assertEquals(e.getValue(), texts(paper.cell(p.row(), p.column())), p.toString());
      assertEquals(p, paper.positionOf(p.row(), p.column()));
    }
  }

  @Test
  void eachCorePairIsOneCellWhicheverWayRoundItIsAsked() {
    assertEquals(paper.cell(HR, IT), paper.cell(IT, HR));
    assertEquals(ImmutableSet.of("Support knowledge sharing in evaluation"),
        texts(paper.cell(EVALUATION, KNOWLEDGE)));
    assertEquals(StrategyPair.of(HR, RBM), paper.positionOf(RBM, HR));
    assertEquals(StrategyPair.of(GENDER, HR), paper.positionOf(HR, GENDER));
  }

  @Test
  void aRowHoldsTheCellsToTheRightOfTheDiagonal() {
    assertEquals(List.of(EVALUATION, RBM),
        paper.row(KNOWLEDGE).stream().map(LinkageCell::column).toList());
    assertEquals(List.of(HR, IT, KNOWLEDGE, EVALUATION, RBM),
        paper.row(GENDER).stream().map(LinkageCell::column).toList());
    assertEquals(List.of(), paper.row(RBM));
  }

  @Test
  void aColumnHoldsTheCellsAboveTheDiagonalAndTheOtherStrategies() {
    assertEquals(List.of(HR, IT, GENDER, RESOURCES),
        paper.column(KNOWLEDGE).stream().map(LinkageCell::row).toList());
    assertEquals(List.of(GENDER, RESOURCES),
        paper.column(HR).stream().map(LinkageCell::row).toList());
  }

  @Test
  void theLinksOfAStrategyComeFromItsRowAndItsColumn() {
    // Knowledge: with HR and IT (its column, above), Evaluation and RBM (its row), and with
    // Gender equality and Resource mobilization (its column, below).
    assertEquals(
        List.of(StrategyPair.of(HR, KNOWLEDGE), StrategyPair.of(IT, KNOWLEDGE),
            StrategyPair.of(KNOWLEDGE, EVALUATION), StrategyPair.of(KNOWLEDGE, RBM),
            StrategyPair.of(GENDER, KNOWLEDGE), StrategyPair.of(RESOURCES, KNOWLEDGE)),
        paper.linksOf(KNOWLEDGE).stream().map(LinkageCell::position).toList());
    assertEquals(5, paper.linksOf(GENDER).size());
    assertEquals(6, paper.linksOf(RBM).size());
  }
}
