package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.framework;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.io11;
import static org.rbm.core.rules.Fixtures.oc1;
import static org.rbm.core.rules.Fixtures.so1;
import static org.rbm.core.rules.Fixtures.validate;
import static org.rbm.core.rules.Fixtures.withIndicator;
import static org.rbm.core.rules.Fixtures.year;
import static org.rbm.core.rules.Fixtures.yearTarget;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ResultsFramework;

/**
 * The boundaries and the single-field checks of the rules engine that no other test reaches
 * (issue 19): each test breaks one check, or sits exactly at one limit.
 */
class RulesBoundariesTest {

  private static List<String> messages(ValidationReport report) {
    return report.findings().stream().map(Finding::message).toList();
  }

  @Test
  void theStandardRuleSetBuiltFromSettingsHasEveryRuleInTheTablesOrder() {
    RuleSet<ResultsFramework> rules = StandardRules.ruleSet(RuleSettings.defaults());
    assertEquals("[RBM-RES-001, RBM-RES-002, RBM-RES-003, RBM-RES-004, RBM-RES-005, RBM-RES-006,"
        + " RBM-IND-001, RBM-IND-002, RBM-IND-003, RBM-IND-004, RBM-IND-005, RBM-IND-006,"
        + " RBM-IND-007, RBM-IND-008, RBM-PER-001, RBM-PER-002, RBM-VAL-001, RBM-VAL-002,"
        + " RBM-VAL-003, RBM-VAL-004]", rules.toString());
    assertEquals("[RBM-RES-001, (off) RBM-RES-006]", RuleSet.of(
            rules.rules().get(0), rules.rules().get(5))
        .disable(StandardRules.SIBLING_TITLES_DISTINCT).toString());
  }

  @Test
  void rulesAreNamedByTheirIdInText() {
    RuleInfo info = RuleInfo.of("ACME-1", Severity.INFO, "Says nothing", "A test", "Tests");
    assertEquals("ACME-1", FrameworkRule.forEachIndicator(info, (v, r) -> { }).toString());
    assertEquals("ACME-1",
        Rule.<ResultsFramework>of(info, (subject, context, reporter) -> { }).toString());
  }

  @Test
  void aRatioWithoutUnitIsAskedWhatIsDividedByWhat() {
    ValidationReport report = validate(withIndicator(
        indicator("IND-1").measure(Measure.RATIO).unit(Optional.empty()).build()));
    assertFindings(report, "RBM-IND-001 ERROR " + IND_1);
    assertEquals(List.of("Indicator IND-1 has no unit: name what is divided by what, such as"
        + " staff per office."), messages(report));
  }

  /**
   * RBM-VAL-001 quotes the reason when the baseline states one, and says that none was given when
   * the baseline has neither value nor reason (IATI allows such a baseline).
   */
  @Test
  void aBaselineWithoutValueGivesItsReasonOrSaysThereIsNone() {
    ValidationReport report = validate(withIndicator(indicator("IND-1")
        .baseline(Baseline.notAvailable("no survey before 2008")).build()));
    assertFindings(report, "RBM-VAL-001 WARNING " + IND_1 + "/baseline");
    assertEquals(List.of("The baseline of indicator IND-1 has no value (no survey before 2008);"
        + " IATI expects one for a count indicator."), messages(report));
    ValidationReport bare = validate(withIndicator(indicator("IND-1")
        .baseline(Baseline.builder().date(Fixtures.BASELINE_DATE).build()).build()));
    assertFindings(bare, "RBM-VAL-001 WARNING " + IND_1 + "/baseline");
    assertEquals(List.of("The baseline of indicator IND-1 has no value (no reason given);"
        + " IATI expects one for a count indicator."), messages(bare));
  }

  /** Text values have no amount: the direction of a qualitative indicator's targets is unknown. */
  @Test
  void targetsWithoutAmountsAreNotComparedWithTheBaseline() {
    Indicator i = indicator("IND-1").measure(Measure.QUALITATIVE).unit(Optional.empty())
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(Value.text("weak"), Fixtures.BASELINE_DATE))
        .periods(List.of(IndicatorPeriod.builder().period(DateRange.ofYear(2009))
            .addTarget(DataPoint.of(Value.text("strong"))).build()))
        .build();
    assertFindings(validate(withIndicator(i)));
  }

  /**
   * The first target period is the earliest, not the first listed: 2009 is listed before 2008, and
   * a baseline of 1 June 2008 is after the start of 2008 (not of 2009).
   */
  @Test
  void theBaselineIsComparedWithTheEarliestTargetPeriodWhereverItIsListed() {
    Indicator i = indicator("IND-1")
        .baseline(Baseline.of(Value.of(30), java.time.LocalDate.of(2008, 6, 1)))
        .periods(List.of(yearTarget(2009, 50), year(2008, 40, 38)))
        .build();
    ValidationReport report = validate(withIndicator(i));
    assertEquals(List.of("The baseline of indicator IND-1 is dated 2008-06-01, after the start of"
        + " its first target period 2008."), messages(report));
  }

  @Test
  void periodsOfTheFirstAndLastPlanningYearsAreNamedByTheirYears() {
    assertEquals("1000", IndicatorVisit.segmentOf(DateRange.ofYear(PlanningPeriod.MIN_YEAR)));
    assertEquals("9999", IndicatorVisit.segmentOf(DateRange.ofYear(PlanningPeriod.MAX_YEAR)));
    assertEquals("0999-01-01--0999-12-31", IndicatorVisit.segmentOf(DateRange.ofYear(999)));
    assertEquals("1000-09", IndicatorVisit.segmentOf(DateRange.of(
        java.time.LocalDate.of(1000, 1, 1), java.time.LocalDate.of(1009, 12, 31))));
  }

  /** An indicator without periods has no target (RBM-IND-003) and nothing to overlap. */
  @Test
  void anIndicatorWithoutPeriodsHasOnlyNoTarget() {
    ValidationReport report = validate(withIndicator(
        indicator("IND-1").periods(List.of()).build()));
    assertFindings(report, "RBM-IND-003 ERROR " + IND_1);
  }

  /** A period given by an equal copy is found by equality: its index is the original's. */
  @Test
  void aPeriodIsLocatedByEqualityWhenNotTheSameObject() {
    List<String> seen = new ArrayList<>();
    FrameworkRule locate = FrameworkRule.forEachIndicator(
        RuleInfo.of("ACME-LOC", Severity.INFO, "Locates the second period", "A test", "Tests"),
        (visit, out) -> {
          IndicatorPeriod second = visit.indicator().periods().get(1);
          IndicatorPeriod copy = IndicatorPeriod.builder().from(second).build();
          seen.add(visit.locationOf(copy).indexPath().orElseThrow());
          seen.add(visit.targetLocation(copy, DataPoint.of(Value.of(50))).indexPath()
              .orElseThrow());
        });
    var unused = StandardRules.validator(RuleSet.of(locate)).validate(Fixtures.valid());
    assertEquals(List.of("results[2].indicators[0].periods[1]",
        "results[2].indicators[0].periods[1].targets[0]"), seen);
  }

  /** IND-1's 2009 targets, given only by breakdown (the dimension's categories as declared). */
  private static ValidationReport targets2009(Indicator.Builder b, DataPoint... targets) {
    return validate(withIndicator(b.periods(List.of(year(2008, 40, 38),
        IndicatorPeriod.builder().period(DateRange.ofYear(2009)).addTargets(targets).build()))
        .build()));
  }

  @Test
  void targetsGivenOnlyByBreakdownAreReportedAsTargets() {
    String at = "RBM-VAL-004 WARNING " + IND_1 + "/targets/2009/";
    ValidationReport incomplete = targets2009(indicator("IND-1").dimension("sex", "female", "male"),
        DataPoint.of(Value.of(20), "sex", "female"));
    assertFindings(incomplete, at + "sex");
    assertEquals(List.of("The targets of indicator IND-1 for 2009 are given only broken down by"
        + " sex, without male: give the total target or the missing categories."),
        messages(incomplete));
    assertEquals("results[2].indicators[0].periods[1].targets",
        incomplete.findings().get(0).location().indexPath().orElseThrow());

    ValidationReport notAdditive = targets2009(indicator("IND-1").measure(Measure.PERCENTAGE)
            .unit("%").dimension("sex", "female", "male"),
        DataPoint.of(Value.of(40), "sex", "female"), DataPoint.of(Value.of(30), "sex", "male"));
    assertFindings(notAdditive, at + "sex");
    assertEquals(List.of("The targets of indicator IND-1 for 2009 are given only broken down by"
        + " sex, and the values of a percentage indicator do not add up: give the total target."),
        messages(notAdditive));

    ValidationReport undeclared = targets2009(indicator("IND-1").addDisaggregationDimension("age"),
        DataPoint.of(Value.of(20), "age", "young"));
    assertFindings(undeclared, at + "age");
    assertEquals(List.of("The targets of indicator IND-1 for 2009 are given only broken down by"
        + " age, whose categories the indicator does not declare: give the total target, or"
        + " declare the categories."), messages(undeclared));

    ValidationReport notSummable = targets2009(indicator("IND-1").measure(Measure.RATIO)
            .unit("staff per office").additive(true).dimension("sex", "female", "male"),
        DataPoint.of(Value.of(20), "sex", "female"),
        DataPoint.of(Value.fraction(1, 2), "sex", "male"));
    assertFindings(notSummable, at + "sex");
    assertEquals(List.of("The targets of indicator IND-1 for 2009 are given only broken down by"
        + " sex, in values that cannot be added up (numbers and fractions mixed, or a sum too"
        + " large): give the total target."), messages(notSummable));
  }

  /**
   * A bound of 34 digits (Decimals.CONTEXT's precision) that the quotient can round onto: an
   * actual just beyond it, whose quotient rounds to the bound itself, is not beyond it.
   * 12345678901234.1234567890123456789% gives 1 + 123456789012.341234567890123456789 above, and
   * 1 - 123456789012.341234567890123456789 below.
   */
  @Test
  void aQuotientRoundedOntoTheBoundIsNotBeyondIt() {
    BigDecimal tolerance = new BigDecimal("12345678901234.1234567890123456789");
    ValueRules.ActualNotFarAboveTarget rule = new ValueRules.ActualNotFarAboveTarget(tolerance);
    BigDecimal above = new BigDecimal("123456789013.341234567890123456789");
    BigDecimal below = new BigDecimal("-123456789011.341234567890123456789");
    BigDecimal three = BigDecimal.valueOf(3);
    BigDecimal tiny = new BigDecimal("1E-40");
    assertFalse(rule.beyond(above.multiply(three).add(tiny), three, false));
    assertTrue(rule.beyond(above.multiply(three).add(new BigDecimal("1E-20")), three, false));
    assertFalse(rule.beyond(below.multiply(three).subtract(tiny), three, true));
    assertTrue(rule.beyond(below.multiply(three).subtract(new BigDecimal("1E-20")), three, true));
  }

  /** A bound beyond 34 digits (1 + 10^-42): an actual equal to its target is not beyond it. */
  @Test
  void anInexactBoundStillLeavesAnActualAtItsTargetWithin() {
    ValueRules.ActualNotFarAboveTarget fine =
        new ValueRules.ActualNotFarAboveTarget(new BigDecimal("1E-40"));
    assertFalse(fine.beyond(BigDecimal.TEN, BigDecimal.TEN, false));
    assertFalse(fine.beyond(BigDecimal.TEN, BigDecimal.TEN, true));
  }

  @Test
  void aToleranceOfZeroIsAllowedAndANegativeOneIsNot() {
    assertEquals(BigDecimal.ZERO, RuleSettings.builder()
        .overTargetTolerancePercent(BigDecimal.ZERO).build().overTargetTolerancePercent());
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        RuleSettings.builder().overTargetTolerancePercent(new BigDecimal("-0.1")).build());
    assertEquals("overTargetTolerancePercent: got -0.1, expected a percentage at least 0",
        e.getMessage());
  }

  @Test
  void aDescriptionStartingWithALineBreakIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RuleInfo.of("ACME-1", Severity.INFO, "\nSays nothing", "A test", "Tests"));
    assertEquals("description: got \"\nSays nothing\", expected one line that is not blank",
        e.getMessage());
  }

  @Test
  void aFindingNeedsASubjectAndAMessageKey() {
    Location at = Location.of("results", "SO1");
    ImmutableMap<String, String> args = ImmutableMap.of("text", "Hello");
    InvalidValueException subject = assertThrows(InvalidValueException.class, () ->
        Finding.create(RuleId.of("ACME-1"), Severity.INFO, " ", at, "text", args, "Hello"));
    assertEquals("subjectId: got \" \", expected a subject id that is not blank",
        subject.getMessage());
    InvalidValueException key = assertThrows(InvalidValueException.class, () ->
        Finding.create(RuleId.of("ACME-1"), Severity.INFO, "PB", at, "", args, "Hello"));
    assertEquals("messageKey: got \"\", expected a message key that is not blank",
        key.getMessage());
  }

  @Test
  void aReportCountsOneErrorAndOneWarningInTheSingular() {
    Location at = Location.of("results", "SO1");
    ValidationReport report = ValidationReport.of("PB-2008-09", List.of(
        TestFindings.text(RuleId.of("ACME-1"), Severity.ERROR, "PB-2008-09", at, "One"),
        TestFindings.text(RuleId.of("ACME-2"), Severity.WARNING, "PB-2008-09", at, "Two")));
    assertEquals("PB-2008-09: 1 error, 1 warning, 0 info", report.toString());
  }

  /** A rule checked alone (not through a validator) throws what its hook threw. */
  @Test
  void aFrameworkRuleCheckedAloneThrowsItsHooksFailure() {
    FrameworkRule buggy = FrameworkRule.forEachIndicator(
        RuleInfo.of("ACME-BUG", Severity.INFO, "Throws", "A test", "Tests"),
        (visit, out) -> {
          throw new IllegalStateException("boom at " + visit.indicator().id());
        });
    List<String> reported = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> buggy.check(
        Fixtures.valid(), ValidationContext.empty(), (l, k, v) -> reported.add(l.toString())));
    assertEquals("boom at IND-1", e.getMessage());
    assertEquals(List.of(), reported);
  }

  /** After its first failure, a rule is left out of the rest of the walk: no later findings. */
  @Test
  void aRuleThatFailedIsNotCalledAgain() {
    FrameworkRule failsOnFirst = FrameworkRule.forEachIndicator(
        RuleInfo.of("ACME-BUG", Severity.INFO, "Throws on IND-1", "A test", "Tests"),
        (visit, out) -> {
          if (visit.indicator().id().code().equals("IND-1")) {
            throw new IllegalStateException(" ");
          }
          out.report(visit.location(), "Hello " + visit.indicator().id());
        });
    ResultsFramework f = framework(List.of(so1(), oc1(), io11(
        indicator("IND-1").build(), indicator("IND-2").build())));
    ValidationReport report = StandardRules.validator(RuleSet.of(failsOnFirst)).validate(f);
    assertEquals(List.of("Rule ACME-BUG failed with java.lang.IllegalStateException. Its findings"
        + " may be incomplete; the other rules ran."), messages(report));
  }

  /** A walk that throws by itself fails every rule in it, at the root. */
  @Test
  void aWalkThatFailsFailsEachOfItsRules() {
    Walk<String> broken = (subject, context, walkers) -> {
      throw new IllegalArgumentException("no steps in " + subject);
    };
    List<Rule<String>> rules = new ArrayList<>();
    for (String id : List.of("ACME-1", "ACME-2")) {
      rules.add(new Rule<>() {
        @Override
        public RuleInfo info() {
          return RuleInfo.of(id, Severity.ERROR, "Walks", "A test", "Tests");
        }

        @Override
        public void check(String subject, ValidationContext context, Reporter reporter) {
          throw new AssertionError("walked, never checked alone");
        }

        @Override
        public Optional<Walk<String>> walk() {
          return Optional.of(broken);
        }
      });
    }
    ValidationReport report = Validator.of(RuleSet.of(rules), s -> s).validate("P-1");
    assertEquals(List.of(
            "RBM-ENGINE-001 / Rule ACME-1 failed with java.lang.IllegalArgumentException: no steps"
                + " in P-1. Its findings may be incomplete; the other rules ran.",
            "RBM-ENGINE-001 / Rule ACME-2 failed with java.lang.IllegalArgumentException: no steps"
                + " in P-1. Its findings may be incomplete; the other rules ran."),
        report.findings().stream().map(x -> x.ruleId() + " " + x.location() + " " + x.message())
            .toList());
  }

  /** A key of the application's own has no translation: every locale reads its English text. */
  @Test
  void aMessageOfTheApplicationsOwnReadsTheSameInEveryLocale() {
    MessageKey hello = MessageKey.of("ACME-1.hello", "Hello {name}.");
    FrameworkRule greets = FrameworkRule.forEachIndicator(
        RuleInfo.of("ACME-1", Severity.INFO, "Greets", "A test", "Tests"),
        (visit, out) -> out.report(visit.location(), hello, visit.indicator().id()));
    Finding f = StandardRules.validator(RuleSet.of(greets)).validate(Fixtures.valid())
        .findings().get(0);
    assertEquals("Hello IND-1.", f.message());
    assertEquals("Hello IND-1.", f.message(java.util.Locale.FRENCH));
  }

  /** A result is asked the location only of its own contribution links. */
  @Test
  void aResultLocatesOnlyItsOwnContributionLinks() {
    ContributionLink foreign = ContributionLink.of(org.rbm.core.results.ResultId.of("OC1"),
        org.rbm.core.results.FrameworkId.of("SPF-2010-15"),
        org.rbm.core.results.ResultId.of("OC9"));
    List<String> refused = new ArrayList<>();
    FrameworkRule locate = FrameworkRule.forEachResult(
        RuleInfo.of("ACME-LINK", Severity.INFO, "Locates a link", "A test", "Tests"),
        (visit, out) -> {
          if (visit.result().id().code().equals("SO1")) {
            refused.add(assertThrows(IllegalArgumentException.class,
                () -> visit.locationOf(foreign)).getMessage());
          }
        });
    var unused = StandardRules.validator(RuleSet.of(locate)).validate(Fixtures.valid());
    assertEquals(List.of(foreign + " does not start from SO1"), refused);
  }
}
