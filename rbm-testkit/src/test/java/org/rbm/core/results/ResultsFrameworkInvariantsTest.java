package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.testkit.RbmGen;

/**
 * Each structural invariant of {@link ResultsFramework}, broken once in a generated framework,
 * is rejected with the message naming the exact place: the expected message is worked out here
 * from the position of the change.
 */
class ResultsFrameworkInvariantsTest {

  /** ILO frameworks of all three levels, results listed level by level. */
  private static final Gen<ResultsFramework> FRAMEWORKS =
      RbmGen.frameworks().resultsPerLevel(1, 4).indicatorsPerResult(1, 2).periodsPerIndicator(0, 1);

  private static final Gen<Integer> CHOICE = SourceDSL.integers().allPositive();

  private static InvalidValueException rebuilt(ResultsFramework f, List<Result> results) {
    return assertThrows(InvalidValueException.class, () -> f.withResults(results));
  }

  @Test
  void aResultIdUsedTwiceIsRejectedAtItsSecondPlace() {
    qt().withExamples(200)
        .forAll(FRAMEWORKS, CHOICE)
        .checkAssert(
            (f, choice) -> {
              int i = choice % f.results().size();
              Result copied = f.results().get(i);
              List<Result> results = new ArrayList<>(f.results());
              results.add(copied.withTitle("A second result with the same id").withIndicators());
              assertEquals(
                  "results["
                      + f.results().size()
                      + "].id: got "
                      + copied.id()
                      + ", expected an id not used before (results["
                      + i
                      + "])",
                  rebuilt(f, results).getMessage());
            });
  }

  @Test
  void anIndicatorIdUsedTwiceIsRejectedAtItsSecondPlace() {
    qt().withExamples(200)
        .forAll(FRAMEWORKS, CHOICE)
        .checkAssert(
            (f, choice) -> {
              int i = choice % f.results().size();
              Result owner = f.results().get(i);
              int j = choice % owner.indicators().size();
              Indicator copied = owner.indicators().get(j);
              int last = f.results().size() - 1;
              List<Result> results = new ArrayList<>(f.results());
              Result lastResult = results.get(last);
              List<Indicator> indicators = new ArrayList<>(lastResult.indicators());
              indicators.add(copied);
              results.set(last, lastResult.withIndicators(indicators));
              assertEquals(
                  "results["
                      + last
                      + "].indicators["
                      + lastResult.indicators().size()
                      + "].id: got "
                      + copied.id()
                      + ", expected an indicator id not used before (results["
                      + i
                      + "].indicators["
                      + j
                      + "].id)",
                  rebuilt(f, results).getMessage());
            });
  }

  @Test
  void aParentNotInTheFrameworkIsRejected() {
    qt().withExamples(200)
        .forAll(FRAMEWORKS, CHOICE)
        .checkAssert(
            (f, choice) -> {
              // Level by level: the results after the roots all have a parent.
              int roots = f.roots().size();
              int i = roots + choice % (f.results().size() - roots);
              List<Result> results = new ArrayList<>(f.results());
              results.set(i, results.get(i).withParent(ResultId.of("ZZ9")));
              assertEquals(
                  "results[" + i + "].parent: got ZZ9, expected the id of a result in this framework",
                  rebuilt(f, results).getMessage());
            });
  }

  @Test
  void aParentTwoLevelsUpIsRejected() {
    qt().withExamples(200)
        .forAll(FRAMEWORKS, CHOICE)
        .checkAssert(
            (f, choice) -> {
              List<Result> immediate = f.resultsAtLevel("immediate outcome");
              Result moved = immediate.get(choice % immediate.size());
              Result grandparent = f.pathToRoot(moved.id()).get(2);
              int i = f.results().indexOf(moved);
              List<Result> results = new ArrayList<>(f.results());
              results.set(i, moved.withParent(grandparent.id()));
              assertEquals(
                  "results["
                      + i
                      + "].parent: got \""
                      + grandparent.id()
                      + " (strategic objective)\", expected a result one level above immediate"
                      + " outcome in ILO[strategic objective > outcome > immediate outcome]",
                  rebuilt(f, results).getMessage());
            });
  }

  @Test
  void aLevelOutsideTheSchemeIsRejected() {
    qt().withExamples(200)
        .forAll(FRAMEWORKS, CHOICE)
        .checkAssert(
            (f, choice) -> {
              int i = choice % f.results().size();
              List<Result> results = new ArrayList<>(f.results());
              results.set(i, results.get(i).withLevel("output"));
              assertEquals(
                  "results["
                      + i
                      + "].level: got \"output\", expected one of the levels"
                      + " [strategic objective, outcome, immediate outcome]",
                  rebuilt(f, results).getMessage());
            });
  }
}
