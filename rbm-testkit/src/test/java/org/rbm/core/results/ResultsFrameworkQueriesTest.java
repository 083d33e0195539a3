package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.testkit.RbmGen;

/**
 * The queries of {@link ResultsFramework} agree with a naive reference written here: linear scans
 * of the results as given, and a depth-first walk that looks children up by scanning. Frameworks
 * are generated on every kind of scheme, with results listed in random order.
 */
class ResultsFrameworkQueriesTest {

  private static final Gen<ResultsFramework> FRAMEWORKS =
      RbmGen.frameworks()
          .anyLevelScheme()
          .levelsUsed(0, 8)
          .resultsPerLevel(1, 4)
          .indicatorsPerResult(0, 2)
          .periodsPerIndicator(0, 1)
          .shuffled();

  // ---- the naive reference --------------------------------------------------------------------

  private static Optional<Result> naiveResult(ResultsFramework f, ResultId id) {
    for (Result r : f.results()) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static Optional<Indicator> naiveIndicator(ResultsFramework f, IndicatorId id) {
    for (Result r : f.results()) {
      for (Indicator i : r.indicators()) {
        if (i.id().equals(id)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Result> naiveResultOf(ResultsFramework f, IndicatorId id) {
    for (Result r : f.results()) {
      for (Indicator i : r.indicators()) {
        if (i.id().equals(id)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Result> naiveChildren(ResultsFramework f, ResultId id) {
    List<Result> children = new ArrayList<>();
    for (Result r : f.results()) {
      if (r.parent().equals(Optional.of(id))) {
        children.add(r);
      }
    }
    return children;
  }

  private static List<Result> naiveRoots(ResultsFramework f) {
    List<Result> roots = new ArrayList<>();
    for (Result r : f.results()) {
      if (r.parent().isEmpty()) {
        roots.add(r);
      }
    }
    return roots;
  }

  private static void walk(ResultsFramework f, Result r, List<Result> out) {
    out.add(r);
    for (Result child : naiveChildren(f, r.id())) {
      walk(f, child, out);
    }
  }

  private static List<Result> naiveTreeOrder(ResultsFramework f) {
    List<Result> out = new ArrayList<>();
    for (Result root : naiveRoots(f)) {
      walk(f, root, out);
    }
    return out;
  }

  private static List<Result> naiveSubtree(ResultsFramework f, Result r) {
    List<Result> out = new ArrayList<>();
    walk(f, r, out);
    return out;
  }

  private static List<Result> naivePathToRoot(ResultsFramework f, Result r) {
    List<Result> path = new ArrayList<>();
    Optional<Result> at = Optional.of(r);
    while (at.isPresent()) {
      path.add(at.get());
      at = at.get().parent().flatMap(p -> naiveResult(f, p));
    }
    return path;
  }

  private static List<Indicator> indicatorsOf(List<Result> results) {
    List<Indicator> out = new ArrayList<>();
    for (Result r : results) {
      out.addAll(r.indicators());
    }
    return out;
  }

  // ---- the properties -------------------------------------------------------------------------

  @Test
  void findsEveryResultAndIndicatorById() {
    qt().withExamples(300)
        .forAll(FRAMEWORKS)
        .checkAssert(
            f -> {
              for (Result r : f.results()) {
                assertEquals(naiveResult(f, r.id()), f.result(r.id()));
                for (Indicator i : r.indicators()) {
                  assertEquals(naiveIndicator(f, i.id()), f.indicator(i.id()));
                  assertEquals(naiveResultOf(f, i.id()), f.resultOf(i.id()));
                  assertEquals(Optional.of(r), f.resultOf(i.id()));
                }
              }
            });
  }

  @Test
  void findsNothingForIdsNotInTheFramework() {
    qt().withExamples(300)
        .forAll(FRAMEWORKS, RbmGen.resultIds(), RbmGen.indicatorIds())
        .checkAssert(
            (f, resultId, indicatorId) -> {
              assertEquals(naiveResult(f, resultId), f.result(resultId));
              assertEquals(naiveIndicator(f, indicatorId), f.indicator(indicatorId));
              assertEquals(naiveResultOf(f, indicatorId), f.resultOf(indicatorId));
            });
  }

  @Test
  void rootsChildrenAndTreeOrderAgreeWithTheReference() {
    qt().withExamples(300)
        .forAll(FRAMEWORKS)
        .checkAssert(
            f -> {
              assertEquals(naiveRoots(f), f.roots());
              assertEquals(naiveTreeOrder(f), f.resultsInTreeOrder());
              assertEquals(indicatorsOf(naiveTreeOrder(f)), f.indicators());
              for (Result r : f.results()) {
                assertEquals(naiveChildren(f, r.id()), f.children(r.id()));
              }
            });
  }

  @Test
  void pathsSubtreesAndIndicatorsBelowAgreeWithTheReference() {
    qt().withExamples(300)
        .forAll(FRAMEWORKS)
        .checkAssert(
            f -> {
              for (Result r : f.results()) {
                List<Result> path = naivePathToRoot(f, r);
                assertEquals(path, f.pathToRoot(r.id()));
                assertEquals(path.size() - 1, f.depth(r.id()));
                assertEquals(naiveSubtree(f, r), f.subtree(r.id()));
                assertEquals(indicatorsOf(naiveSubtree(f, r)), f.indicatorsBelow(r.id()));
              }
            });
  }

  @Test
  void resultsAtALevelAreTheTreeOrderFilteredByLevel() {
    qt().withExamples(300)
        .forAll(FRAMEWORKS)
        .checkAssert(
            f -> {
              for (String level : f.levelScheme().levels()) {
                List<Result> expected = new ArrayList<>();
                for (Result r : naiveTreeOrder(f)) {
                  if (r.level().equals(level)) {
                    expected.add(r);
                  }
                }
                assertEquals(expected, f.resultsAtLevel(level));
              }
            });
  }

  @Test
  void queriesOfAnUnknownResultAreRejectedWithTheId() {
    qt().withExamples(100)
        .forAll(FRAMEWORKS, RbmGen.resultIds())
        .assuming((f, id) -> f.result(id).isEmpty())
        .checkAssert(
            (f, id) -> {
              String expected =
                  "resultId: got " + id + ", expected the id of a result in this framework";
              for (org.junit.jupiter.api.function.Executable query :
                  ImmutableList.<org.junit.jupiter.api.function.Executable>of(
                      () -> f.children(id),
                      () -> f.pathToRoot(id),
                      () -> f.subtree(id),
                      () -> f.indicatorsBelow(id),
                      () -> f.depth(id))) {
                assertEquals(
                    expected, assertThrows(InvalidValueException.class, query).getMessage());
              }
            });
  }
}
