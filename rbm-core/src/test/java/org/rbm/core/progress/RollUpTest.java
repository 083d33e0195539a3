package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class RollUpTest {
  private static final IndicatorId A = IndicatorId.of("A");
  private static final IndicatorId B = IndicatorId.of("B");

  /** A count of 2008 with target 100 and the given actual. */
  private static Indicator hundred(String id, String actual) {
    return Fixtures.indicator(id, Measure.COUNT, Direction.INCREASE)
        .addPeriod(year(2008, n("100"), n(actual)))
        .build();
  }

  private static Result result(String id, String level, String parent, Indicator... indicators) {
    Result.Builder b =
        Result.builder().id(ResultId.of(id)).level(level).title("Result " + id).addIndicators(indicators);
    if (!parent.isEmpty()) {
      b.parent(ResultId.of(parent));
    }
    return b.build();
  }

  /**
   * SO1 → OC1 → IO1 (A achieved with score 1, B behind with 0.5) and IO2 (C on track with 0.9);
   * SO2 has no indicator.
   */
  private static ResultsFramework chain() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB"))
        .title("Chain")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2009))
        .levelScheme(LevelScheme.ILO)
        .addResult(result("SO1", "strategic objective", ""))
        .addResult(result("OC1", "outcome", "SO1"))
        .addResult(result("IO1", "immediate outcome", "OC1", hundred("A", "100"), hundred("B", "50")))
        .addResult(result("IO2", "immediate outcome", "OC1", hundred("C", "90")))
        .addResult(result("SO2", "strategic objective", ""))
        .build();
  }

  private static RollUp rollUp(RollUpPolicy policy) {
    ResultsFramework f = chain();
    return ProgressCalculator.of(PERCENT).report(f, date("2009-01-01")).rollUp(policy);
  }

  private static ResultRollUp of(RollUp r, String id) {
    return r.result(ResultId.of(id)).orElseThrow();
  }

  @Test
  void countsTheIndicatorsOfEachResultAndOfEveryResultBelowIt() {
    RollUp r = rollUp(RollUpPolicy.worstStatus());
    assertEquals(
        List.of("SO1", "OC1", "IO1", "IO2", "SO2"),
        r.results().stream().map(x -> x.result().toString()).toList());
    assertEquals(
        ImmutableMap.of(ProgressStatus.ACHIEVED, 1, ProgressStatus.BEHIND, 1),
        of(r, "IO1").counts().asMap());
    assertEquals("ACHIEVED=1, BEHIND=1", of(r, "IO1").counts().toString());
    ResultRollUp so1 = of(r, "SO1");
    assertEquals(3, so1.indicatorCount());
    assertEquals(1, so1.count(ProgressStatus.ON_TRACK));
    assertEquals(0, so1.count(ProgressStatus.NO_DATA));
    assertEquals(0, of(r, "SO2").indicatorCount());
  }

  @Test
  void worstStatusTakesTheWorstJudgementUpToTheRoots() {
    RollUp r = rollUp(RollUpPolicy.worstStatus());
    assertEquals(ProgressStatus.BEHIND, of(r, "IO1").status());
    assertEquals(ProgressStatus.ON_TRACK, of(r, "IO2").status());
    assertEquals(ProgressStatus.BEHIND, of(r, "OC1").status());
    assertEquals(ProgressStatus.BEHIND, of(r, "SO1").status());
    assertEquals(ProgressStatus.NOT_ASSESSED, of(r, "SO2").status());
  }

  @Test
  void shareOnTrackComparesTheShareOfGoodStatusesWithTheThreshold() {
    RollUp lenient = rollUp(RollUpPolicy.shareOnTrack(d("0.6")));
    // OC1: 2 of 3 on track or better, 2/3 >= 0.6: the worst of the good ones.
    assertEquals(Optional.of(d("0.6666666666666666666666666666666667")), of(lenient, "OC1").shareOnTrack());
    assertEquals(ProgressStatus.ON_TRACK, of(lenient, "OC1").status());
    // IO1: 1 of 2, below 0.6: the worst of the others.
    assertEquals(ProgressStatus.BEHIND, of(lenient, "IO1").status());
    assertEquals(ProgressStatus.BEHIND, of(rollUp(RollUpPolicy.shareOnTrack(d("0.7"))), "OC1").status());
    assertEquals(ProgressStatus.NOT_ASSESSED, of(lenient, "SO2").status());
    assertEquals(Optional.empty(), of(lenient, "SO2").shareOnTrack());
  }

  @Test
  void weightedMeanJudgesTheMeanScoreByTheBand() {
    // Equal weights: (1 + 0.5 + 0.9) / 3 = 0.8, below 0.85.
    RollUp equal = rollUp(RollUpPolicy.weightedMean(Map.of()));
    assertEquals(Optional.of(d("0.8")), of(equal, "OC1").meanScore());
    assertEquals(ProgressStatus.BEHIND, of(equal, "OC1").status());
    // A weighs 2: (2 × 1 + 0.5 + 0.9) / 4 = 0.85, the band's inclusive edge.
    RollUp weighted = rollUp(RollUpPolicy.weightedMean(Map.of(A, d("2"))));
    assertEquals(Optional.of(d("0.85")), of(weighted, "SO1").meanScore());
    assertEquals(ProgressStatus.ON_TRACK, of(weighted, "SO1").status());
    // No weight left in IO1: falls back to the worst status.
    RollUp zero = rollUp(RollUpPolicy.weightedMean(Map.of(A, d("0"), B, d("0"))));
    assertEquals(Optional.empty(), of(zero, "IO1").meanScore());
    assertEquals(ProgressStatus.BEHIND, of(zero, "IO1").status());
  }

  @Test
  void resultsWithoutJudgedIndicatorsAreNotYetDueIfAnyIndicatorIsNotYetDue() {
    Indicator later =
        Fixtures.indicator("L", Measure.COUNT, Direction.INCREASE)
            .addPeriod(year(2009, n("5"), null))
            .build();
    Indicator text =
        Fixtures.indicator("Q", Measure.QUALITATIVE, Direction.NOT_APPLICABLE)
            .addPeriod(year(2008, Value.text("Adopted"), null))
            .build();
    ResultsFramework f = Fixtures.framework(later, text);
    ProgressReport p = ProgressCalculator.of(PERCENT).report(f, date("2009-01-01"));
    for (RollUpPolicy policy :
        List.of(RollUpPolicy.worstStatus(), RollUpPolicy.shareOnTrack(d("0.5")),
            RollUpPolicy.weightedMean(Map.of()))) {
      assertEquals(
          ProgressStatus.NOT_YET_DUE,
          p.rollUp(policy).result(ResultId.of("R1")).orElseThrow().status());
    }
  }

  @Test
  void rejectsWeightsOfUnknownIndicators() {
    ResultsFramework f = chain();
    ProgressReport p = ProgressCalculator.of(PERCENT).report(f, date("2009-01-01"));
    InvalidValueException w =
        assertThrows(
            InvalidValueException.class,
            () -> p.rollUp(RollUpPolicy.weightedMean(Map.of(IndicatorId.of("Z"), d("1")))));
    assertEquals("policy.weights: got Z, expected an indicator of framework PB", w.getMessage());
  }

  @Test
  void aStoredRollUpNamesEachResultOnce() {
    RollUp r = rollUp(RollUpPolicy.worstStatus());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                org.rbm.core.internal.ProgressValues.get()
                    .rollUp(
                        r.framework(),
                        r.asOf(),
                        r.policy(),
                        List.of(r.results().get(0), r.results().get(1), r.results().get(0))));
    assertEquals("results[2].result: got SO1, expected a result not given before", e.getMessage());
  }

  @Test
  void theRollUpOfAResultWithOneIndicatorIsThatIndicatorsStatus() {
    Gen<Optional<BigDecimal>> amounts =
        range(0, 20_000).map(i -> BigDecimal.valueOf(i, 2)).toOptionals(20);
    Gen<Indicator> indicators =
        amounts.zip(amounts, amounts, enumValues(Direction.class), (b, t, a, dir) -> {
          Indicator.Builder i =
              Fixtures.indicator("X", Measure.COUNT, dir)
                  .addPeriod(year(2008, t.map(Value::of).orElse(null), a.map(Value::of).orElse(null)));
          b.ifPresent(v -> i.baseline(Baseline.of(Value.of(v))));
          return i.build();
        });
    Gen<RollUpPolicy> policies =
        range(0, 2).zip(range(0, 10), (kind, x) -> switch (kind) {
          case 0 -> RollUpPolicy.worstStatus();
          case 1 -> RollUpPolicy.shareOnTrack(BigDecimal.valueOf(x, 1));
          default -> RollUpPolicy.weightedMean(Map.of(IndicatorId.of("X"), BigDecimal.valueOf(x, 1)));
        });
    Gen<ProgressSettings> settings =
        enumValues(AchievementMethod.class)
            .zip(booleans(), (m, trajectory) -> PERCENT.withMethod(m).withExpectedTrajectory(trajectory));
    Gen<String> dates = pick(List.of("2007-06-01", "2008-06-30", "2008-12-31", "2009-01-01"));
    qt().forAll(indicators, policies, settings, dates)
        .checkAssert(
            (indicator, policy, s, asOf) -> {
              ResultsFramework f = Fixtures.framework(indicator);
              ProgressReport p = ProgressCalculator.of(s).report(f, date(asOf));
              assertEquals(
                  p.indicators().get(0).status(),
                  p.rollUp(policy).result(ResultId.of("R1")).orElseThrow().status());
            });
  }
}
