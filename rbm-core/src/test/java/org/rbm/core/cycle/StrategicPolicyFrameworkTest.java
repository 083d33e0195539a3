package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.cycle.CycleFixtures.ADOPTED;
import static org.rbm.core.cycle.CycleFixtures.IND1;
import static org.rbm.core.cycle.CycleFixtures.IND2;
import static org.rbm.core.cycle.CycleFixtures.IO1;
import static org.rbm.core.cycle.CycleFixtures.IO2;
import static org.rbm.core.cycle.CycleFixtures.KNOWLEDGE;
import static org.rbm.core.cycle.CycleFixtures.OC2A;
import static org.rbm.core.cycle.CycleFixtures.amendment;
import static org.rbm.core.cycle.CycleFixtures.immediateOutcome;
import static org.rbm.core.cycle.CycleFixtures.indicator;
import static org.rbm.core.cycle.CycleFixtures.spf;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.StrategyId;

class StrategicPolicyFrameworkTest {
  private static final LocalDate MARCH_2011 = LocalDate.of(2011, 3, 24);
  private static final LocalDate JUNE_2012 = LocalDate.of(2012, 6, 14);

  /** Drops IND-2 and adds IO2a.3 with IND-3 in March 2011. */
  private static Amendment gbMarch2011() {
    return amendment(
        MARCH_2011,
        "GB.310/PFA/2",
        SpfChange.removeIndicator(IND2),
        SpfChange.addResult(
            immediateOutcome(
                ResultId.of("IO2a.3"),
                "Youth employment programmes are in place",
                indicator(IndicatorId.of("IND-3"), 2012, 5))));
  }

  /** Raises the 2011 target of IND-1 from 40 to 45 and amends the knowledge strategy. */
  private static Amendment ilcJune2012() {
    return Amendment.builder()
        .date(JUNE_2012)
        .decidedBy(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE)
        .reference("ILC.101/Resolution")
        .addChange(SpfChange.changeTarget(IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(45))))
        .addChange(SpfChange.amendStrategyText(KNOWLEDGE, "Knowledge sharing after the review"))
        .addChange(SpfChange.addEvaluationLesson("Tripartite reviews need baselines"))
        .build();
  }

  private static StrategicPolicyFramework amended() {
    return spf().withAmendments(gbMarch2011(), ilcJune2012());
  }

  private static BigDecimal target2011(SpfVersion v) {
    return ((NumericValue)
            v.framework().indicator(IND1).orElseThrow().periods().get(0).totalTarget()
                .orElseThrow().value())
        .amount();
  }

  @Test
  void standsAsAdoptedUntilTheFirstAmendment() {
    SpfVersion v = amended().asOf(LocalDate.of(2011, 3, 23));
    assertEquals(spf().framework(), v.framework());
    assertTrue(v.framework().indicator(IND2).isPresent());
    assertEquals(List.of(), v.amendmentsApplied());
    assertEquals(Optional.of("Decent work for all"), v.vision());
    assertEquals("SPF-2010-15 as of 2011-03-23 (0 amendments applied)", v.toString());
  }

  @Test
  void anAmendmentAppliesFromItsDayOn() {
    SpfVersion v = amended().asOf(MARCH_2011);
    assertFalse(v.framework().indicator(IND2).isPresent());
    assertTrue(v.framework().result(IO2).isPresent());
    assertEquals(
        List.of(ResultId.of("SO2"), OC2A, IO1, IO2, ResultId.of("IO2a.3")),
        v.framework().resultsInTreeOrder().stream().map(r -> r.id()).toList());
    assertEquals(new BigDecimal("40"), target2011(v));
    assertEquals(List.of(gbMarch2011()), v.amendmentsApplied());
  }

  @Test
  void replaysEveryAmendmentUpToTheDate() {
    SpfVersion v = amended().asOf(LocalDate.of(2015, 12, 31));
    assertEquals(new BigDecimal("45"), target2011(v));
    assertEquals(
        Optional.of("Knowledge sharing after the review"),
        v.strategy(KNOWLEDGE).orElseThrow().text());
    assertEquals(
        List.of("Results must be specific enough to evaluate", "Tripartite reviews need baselines"),
        v.evaluationLessons());
    assertEquals(v.framework(), amended().latest().framework());
    // The SPF itself keeps the framework as adopted: versions are replayed, not stored.
    assertTrue(amended().framework().indicator(IND2).isPresent());
  }

  @Test
  void amendmentsRecordedOutOfDateOrderApplyInDateOrder() {
    StrategicPolicyFramework reversed = spf().withAmendments(ilcJune2012(), gbMarch2011());
    for (LocalDate d :
        List.of(ADOPTED, MARCH_2011, LocalDate.of(2012, 1, 1), JUNE_2012, LocalDate.of(2016, 1, 1))) {
      assertEquals(amended().asOf(d), reversed.asOf(d), d.toString());
    }
  }

  @Test
  void amendmentsOfOneDayApplyInTheOrderRecorded() {
    Amendment first =
        amendment(MARCH_2011, "GB.310/1", SpfChange.reviseVision("Decent work, first wording"));
    Amendment second =
        amendment(MARCH_2011, "GB.310/2", SpfChange.reviseVision("Decent work, second wording"));
    assertEquals(
        Optional.of("Decent work, second wording"),
        spf().withAmendments(first, second).asOf(MARCH_2011).vision());
    assertEquals(
        Optional.of("Decent work, first wording"),
        spf().withAmendments(second, first).asOf(MARCH_2011).vision());
  }

  @Test
  void refusesToRemoveAResultThatDoesNotExist() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                spf().withAmendments(
                        amendment(
                            MARCH_2011, "GB.310/PFA/2", SpfChange.removeResult(ResultId.of("OC9")))));
    assertEquals(
        "amendments[0].changes[0]: got remove result OC9, expected the id of a result in the SPF,"
            + " as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        e.getMessage());
    assertEquals(Optional.of("amendments[0].changes[0]"), e.field());
  }

  @Test
  void refusesToAddAResultWhoseIdIsTaken() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                spf().withAmendments(
                        ilcJune2012(),
                        amendment(
                            MARCH_2011,
                            "GB.310/PFA/2",
                            SpfChange.removeIndicator(IND2),
                            SpfChange.addResult(immediateOutcome(IO1, "Again")))));
    assertEquals(
        "amendments[1].changes[1]: got add result IO2a.1, expected a result id not yet in the"
            + " SPF, as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        e.getMessage());
  }

  @Test
  void refusesAChangeThatWouldLeaveAnOrphan() {
    assertEquals(
        "amendments[0].changes[0]: got remove result OC2a, expected a change that leaves a valid"
            + " results framework (results[1].parent: got OC2a, expected the id of a result in"
            + " this framework), as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(MARCH_2011, "GB.310/PFA/2", SpfChange.removeResult(OC2A))))
            .getMessage());
  }

  @Test
  void refusesChangesToIndicatorsAndStrategiesThatDoNotExist() {
    assertEquals(
        "amendments[0].changes[1]: got remove indicator IND-2, expected the id of an indicator in"
            + " the SPF, as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(
                                MARCH_2011,
                                "GB.310/PFA/2",
                                SpfChange.removeIndicator(IND2),
                                SpfChange.removeIndicator(IND2))))
            .getMessage());
    assertEquals(
        "amendments[0].changes[0]: got change target of IND-1 in 2012-01-01/2012-12-31, expected"
            + " a reporting period of indicator IND-1, as the SPF stood before amendment"
            + " GB.310/PFA/2 of 2011-03-24",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(
                                MARCH_2011,
                                "GB.310/PFA/2",
                                SpfChange.changeTarget(
                                    IND1, DateRange.ofYear(2012), DataPoint.of(Value.of(1))))))
            .getMessage());
    assertEquals(
        "amendments[0].changes[0]: got add indicator IND-1 to IO2a.2, expected an indicator id not"
            + " yet in the SPF, as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(
                                MARCH_2011,
                                "GB.310/PFA/2",
                                SpfChange.addIndicator(IO2, indicator(IND1, 2011, 1)))))
            .getMessage());
    assertEquals(
        "amendments[0].changes[0]: got amend the text of strategy HR, expected the id of a"
            + " strategy in the SPF, as the SPF stood before amendment GB.310/PFA/2 of 2011-03-24",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(
                                MARCH_2011,
                                "GB.310/PFA/2",
                                SpfChange.amendStrategyText(StrategyId.of("HR"), "New text"))))
            .getMessage());
  }

  @Test
  void refusesATargetOfAKindTheIndicatorDoesNotTake() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                spf().withAmendments(
                        amendment(
                            MARCH_2011,
                            "GB.310/PFA/2",
                            SpfChange.changeTarget(
                                IND1, DateRange.ofYear(2011), DataPoint.of(Value.text("many"))))));
    assertTrue(
        e.getMessage()
            .startsWith(
                "amendments[0].changes[0]: got change target of IND-1 in 2011-01-01/2011-12-31,"
                    + " expected a change that leaves a valid indicator (periods[0].targets[0].value:"),
        e.getMessage());
  }

  @Test
  void appliesEveryKindOfChange() {
    StrategicPolicyFramework spf =
        spf().withAmendments(
                amendment(
                    MARCH_2011,
                    "GB.310/PFA/2",
                    SpfChange.replaceResult(immediateOutcome(IO2, "Skills policies, revised")),
                    SpfChange.addIndicator(IO2, indicator(IndicatorId.of("IND-4"), 2013, 3)),
                    SpfChange.replaceIndicator(indicator(IND1, 2011, 50)),
                    SpfChange.addStrategy(
                        HighLevelStrategy.builder().id(StrategyId.of("HR")).title("HR").build()),
                    SpfChange.removeStrategy(KNOWLEDGE),
                    SpfChange.reviseVision("Decent work for all women and men")));
    SpfVersion v = spf.latest();
    assertEquals("Skills policies, revised", v.framework().result(IO2).orElseThrow().title());
    assertEquals(
        List.of(IndicatorId.of("IND-4")),
        v.framework().result(IO2).orElseThrow().indicators().stream().map(i -> i.id()).toList());
    assertEquals(new BigDecimal("50"), target2011(v));
    assertEquals(List.of(StrategyId.of("HR")), v.strategies().stream().map(s -> s.id()).toList());
    assertEquals(Optional.empty(), v.strategy(KNOWLEDGE));
    assertEquals(Optional.of("Decent work for all women and men"), v.vision());
  }

  @Test
  void refusesADateBeforeTheAdoption() {
    assertEquals(
        "date: got 2008-11-19, expected a date on or after 2008-11-20, when SPF-2010-15 was"
            + " adopted",
        assertThrows(InvalidValueException.class, () -> spf().asOf(LocalDate.of(2008, 11, 19)))
            .getMessage());
    assertEquals(
        "amendments[0].date: got 2008-01-01, expected a date on or after 2008-11-20, when the SPF"
            + " was adopted",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withAmendments(
                            amendment(
                                LocalDate.of(2008, 1, 1), "GB.301", SpfChange.reviseVision("x"))))
            .getMessage());
  }

  @Test
  void checksItsOwnInvariants() {
    assertEquals(
        "framework.planningPeriod: got 2008-09, expected 2010-15, the period of the SPF",
        assertThrows(
                InvalidValueException.class,
                () ->
                    spf().withFramework(
                            CycleFixtures.framework("RF", PlanningPeriod.parse("2008-09"))))
            .getMessage());
    assertEquals(
        "strategies[1].id: got KNOWLEDGE, expected a strategy id not used before",
        assertThrows(
                InvalidValueException.class,
                () -> spf().withStrategies(spf().strategies().get(0), spf().strategies().get(0)))
            .getMessage());
    assertEquals(
        "evaluationLessons[0]: got \" \", expected a lesson that is not blank",
        assertThrows(InvalidValueException.class, () -> spf().withEvaluationLessons(" "))
            .getMessage());
    assertEquals(
        "vision: got \"\", expected a vision that is not blank",
        assertThrows(InvalidValueException.class, () -> spf().withVision("")).getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(spf(), spf())
        .addEqualityGroup(amended())
        .addEqualityGroup(spf().withAdoptedOn(ADOPTED.minusDays(1)))
        .addEqualityGroup(spf().withEvaluationLessons())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(amended().asOf(MARCH_2011), amended().asOf(MARCH_2011))
        .addEqualityGroup(amended().asOf(MARCH_2011.plusDays(1)))
        .addEqualityGroup(amended().asOf(JUNE_2012))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CycleFixtures.nullTester();
    tester.testAllPublicStaticMethods(StrategicPolicyFramework.class);
    tester.testAllPublicInstanceMethods(amended());
    tester.testAllPublicInstanceMethods(amended().latest());
    tester.testAllPublicStaticMethods(SpfChange.class);
    tester.testAllPublicInstanceMethods(gbMarch2011());
  }
}
