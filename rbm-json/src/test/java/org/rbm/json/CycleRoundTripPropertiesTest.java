package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.OutcomeStrategy;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.testkit.RbmGen;

/**
 * The programme cycle's documents read back equal to what was written, over the testkit's
 * generators, and conform to the shipped cycle schema.
 */
class CycleRoundTripPropertiesTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final RbmJson PRETTY = RbmJson.strict().prettyPrinting();

  private static <T> void roundTrips(Gen<T> values, Class<T> type, boolean document) {
    qt().withExamples(200)
        .forAll(values)
        .checkAssert(
            value -> {
              String written = JSON.write(value);
              assertEquals(value, JSON.read(written, type));
              assertEquals(value, PRETTY.read(PRETTY.write(value), type));
              if (document) {
                assertEquals(Set.of(), CycleSchemaTest.violations(written));
              }
            });
  }

  @Test
  void spfsWithTheirAmendmentsRoundTrip() {
    roundTrips(RbmGen.spfs(), StrategicPolicyFramework.class, true);
  }

  @Test
  void everyAmendmentAndChangeRoundTripsAlone() {
    qt().withExamples(100)
        .forAll(RbmGen.spfs())
        .checkAssert(
            spf -> {
              for (Amendment a : spf.amendments()) {
                assertEquals(a, JSON.read(JSON.write(a), Amendment.class));
                for (SpfChange c : a.changes()) {
                  assertEquals(c, JSON.read(JSON.write(c), SpfChange.class));
                }
              }
            });
  }

  @Test
  void programmesAndBudgetsRoundTrip() {
    roundTrips(RbmGen.programmesAndBudgets(), ProgrammeAndBudget.class, true);
    qt().withExamples(50)
        .forAll(RbmGen.programmesAndBudgets())
        .checkAssert(
            pb -> {
              for (OutcomeStrategy s : pb.outcomeStrategies()) {
                assertEquals(s, JSON.read(JSON.write(s), OutcomeStrategy.class));
              }
            });
  }

  @Test
  void expenditureRoundTrips() {
    roundTrips(RbmGen.expenditures(), Expenditure.class, true);
  }
}
