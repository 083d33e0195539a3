package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * Every generator yields values that build (a generator that threw would fail the property), and
 * the realistic defaults hold: what the Javadoc of the generators promises.
 */
class GeneratedValuesAreValidTest {

  private static <T> void generatesWithoutException(Gen<T> gen) {
    qt().withExamples(300).forAll(gen).check(value -> value != null);
  }

  @Test
  void everyGeneratorOfRbmGenBuildsItsValues() {
    generatesWithoutException(RbmGen.identifierCodes());
    generatesWithoutException(RbmGen.resultIds());
    generatesWithoutException(RbmGen.indicatorIds());
    generatesWithoutException(RbmGen.frameworkIds());
    generatesWithoutException(RbmGen.planningPeriods());
    generatesWithoutException(RbmGen.planningPeriods().lengthsBetween(1, 6));
    generatesWithoutException(RbmGen.dateRanges());
    generatesWithoutException(RbmGen.numericValues());
    generatesWithoutException(RbmGen.fractionValues());
    generatesWithoutException(RbmGen.textValues());
    generatesWithoutException(RbmGen.values());
    generatesWithoutException(RbmGen.disaggregations());
    generatesWithoutException(RbmGen.dataPoints());
    generatesWithoutException(RbmGen.baselines());
    generatesWithoutException(RbmGen.indicatorPeriods());
    generatesWithoutException(RbmGen.indicators());
    generatesWithoutException(RbmGen.results());
    generatesWithoutException(RbmGen.levelSchemes());
    generatesWithoutException(RbmGen.externalReferences());
    generatesWithoutException(RbmGen.contributionLinks());
    generatesWithoutException(RbmGen.measures());
    generatesWithoutException(RbmGen.directions());
    generatesWithoutException(RbmGen.reportingFrequencies());
  }

  @Test
  void frameworksBuildWhateverTheSettings() {
    generatesWithoutException(RbmGen.frameworks());
    generatesWithoutException(RbmGen.frameworks().varied());
    generatesWithoutException(
        RbmGen.frameworks()
            .anyLevelScheme()
            .levelsUsed(0, 8)
            .resultsPerLevel(1, 4)
            .indicatorsPerResult(0, 3)
            .periodsPerIndicator(0, 13)
            .contributions(0, 3)
            .unavailableBaselines(20)
            .shuffled());
    generatesWithoutException(
        RbmGen.frameworks()
            .planningPeriods(RbmGen.planningPeriods().lengthsBetween(1, 6))
            .measures(Measure.QUALITATIVE, Measure.PERCENTAGE)
            .withoutBreakdowns());
  }

  @Test
  void variedFrameworksReachEveryShape() {
    boolean[] seen = new boolean[6];
    qt().withExamples(300)
        .forAll(RbmGen.frameworks().varied())
        .checkAssert(
            f -> {
              seen[0] |= f.results().isEmpty();
              seen[1] |= f.levelScheme().levels().size() == LevelScheme.MAX_LEVELS;
              seen[2] |= !f.contributions().isEmpty();
              seen[3] |= !f.planningPeriod().isBiennium();
              seen[4] |=
                  f.indicators().stream().anyMatch(i -> !i.baseline().orElseThrow().isAvailable());
              seen[5] |= f.indicators().stream().anyMatch(i -> i.periods().isEmpty());
            });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "shape " + i);
    }
  }

  @Test
  void valuesFitTheirMeasure() {
    for (Measure measure : Measure.values()) {
      qt().withExamples(200).forAll(RbmGen.values(measure)).check(measure::accepts);
    }
  }

  @Test
  void frameworksHaveTheSizesAskedFor() {
    qt().withExamples(100)
        .forAll(
            RbmGen.frameworks()
                .levelScheme(LevelScheme.LOGFRAME)
                .levelsUsed(2, 3)
                .resultsPerLevel(2, 4)
                .indicatorsPerResult(1, 3)
                .periodsPerIndicator(2, 4))
        .checkAssert(
            f -> {
              List<String> levels = f.levelScheme().levels();
              int used = 0;
              for (String level : levels) {
                int on = f.resultsAtLevel(level).size();
                if (on > 0) {
                  used++;
                  assertTrue(on >= 2 && on <= 4, level + ": " + on);
                }
              }
              assertTrue(used >= 2 && used <= 3, "levels used: " + used);
              assertTrue(f.resultsAtLevel("activity").isEmpty());
              for (Result r : f.results()) {
                assertTrue(r.indicators().size() >= 1 && r.indicators().size() <= 3);
              }
              for (Indicator i : f.indicators()) {
                assertTrue(i.periods().size() >= 2 && i.periods().size() <= 4);
              }
            });
  }

  @Test
  void defaultFrameworksAreIloProgrammesAndBudgetsOfABiennium() {
    qt().withExamples(100)
        .forAll(RbmGen.frameworks())
        .checkAssert(
            f -> {
              assertEquals(LevelScheme.ILO, f.levelScheme());
              assertTrue(f.planningPeriod().isBiennium());
              assertEquals(0, f.planningPeriod().firstYear() % 2, "bienniums start in even years");
              for (String level : LevelScheme.ILO.levels()) {
                assertFalse(f.resultsAtLevel(level).isEmpty(), level);
              }
              for (Result r : f.results()) {
                assertTrue(r.id().code().matches("SO\\d+|OC\\d+\\.\\d+|IO\\d+\\.\\d+\\.\\d+"));
              }
              for (Indicator i : f.indicators()) {
                assertTrue(i.id().code().matches("IND-\\d+"), i.id().code());
              }
            });
  }

  @Test
  void indicatorsHaveBaselinesAndTargetsInsideThePlanningPeriod() {
    qt().withExamples(200)
        .forAll(RbmGen.frameworks().periodsPerIndicator(1, 12))
        .checkAssert(
            f -> {
              DateRange whole = f.planningPeriod().toDateRange();
              for (Indicator i : f.indicators()) {
                assertTrue(i.baseline().orElseThrow().isAvailable(), "available by default");
                assertTrue(whole.contains(i.baseline().orElseThrow().date().orElseThrow()));
                DateRange previous = null;
                for (IndicatorPeriod p : i.periods()) {
                  assertTrue(whole.encloses(p.period()), p.period() + " in " + whole);
                  assertTrue(p.totalTarget().isPresent(), "every period has a total target");
                  if (previous != null) {
                    assertEquals(previous.end().plusDays(1), p.period().start(), "consecutive");
                  }
                  previous = p.period();
                }
                if (previous != null) {
                  assertEquals(whole.end(), previous.end(), "the periods cover the planning period");
                }
              }
            });
  }

  @Test
  void defaultIndicatorsStateEverythingASmartIndicatorNeeds() {
    qt().withExamples(200)
        .forAll(RbmGen.frameworks())
        .checkAssert(
            f -> {
              for (Indicator i : f.indicators()) {
                assertEquals(i.measure().isQuantitative(), i.unit().isPresent(), i.toString());
                assertTrue(i.direction().isPresent());
                assertTrue(i.definition().isPresent());
                assertTrue(i.meansOfVerification().isPresent());
                assertTrue(i.dataSource().isPresent());
                assertTrue(i.reportingFrequency().isPresent());
                assertEquals(
                    f.planningPeriod().toDateRange().start(),
                    i.baseline().orElseThrow().date().orElseThrow());
                assertFalse(i.periods().isEmpty());
              }
            });
  }

  private static java.math.BigDecimal number(org.rbm.core.indicators.Value v) {
    if (v instanceof NumericValue n) {
      return n.amount();
    }
    return ((org.rbm.core.indicators.FractionValue) v).quotient();
  }

  @Test
  void targetsMoveAwayFromTheBaselineInTheIndicatorsDirection() {
    qt().withExamples(500)
        .forAll(
            RbmGen.indicators()
                .measures(
                    Measure.COUNT,
                    Measure.CURRENCY,
                    Measure.PERCENTAGE,
                    Measure.RATIO,
                    Measure.ORDINAL)
                .periodsPerIndicator(1, 4))
        .checkAssert(
            i -> {
              java.math.BigDecimal baseline =
                  number(i.baseline().orElseThrow().value().orElseThrow());
              for (IndicatorPeriod p : i.periods()) {
                int sign = number(p.totalTarget().orElseThrow().value()).compareTo(baseline);
                Direction d = i.direction().orElseThrow();
                switch (d) {
                  case INCREASE -> assertTrue(sign > 0, i.toString());
                  case DECREASE -> assertTrue(sign < 0, i.toString());
                  case MAINTAIN -> assertEquals(0, sign, i.toString());
                  case NOT_APPLICABLE -> throw new AssertionError("these measures have a direction");
                }
              }
            });
  }

  @Test
  void breakdownsOfCountsAddUpToTheTotal() {
    qt().withExamples(300)
        .forAll(RbmGen.indicators().measures(Measure.COUNT))
        .checkAssert(
            i -> {
              for (IndicatorPeriod p : i.periods()) {
                for (List<DataPoint> points : List.of(p.targets(), p.actuals())) {
                  if (points.size() > 1) {
                    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                    for (DataPoint point : points.subList(1, points.size())) {
                      sum = sum.add(((NumericValue) point.value()).amount());
                    }
                    assertEquals(((NumericValue) points.get(0).value()).amount(), sum);
                  }
                }
              }
            });
  }

  @Test
  void shuffledFrameworksListChildrenBeforeTheirParentsNowAndThen() {
    boolean[] seen = {false};
    qt().withExamples(100)
        .forAll(RbmGen.frameworks().resultsPerLevel(2, 4).shuffled())
        .checkAssert(f -> seen[0] |= !f.results().equals(levelByLevel(f)));
    assertTrue(seen[0]);
  }

  private static List<Result> levelByLevel(ResultsFramework f) {
    List<Result> out = new java.util.ArrayList<>();
    for (String level : f.levelScheme().levels()) {
      for (Result r : f.results()) {
        if (r.level().equals(level)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  @Test
  void aLargeFrameworkOfAHundredThousandIndicatorsBuilds() {
    ResultsFramework big =
        RbmGen.frameworks()
            .resultsPerLevel(1_000, 1_000)
            .indicatorsPerResult(33, 34)
            .periodsPerIndicator(1, 1)
            .sample(42);
    assertEquals(3_000, big.results().size());
    int indicators = big.indicators().size();
    assertTrue(indicators >= 99_000 && indicators <= 102_000, "indicators: " + indicators);
  }
}
