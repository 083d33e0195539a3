package org.rbm.core.strategies;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.testkit.RbmGen;

/** The laws of the linkage matrix, over the testkit's generated matrices. */
class LinkageMatrixPropertiesTest {

  private static LinkageMatrix rebuild(LinkageMatrix m, List<Linkage> links) {
    return LinkageMatrix.builder()
        .addStrategies(m.coreStrategies())
        .addStrategies(m.otherStrategies())
        .addLinks(links)
        .build();
  }

  @Test
  void theMatrixDoesNotDependOnTheOrderOfLinks() {
    qt().forAll(RbmGen.linkageMatrices(), longs().all())
        .check((m, seed) -> {
          List<Linkage> shuffled = new ArrayList<>(m.links());
          Collections.shuffle(shuffled, new Random(seed));
          return rebuild(m, shuffled).equals(m);
        });
  }

  @Test
  void enteringALinkEitherWayRoundGivesTheSameMatrix() {
    qt().forAll(RbmGen.linkageMatrices(), longs().all())
        .check((m, seed) -> {
          Random random = new Random(seed);
          List<Linkage> flipped = new ArrayList<>();
          for (Linkage l : m.links()) {
            flipped.add(random.nextBoolean() ? l : Linkage.of(l.to(), l.from(), l.statement()));
          }
          return rebuild(m, flipped).equals(m);
        });
  }

  @Test
  void gapsAndFilledCellsCoverEveryAllowedPositionOnce() {
    qt().forAll(RbmGen.linkageMatrices())
        .check(m -> {
          List<StrategyPair> both = new ArrayList<>(m.gaps());
          m.cells().forEach(c -> both.add(c.position()));
          Set<StrategyPair> distinct = new HashSet<>(both);
          long c = m.coreStrategies().size();
          long o = m.otherStrategies().size();
          return distinct.size() == both.size()
              && distinct.equals(new HashSet<>(m.allowedPositions()))
              && both.size() == c * (c - 1) / 2 + o * c;
        });
  }

  @Test
  void everyStatementIsInItsCellAndInTheLinksOfBothStrategies() {
    qt().forAll(RbmGen.linkageMatrices())
        .check(m -> m.links().stream().allMatch(l ->
            m.cell(l.to(), l.from()).contains(l.statement())
                && m.linksOf(l.from()).stream().anyMatch(c -> c.statements().contains(l.statement()))
                && m.linksOf(l.to()).stream().anyMatch(c -> c.statements().contains(l.statement()))));
  }

  @Test
  void everyStrategyIsCheckedByTheSevenCriteriaWithoutThrowing() {
    Set<String> ids = Set.of("RBM-STR-001", "RBM-STR-002", "RBM-STR-003", "RBM-STR-004",
        "RBM-STR-005", "RBM-STR-006", "RBM-STR-007");
    qt().forAll(RbmGen.strategies())
        .check(s -> StrategyCriteria.validator().validate(s).findings().stream()
            .allMatch(f -> ids.contains(f.ruleId().toString())
                && f.subjectId().equals(s.id().toString())));
  }
}
