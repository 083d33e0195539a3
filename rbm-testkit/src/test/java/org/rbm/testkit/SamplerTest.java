package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultsFramework;

class SamplerTest {

  @Test
  void theSameSeedGivesTheSameValues() {
    assertEquals(RbmGen.frameworks().sample(2008), RbmGen.frameworks().sample(2008));
    assertEquals(
        RbmGen.indicators().sampler(7).next(20), Sampler.of(RbmGen.indicators(), 7).next(20));
  }

  @Test
  void sampleIsTheFirstValueOfTheSampler() {
    assertEquals(RbmGen.results().sampler(11).next(), RbmGen.results().sample(11));
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    ImmutableSet.Builder<ResultsFramework> distinct = ImmutableSet.builder();
    for (long seed = 0; seed < 10; seed++) {
      distinct.add(RbmGen.frameworks().sample(seed));
    }
    assertEquals(10, distinct.build().size());
  }

  @Test
  void successiveValuesDiffer() {
    ImmutableList<ResultsFramework> ten = RbmGen.frameworks().sampler(3).next(10);
    assertEquals(10, ImmutableSet.copyOf(ten).size());
  }

  @Test
  void drawsAreUniformWithinTheBoundsOfAnyQuickTheoriesGenerator() {
    int[] counts = new int[6];
    Sampler<Integer> dice = Sampler.of(SourceDSL.integers().between(1, 6), 5);
    for (int i = 0; i < 6_000; i++) {
      counts[dice.next() - 1]++;
    }
    for (int c : counts) {
      // 1,000 expected per face; 850..1150 is more than four standard deviations (~29) wide.
      assertEquals(1_000, c, 150);
    }
  }

  @Test
  void drivesQuickTheoriesOwnCompositeGenerators() {
    // Lists draw through detached sources: the sampler must serve those too.
    Sampler<java.util.List<Integer>> lists =
        Sampler.of(SourceDSL.lists().of(SourceDSL.integers().between(1, 6)).ofSizeBetween(2, 5), 8);
    for (java.util.List<Integer> list : lists.next(200)) {
      assertEquals(3.5, list.size(), 1.5);
      list.forEach(i -> assertEquals(3.5, i, 2.5));
    }
    assertEquals(
        ImmutableSet.of(2, 3, 4, 5),
        lists.next(200).stream().map(java.util.List::size).collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void aGeneratorThatRejectsEverythingGivesUp() {
    Sampler<Integer> never =
        Sampler.of(SourceDSL.integers().between(1, 6).assuming(i -> i > 6), 1);
    assertThrows(SamplingException.class, never::next);
  }

  @Test
  void rejectsANegativeCount() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RbmGen.values().sampler(1).next(-1));
    assertEquals("count: got -1, expected at least 0", e.getMessage());
  }

  @Test
  void keepsItsSeed() {
    assertEquals(99L, RbmGen.values().sampler(99).seed());
    assertNotEquals(RbmGen.values().sampler(99).next(5), RbmGen.values().sampler(98).next(5));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Sampler.class);
  }
}
