package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.rbm.core.cycle.CycleFixtures.ADOPTED;
import static org.rbm.core.cycle.CycleFixtures.spf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Laws of the amendment record, over the generated histories of {@link SpfReplayPropertiesTest}. */
class SpfAmendmentsPropertiesTest {

  private static List<LocalDate> days(List<Amendment> history) {
    List<LocalDate> days = new ArrayList<>(List.of(ADOPTED));
    for (Amendment a : history) {
      days.add(a.date().minusDays(1));
      days.add(a.date());
    }
    return days;
  }

  @Test
  void theRecordOfAnSpfAnswersAsTheSpfDoesOnEveryDay() {
    qt().withExamples(200)
        .forAll(
            SourceDSL.lists().of(SourceDSL.integers().between(0, 1000)).ofSizeBetween(0, 8),
            SourceDSL.longs().all())
        .checkAssert(
            (ops, seed) -> {
              List<Amendment> inOrder = SpfReplayPropertiesTest.history(ops);
              List<Amendment> shuffled = new ArrayList<>(inOrder);
              Collections.shuffle(shuffled, new Random(seed));
              StrategicPolicyFramework spf = spf().withAmendments(shuffled);
              SpfAmendments record = SpfAmendments.of(spf);
              for (LocalDate d : days(inOrder)) {
                assertEquals(spf.asOf(d), record.asOf(d), d.toString());
              }
              assertEquals(spf.latest(), record.latest());
              assertEquals(inOrder, record.amendments());
              assertEquals(spf().withAmendments(inOrder), record.spf());
            });
  }

  @Test
  void proposalsAdoptedOnTheDayOfTheDecisionGiveTheSameSpfAndRejectedOnesChangeNothing() {
    qt().withExamples(100)
        .forAll(
            SourceDSL.lists().of(SourceDSL.integers().between(0, 1000)).ofSizeBetween(0, 8),
            SourceDSL.longs().all())
        .checkAssert(
            (ops, seed) -> {
              List<Amendment> history = SpfReplayPropertiesTest.history(ops);
              Random random = new Random(seed);
              SpfAmendments record = SpfAmendments.recorded(spf());
              for (Amendment a : history) {
                if (random.nextBoolean()) {
                  // A proposal of the same changes first, rejected or withdrawn the same day.
                  record =
                      record.apply(
                          propose(a), a.date(), "PROGRAM")
                          .apply(
                              random.nextBoolean()
                                  ? new AmendmentEvent.Reject("Not now")
                                  : new AmendmentEvent.Withdraw("Not now"),
                              a.date(),
                              "Governing Body");
                }
                record =
                    record.apply(propose(a), a.date(), "PROGRAM")
                        .apply(new AmendmentEvent.Adopt(), a.date(), "Governing Body");
              }
              SpfAmendments decided = SpfAmendments.of(spf().withAmendments(history));
              for (LocalDate d : days(history)) {
                assertEquals(decided.asOf(d), record.asOf(d), d.toString());
              }
              assertEquals(decided.spf(), record.spf());
            });
  }

  @Test
  void replayingTheHistoryOntoTheRecordAsRecordedGivesTheRecord() {
    qt().withExamples(100)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 1000)).ofSizeBetween(0, 8))
        .checkAssert(
            ops -> {
              SpfAmendments record =
                  SpfAmendments.of(spf().withAmendments(SpfReplayPropertiesTest.history(ops)));
              SpfAmendments replayed =
                  AmendmentWorkflows.standard().replay(record.recorded(), record.history());
              assertEquals(record, replayed);
              assertEquals(record.latest(), replayed.latest());
            });
  }

  private static AmendmentEvent.Propose propose(Amendment a) {
    return new AmendmentEvent.Propose(a.decidedBy(), a.reference(), a.summary(), a.changes());
  }
}
