package org.rbm.testkit;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;

class ShrinkingTest {

  @Test
  void aPropertyFailingForTwoResultsShrinksToTwoResults() {
    for (long seed : new long[] {20081231L, 2009L, 7L}) {
      // The smallest framework the property fails for has exactly two results; QuickTheories
      // reports the last (smallest) falsifying value it found, which the property records.
      AtomicReference<ResultsFramework> smallest = new AtomicReference<>();
      AssertionError failure =
          assertThrows(
              AssertionError.class,
              () ->
                  qt().withFixedSeed(seed)
                      .withShrinkCycles(3_000)
                      .withExamples(200)
                      .forAll(
                          RbmGen.frameworks()
                              .levelsUsed(1, 3)
                              .resultsPerLevel(1, 6)
                              .indicatorsPerResult(0, 4))
                      .check(
                          f -> {
                            if (f.results().size() >= 2) {
                              smallest.set(f);
                              return false;
                            }
                            return true;
                          }));
      ResultsFramework shrunk = requireNonNull(smallest.get());
      String message = String.valueOf(failure.getMessage());
      assertEquals(2, shrunk.results().size(), "seed " + seed + ": " + message);
      assertTrue(shrunk.indicators().isEmpty(), "indicators shrink to none: " + shrunk);
      assertTrue(message.contains(shrunk.toString()), message);
    }
  }

  @Test
  void aPropertyFailingForAnIndicatorShrinksToOneIndicatorWithOnePeriod() {
    AtomicReference<ResultsFramework> smallest = new AtomicReference<>();
    assertThrows(
        AssertionError.class,
        () ->
            qt().withFixedSeed(2009L)
                .withShrinkCycles(3_000)
                .withExamples(200)
                .forAll(RbmGen.frameworks().periodsPerIndicator(1, 4))
                .check(
                    f -> {
                      if (!f.indicators().isEmpty()) {
                        smallest.set(f);
                        return false;
                      }
                      return true;
                    }));
    ResultsFramework shrunk = requireNonNull(smallest.get());
    assertEquals(3, shrunk.results().size(), "one result on each of the three ILO levels");
    assertEquals(3, shrunk.indicators().size(), "one indicator per result, the fewest allowed");
    shrunk.indicators().forEach(i -> assertEquals(1, i.periods().size()));
  }

  @Test
  void numbersShrinkToZeroAndBreakdownsToTheTotal() {
    AtomicReference<String> smallest = new AtomicReference<>();
    assertThrows(
        AssertionError.class,
        () ->
            qt().withFixedSeed(5L)
                .withShrinkCycles(3_000)
                .forAll(RbmGen.numericValues(), RbmGen.disaggregations())
                .check(
                    (n, d) -> {
                      smallest.set(n + " " + d);
                      return false;
                    }));
    assertEquals("0 total", smallest.get());
  }
}
