package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.Result;
import org.rbm.testkit.RbmGen;

/**
 * The roll-up, which walks the report by position, counts for each result exactly the statuses of
 * the indicators at and below it, found by id: on frameworks given in any order (shuffled), with
 * results of several children or none.
 */
class RollUpCountsPropertiesTest {

  private static Map<ProgressStatus, Integer> countedById(ProgressReport report, Result r) {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (Indicator i : report.framework().indicatorsBelow(r.id())) {
      counts.merge(report.indicator(i.id()).orElseThrow().plan().status(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void everyResultCountsTheStatusesOfTheIndicatorsBelowIt() {
    ProgressCalculator calculator = ProgressCalculator.of(ProgressSettings.defaults());
    qt().withExamples(60)
        .forAll(RbmGen.frameworks().resultsPerLevel(1, 4).indicatorsPerResult(0, 3).shuffled())
        .checkAssert(f -> {
          ProgressReport report = calculator.report(f, f.planningPeriod().toDateRange().end());
          for (RollUpPolicy policy : new RollUpPolicy[] {
              RollUpPolicy.worstStatus(), RollUpPolicy.shareOnTrack(new BigDecimal("0.5"))}) {
            RollUp rollUp = report.rollUp(policy);
            assertEquals(f.results().size(), rollUp.results().size());
            for (Result r : f.results()) {
              ResultRollUp up = rollUp.result(r.id()).orElseThrow();
              assertEquals(f.indicatorsBelow(r.id()).size(), up.indicatorCount(), r.id()::toString);
              for (ProgressStatus s : ProgressStatus.values()) {
                assertEquals(countedById(report, r).getOrDefault(s, 0), up.count(s),
                    () -> r.id() + " " + s);
              }
            }
          }
        });
  }

  @Test
  void aWeightedMeanWeighsEachIndicatorBelowTheResult() {
    ProgressCalculator calculator = ProgressCalculator.of(ProgressSettings.defaults());
    qt().withExamples(40)
        .forAll(RbmGen.frameworks().resultsPerLevel(1, 3).indicatorsPerResult(1, 3).shuffled())
        .checkAssert(f -> {
          ProgressReport report = calculator.report(f, f.planningPeriod().toDateRange().end());
          Map<IndicatorId, BigDecimal> weights = new HashMap<>();
          for (Indicator i : f.indicators()) {
            weights.put(i.id(), BigDecimal.valueOf(1 + Math.floorMod(i.id().hashCode(), 3)));
          }
          RollUp rollUp = report.rollUp(RollUpPolicy.weightedMean(weights));
          for (Result r : f.results()) {
            BigDecimal scores = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator i : f.indicatorsBelow(r.id())) {
              PlanProgress plan = report.indicator(i.id()).orElseThrow().plan();
              BigDecimal w = weights.getOrDefault(i.id(), BigDecimal.ONE);
              if (plan.score().isPresent()) {
                scores = scores.add(w.multiply(plan.score().get()));
                sum = sum.add(w);
              }
            }
            ResultRollUp up = rollUp.result(r.id()).orElseThrow();
            if (sum.signum() == 0) {
              assertEquals(Optional.empty(), up.meanScore(), r.id()::toString);
            } else {
              assertEquals(0, scores.divide(sum, Decimals.CONTEXT)
                  .compareTo(up.meanScore().orElseThrow()), r.id()::toString);
            }
          }
        });
  }
}
