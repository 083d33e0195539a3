package org.rbm.testkit;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class FrameworkMutationTest {

  private static final FrameworkMutation DROP_BASELINE =
      FrameworkMutation.onSomeIndicator((indicator, in) -> indicator.withBaseline(Optional.empty()));

  private static List<Indicator> changed(ResultsFramework before, ResultsFramework after) {
    List<Indicator> changed = new ArrayList<>();
    for (Indicator i : after.indicators()) {
      if (!before.indicator(i.id()).orElseThrow().equals(i)) {
        changed.add(i);
      }
    }
    return changed;
  }

  @Test
  void aMutationOfSomeIndicatorChangesExactlyOneIndicatorAndNothingElse() {
    // The same seed draws the same valid framework, which the mutation then changes.
    for (long seed = 0; seed < 50; seed++) {
      ResultsFramework valid = RbmGen.frameworks().sample(seed);
      ResultsFramework broken = RbmGen.frameworks().mutatedBy(DROP_BASELINE).sample(seed);
      List<Indicator> changed = changed(valid, broken);
      assertEquals(1, changed.size());
      assertTrue(changed.get(0).baseline().isEmpty());
      assertEquals(valid.results().size(), broken.results().size());
      assertEquals(valid.withResults(broken.results()), broken, "only the results changed");
      assertEquals(
          valid.indicators().stream().map(Indicator::id).toList(),
          broken.indicators().stream().map(Indicator::id).toList(),
          "same indicators at the same places");
    }
  }

  @Test
  void theChoiceOfTheMutatedIndicatorShrinksToTheFirst() {
    AtomicReference<ResultsFramework> smallest = new AtomicReference<>();
    assertThrows(
        AssertionError.class,
        () ->
            qt().withFixedSeed(2010L)
                .withShrinkCycles(3_000)
                .forAll(RbmGen.frameworks().mutatedBy(DROP_BASELINE))
                .check(
                    f -> {
                      smallest.set(f);
                      return f.indicators().stream().allMatch(i -> i.baseline().isPresent());
                    }));
    ResultsFramework shrunk = requireNonNull(smallest.get());
    assertTrue(shrunk.indicators().get(0).baseline().isEmpty(), shrunk.toString());
  }

  @Test
  void aMutationOfSomeResultChangesOneResult() {
    FrameworkMutation retitle =
        FrameworkMutation.onSomeResult((result, in) -> result.withTitle("Retitled"));
    for (long seed = 0; seed < 20; seed++) {
      ResultsFramework valid = RbmGen.frameworks().sample(seed);
      ResultsFramework changed = RbmGen.frameworks().mutatedBy(retitle).sample(seed);
      long retitled = changed.results().stream().filter(r -> r.title().equals("Retitled")).count();
      assertEquals(1, retitled);
      assertEquals(valid.results().size(), changed.results().size());
    }
  }

  @Test
  void andThenAppliesBothMutationsInOrder() {
    FrameworkMutation renameOwner = (valid, in) -> valid.withOwner("Ministry of Labour");
    FrameworkMutation thenTitle = (valid, in) -> valid.withTitle(valid.owner() + " plan");
    ResultsFramework f =
        RbmGen.frameworks().mutatedBy(renameOwner.andThen(thenTitle)).sample(5);
    assertEquals("Ministry of Labour plan", f.title());
  }

  @Test
  void replacesAResultOrAnIndicatorInPlace() {
    ResultsFramework f = RbmGen.frameworks().sample(1);
    Result second = f.results().get(1);
    ResultsFramework edited =
        FrameworkEdits.replaceResult(f, second.id(), r -> r.withDescription("Edited"));
    assertEquals(Optional.of("Edited"), edited.results().get(1).description());
    assertEquals(f.results().get(0), edited.results().get(0));

    Indicator first = f.indicators().get(0);
    ResultsFramework withUnit =
        FrameworkEdits.replaceIndicator(f, first.id(), i -> i.withUnit("staff"));
    assertEquals(Optional.of("staff"), withUnit.indicator(first.id()).orElseThrow().unit());
    assertEquals(f.indicators().size(), withUnit.indicators().size());
  }

  @Test
  void rejectsEditsOfWhatIsNotInTheFramework() {
    ResultsFramework f = RbmGen.frameworks().sample(1);
    InvalidValueException noResult =
        assertThrows(
            InvalidValueException.class,
            () -> FrameworkEdits.replaceResult(f, ResultId.of("XX9"), r -> r));
    assertEquals(
        "resultId: got XX9, expected the id of a result in this framework", noResult.getMessage());
    InvalidValueException noIndicator =
        assertThrows(
            InvalidValueException.class,
            () -> FrameworkEdits.replaceIndicator(f, IndicatorId.of("IND-0"), i -> i));
    assertEquals(
        "indicatorId: got IND-0, expected the id of an indicator in this framework",
        noIndicator.getMessage());
  }

  @Test
  void cannotChooseFromAFrameworkWithoutIndicatorsOrResults() {
    ResultsFramework noIndicators = RbmGen.frameworks().indicatorsPerResult(0, 0).sample(3);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RbmGen.frameworks().indicatorsPerResult(0, 0).mutatedBy(DROP_BASELINE).sample(3));
    assertEquals(
        "indicators: got \"none\", expected a framework with an indicator to choose",
        e.getMessage());
    assertTrue(noIndicators.indicators().isEmpty());
    InvalidValueException none =
        assertThrows(
            InvalidValueException.class,
            () ->
                RbmGen.frameworks()
                    .levelsUsed(0, 0)
                    .mutatedBy(FrameworkMutation.onSomeResult((r, in) -> r))
                    .sample(3));
    assertEquals(
        "results: got \"none\", expected a framework with a result to choose", none.getMessage());
  }
}
