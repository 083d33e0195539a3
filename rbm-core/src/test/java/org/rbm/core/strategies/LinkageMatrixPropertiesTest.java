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
import org.rbm.core.strategies.MatrixRecipes.Link;

/** The laws of the linkage matrix, over generated matrices. */
class LinkageMatrixPropertiesTest {

  @Test
  void theMatrixDoesNotDependOnTheOrderOfLinks() {
    qt().forAll(MatrixRecipes.recipes(), longs().all())
        .check((recipe, seed) -> {
          List<Link> shuffled = new ArrayList<>(recipe.links());
          Collections.shuffle(shuffled, new Random(seed));
          return recipe.build(shuffled).equals(recipe.build());
        });
  }

  @Test
  void enteringALinkEitherWayRoundGivesTheSameMatrix() {
    qt().forAll(MatrixRecipes.recipes(), longs().all())
        .check((recipe, seed) -> {
          Random random = new Random(seed);
          List<Link> flipped = new ArrayList<>();
          for (Link l : recipe.links()) {
            flipped.add(random.nextBoolean() ? l : new Link(/* row= */ l.column(), /* column= */ l.row(), l.statement()));
          }
          return recipe.build(flipped).equals(recipe.build());
        });
  }

  @Test
  void readingTheCsvBackGivesTheSameMatrix() {
    qt().forAll(MatrixRecipes.recipes())
        .check(recipe -> {
          LinkageMatrix m = recipe.build();
          return LinkageMatrix.parseCsv(m.toCsv()).equals(m);
        });
  }

  @Test
  void gapsAndFilledCellsCoverEveryAllowedPositionOnce() {
    qt().forAll(MatrixRecipes.recipes())
        .check(recipe -> {
          LinkageMatrix m = recipe.build();
          List<StrategyPair> both = new ArrayList<>(m.gaps());
          m.cells().forEach(c -> both.add(c.position()));
          Set<StrategyPair> distinct = new HashSet<>(both);
          long c = recipe.coreCount();
          long o = recipe.strategies().size() - c;
          return distinct.size() == both.size()
              && distinct.equals(new HashSet<>(m.allowedPositions()))
              && both.size() == c * (c - 1) / 2 + o * c;
        });
  }

  @Test
  void everyStatementEnteredIsInItsCellAndInTheLinksOfBothStrategies() {
    qt().forAll(MatrixRecipes.recipes())
        .check(recipe -> {
          LinkageMatrix m = recipe.build();
          return recipe.links().stream().allMatch(l ->
              m.cell(l.column(), l.row()).contains(l.statement())
                  && m.linksOf(l.row()).stream().anyMatch(c -> c.statements().contains(l.statement()))
                  && m.linksOf(l.column()).stream().anyMatch(c -> c.statements().contains(l.statement())));
        });
  }
}
