package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.Strategy;

/** The strategy generators give varied values, and the same value for the same seed. */
class StrategyGeneratorsTest {

  @Test
  void samplesAreReproducible() {
    assertEquals(RbmGen.linkageMatrices().sample(7), RbmGen.linkageMatrices().sample(7));
    assertEquals(RbmGen.strategies().sample(7), RbmGen.strategies().sample(7));
    assertEquals(RbmGen.linkageStatements().sample(7), RbmGen.linkageStatements().sample(7));
  }

  @Test
  void matricesVaryInShapeAndFilling() {
    Set<Integer> columns = new HashSet<>();
    Set<Integer> others = new HashSet<>();
    boolean someGap = false;
    boolean someFull = false;
    Sampler<LinkageMatrix> sampler = RbmGen.linkageMatrices().sampler(2008);
    for (int i = 0; i < 300; i++) {
      LinkageMatrix m = sampler.next();
      columns.add(m.coreStrategies().size());
      others.add(m.otherStrategies().size());
      someGap |= !m.gaps().isEmpty();
      someFull |= !m.allowedPositions().isEmpty() && m.gaps().isEmpty();
    }
    assertEquals(Set.of(1, 2, 3, 4, 5), columns);
    assertEquals(Set.of(0, 1, 2, 3, 4), others);
    assertTrue(someGap && someFull);
  }

  @Test
  void strategiesSometimesMeetAndSometimesBreakTheCriteria() {
    boolean clean = false;
    boolean tooManyAreas = false;
    boolean nonPositiveCost = false;
    Sampler<Strategy> sampler = RbmGen.strategies().sampler(2008);
    for (int i = 0; i < 300; i++) {
      Strategy s = sampler.next();
      clean |= !s.milestones().isEmpty() && !s.coordination().isEmpty()
          && !s.partnerships().isEmpty() && s.reviewMechanism().isPresent();
      tooManyAreas |= s.priorityAreas().size() > 5;
      nonPositiveCost |= s.costs().stream().anyMatch(c -> c.amount().signum() <= 0);
    }
    assertTrue(clean && tooManyAreas && nonPositiveCost);
  }
}
