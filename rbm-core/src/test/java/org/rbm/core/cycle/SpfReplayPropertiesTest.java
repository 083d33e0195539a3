package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.rbm.core.cycle.CycleFixtures.ADOPTED;
import static org.rbm.core.cycle.CycleFixtures.IND1;
import static org.rbm.core.cycle.CycleFixtures.amendment;
import static org.rbm.core.cycle.CycleFixtures.immediateOutcome;
import static org.rbm.core.cycle.CycleFixtures.indicator;
import static org.rbm.core.cycle.CycleFixtures.spf;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;

class SpfReplayPropertiesTest {

  /**
   * A valid history, in date order, one amendment every 20 to 26 days from the adoption: each op
   * adds a result, removes the last one added, changes a target, revises the vision or adds a
   * lesson.
   */
  static List<Amendment> history(List<Integer> ops) {
    List<Amendment> history = new ArrayList<>();
    Deque<ResultId> added = new ArrayDeque<>();
    LocalDate date = ADOPTED;
    for (int k = 0; k < ops.size(); k++) {
      int op = ops.get(k);
      date = date.plusDays(20 + op % 7);
      SpfChange change =
          switch (op % 5) {
            case 0 -> {
              ResultId id = ResultId.of("IO-" + k);
              added.push(id);
              yield SpfChange.addResult(
                  immediateOutcome(
                      id, "Outcome " + k, indicator(IndicatorId.of("IND-X" + k), 2012, k)));
            }
            case 1 -> added.isEmpty()
                ? SpfChange.reviseVision("Vision " + k)
                : SpfChange.removeResult(added.pop());
            case 2 -> SpfChange.changeTarget(
                IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(op)));
            case 3 -> SpfChange.reviseVision("Vision " + k);
            default -> SpfChange.addEvaluationLesson("Lesson " + k);
          };
      history.add(amendment(date, "GB." + k, change));
    }
    return history;
  }

  @Test
  void theSpfAsOfADateDoesNotDependOnTheOrderAmendmentsWereRecordedIn() {
    qt().withExamples(200)
        .forAll(
            SourceDSL.lists().of(SourceDSL.integers().between(0, 1000)).ofSizeBetween(0, 8),
            SourceDSL.longs().all())
        .checkAssert(
            (ops, seed) -> {
              List<Amendment> inOrder = history(ops);
              List<Amendment> shuffled = new ArrayList<>(inOrder);
              Collections.shuffle(shuffled, new Random(seed));
              StrategicPolicyFramework a = spf().withAmendments(inOrder);
              StrategicPolicyFramework b = spf().withAmendments(shuffled);
              assertEquals(a.latest(), b.latest());
              assertEquals(a.asOf(ADOPTED), b.asOf(ADOPTED));
              for (Amendment am : inOrder) {
                assertEquals(a.asOf(am.date()), b.asOf(am.date()));
                assertEquals(a.asOf(am.date().minusDays(1)), b.asOf(am.date().minusDays(1)));
              }
            });
  }

  @Test
  void eachVersionAppliesExactlyTheAmendmentsDatedUpToIt() {
    qt().withExamples(100)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 1000)).ofSizeBetween(0, 8))
        .checkAssert(
            ops -> {
              List<Amendment> history = history(ops);
              StrategicPolicyFramework spf = spf().withAmendments(history);
              for (int i = 0; i < history.size(); i++) {
                assertEquals(
                    history.subList(0, i + 1), spf.asOf(history.get(i).date()).amendmentsApplied());
                // Replaying the first i + 1 amendments alone gives the same framework.
                assertEquals(
                    spf().withAmendments(history.subList(0, i + 1)).latest().framework(),
                    spf.asOf(history.get(i).date()).framework());
              }
            });
  }
}
