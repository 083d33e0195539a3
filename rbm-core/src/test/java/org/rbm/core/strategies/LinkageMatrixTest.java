package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.strategies.PaperMatrix.GENDER;
import static org.rbm.core.strategies.PaperMatrix.HR;
import static org.rbm.core.strategies.PaperMatrix.IT;
import static org.rbm.core.strategies.PaperMatrix.RESOURCES;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

class LinkageMatrixTest {
  static final StrategyId A = StrategyId.of("A");
  static final StrategyId B = StrategyId.of("B");
  static final StrategyId X = StrategyId.of("X");

  /** Two core strategies, Alpha and Beta, and one other, Xeno: 1 + 2 = 3 allowed cells. */
  static LinkageMatrix.Builder small() {
    return LinkageMatrix.builder()
        .addCoreStrategy(A, "Alpha")
        .addCoreStrategy(B, "Beta")
        .addOtherStrategy(X, "Xeno");
  }

  private static LinkageMatrix smallFilled() {
    return small().link(B, A, "Ab link").link(X, A, "Two").link(A, X, "One").build();
  }

  private static InvalidValueException buildFails(LinkageMatrix.Builder b) {
    return assertThrows(InvalidValueException.class, b::build);
  }

  @Test
  void aCorePairEnteredEitherWayRoundIsOneCellAboveTheDiagonal() {
    LinkageMatrix m = smallFilled();
    assertEquals(List.of(StrategyPair.of(A, B), StrategyPair.of(X, A)),
        m.cells().stream().map(LinkageCell::position).toList());
    assertEquals(List.of(LinkageStatement.of("Ab link")), m.cell(A, B));
    assertEquals(m, small().link(A, B, "Ab link").link(X, A, "One").link(X, A, "Two").build());
  }

  @Test
  void theJavadocExampleHasThirteenGaps() {
    LinkageMatrix m = LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)
        .addOtherStrategy(GENDER, "Gender equality")
        .link(HR, IT, "Update IT skills among staff")
        .link(IT, HR, "Support e-learning")
        .link(GENDER, HR, "Improve gender balance")
        .build();
    assertEquals(List.of(LinkageStatement.of("Support e-learning"),
        LinkageStatement.of("Update IT skills among staff")), m.cell(IT, HR));
    // 5 core strategies: 10 pairs; GENDER: 5 cells; 2 of the 15 are filled.
    assertEquals(13, m.gaps().size());
  }

  @Test
  void aCellKeepsItsStatementsSorted() {
    assertEquals(List.of(LinkageStatement.of("One"), LinkageStatement.of("Two")),
        smallFilled().cell(X, A));
  }

  @Test
  void gapsAreTheAllowedCellsWithoutStatements() {
    LinkageMatrix m = smallFilled();
    assertEquals(
        List.of(StrategyPair.of(A, B), StrategyPair.of(X, A), StrategyPair.of(X, B)),
        m.allowedPositions());
    assertEquals(List.of(StrategyPair.of(X, B)), m.gaps());
    assertEquals(List.of(), m.cell(X, B));
    assertEquals(3, small().build().gaps().size());
  }

  @Test
  void rejectsAStrategyLinkedToItself() {
    InvalidValueException e = buildFails(LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES).link(HR, HR, "Self"));
    assertEquals("links[0].to: got HR, expected a strategy other than HR: a strategy never links "
        + "to itself", e.getMessage());
    assertThrows(InvalidValueException.class, () -> PaperMatrix.matrix().cell(IT, IT));
    assertThrows(InvalidValueException.class, () -> StrategyPair.of(IT, IT));
  }

  @Test
  void rejectsALinkBetweenTwoStrategiesThatAreNotCore() {
    InvalidValueException e = buildFails(LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)
        .addStrategies(PaperMatrix.OTHER)
        .link(GENDER, RESOURCES, "Gender-responsive fundraising"));
    assertEquals("links[0].to: got RESOURCE-MOBILIZATION, expected a core management strategy "
        + "(one of HR, IT, KNOWLEDGE, EVALUATION, RBM), since GENDER is not one", e.getMessage());
  }

  @Test
  void rejectsALinkToAStrategyNotInTheMatrix() {
    InvalidValueException e = buildFails(small().link(A, StrategyId.of("Q"), "Unknown"));
    assertEquals("links[0].to: got Q, expected a strategy of the matrix, one of [A, B, X]",
        e.getMessage());
    assertEquals("links[0].from",
        buildFails(small().link(StrategyId.of("Q"), A, "Unknown")).field().orElseThrow());
  }

  @Test
  void rejectsTheSameStatementTwiceInACell() {
    InvalidValueException e = buildFails(small().link(A, B, "Shared").link(B, A, "Shared"));
    assertEquals("links[1].statement: got \"Shared\", expected a statement not already in the cell "
        + "(A, B)", e.getMessage());
  }

  @Test
  void rejectsAStrategyIdGivenTwice() {
    InvalidValueException e = buildFails(small().addOtherStrategy(A, "Again"));
    assertEquals("strategies[3].id: got A, expected a strategy id not given before", e.getMessage());
  }

  @Test
  void rejectsAMatrixWithoutCoreStrategies() {
    InvalidValueException e = buildFails(LinkageMatrix.builder().addOtherStrategy(X, "Xeno"));
    assertEquals("strategies", e.field().orElseThrow());
  }

  @Test
  void queriesRejectStrategiesOutsideTheMatrix() {
    LinkageMatrix m = smallFilled();
    assertEquals("coreStrategy",
        assertThrows(InvalidValueException.class, () -> m.column(X)).field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> m.row(StrategyId.of("Q")));
    assertThrows(InvalidValueException.class, () -> m.linksOf(StrategyId.of("Q")));
    assertEquals("second",
        assertThrows(InvalidValueException.class, () -> m.positionOf(A, StrategyId.of("Q")))
            .field().orElseThrow());
  }

  @Test
  void statementsMayReferToResultsAndMilestones() {
    LinkageStatement s = LinkageStatement.builder()
        .text("Support management information systems")
        .result(ResultReference.of(FrameworkId.of("PB-2008-09"), ResultId.of("IO2a.1")))
        .milestone(MilestoneId.of("PA-9"))
        .build();
    LinkageMatrix m = small().link(A, B, s).build();
    assertEquals(List.of(s), m.cell(B, A));
    assertEquals(m, small().addLinks(m.links()).build());
  }

  @Test
  void linksGiveEveryStatementFromItsRowToItsColumn() {
    LinkageMatrix m = smallFilled();
    assertEquals(List.of(
        Linkage.of(A, B, LinkageStatement.of("Ab link")),
        Linkage.of(X, A, LinkageStatement.of("One")),
        Linkage.of(X, A, LinkageStatement.of("Two"))), m.links());
    assertEquals(m, small().addLinks(m.links()).build());
  }

  @Test
  void toBuilderGivesBackTheSameMatrix() {
    LinkageMatrix m = smallFilled();
    assertEquals(m, m.toBuilder().build());
    assertEquals(0, m.toBuilder().link(X, B, "More").build().gaps().size());
  }

  @Test
  void equalityFollowsStrategiesAndCells() {
    new EqualsTester()
        .addEqualityGroup(smallFilled(), smallFilled(), smallFilled().toBuilder().build())
        .addEqualityGroup(small().build())
        .addEqualityGroup(LinkageMatrix.builder()
            .addCoreStrategy(B, "Beta").addCoreStrategy(A, "Alpha").addOtherStrategy(X, "Xeno")
            .build())
        .addEqualityGroup(PaperMatrix.matrix())
        .testEquals();
    assertEquals("LinkageMatrix[core A, B; other X; 2 of 3 cells filled]", smallFilled().toString());
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(StrategyId.class, A)
        .setDefault(StrategyHeading.class, StrategyHeading.core(A, "Alpha"))
        .setDefault(LinkageStatement.class, LinkageStatement.of("x"))
        .setDefault(String.class, "Name");
    npt.testAllPublicInstanceMethods(smallFilled());
    npt.testAllPublicInstanceMethods(small());
    npt.testAllPublicStaticMethods(LinkageMatrix.class);
  }
}
