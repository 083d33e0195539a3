package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.framework;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.io11;
import static org.rbm.core.rules.Fixtures.oc1;
import static org.rbm.core.rules.Fixtures.so1;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;

/** A rule that throws does not stop validation, and the failure names the rule. */
class ValidatorFailureTest {
  private static final String IND_2 = "/results/SO1/OC1/IO1.1/indicators/IND-2";

  /** Reports each indicator, and throws on IND-2: a bug in a rule of the application's own. */
  private static final FrameworkRule BUGGY = FrameworkRule.forEachIndicator(
      RuleInfo.of("ACME-BUG", Severity.INFO, "Says hello to each indicator", "A test", "Tests"),
      (visit, out) -> {
        if (visit.indicator().id().code().equals("IND-2")) {
          throw new IllegalStateException("boom");
        }
        out.report(visit.location(), "Hello " + visit.indicator().id());
      });

  private static final Rule<ResultsFramework> THROWS_AT_ONCE = Rule.of(
      RuleInfo.of("ACME-NPE", Severity.WARNING, "Looks at nothing", "A test", "Tests"),
      (framework, context, out) -> {
        throw new NullPointerException();
      });

  /** IND-1 has no baseline (RBM-IND-002), IND-2 has no direction (RBM-IND-005). */
  private static ResultsFramework twoFlawedIndicators() {
    return framework(List.of(so1(), oc1(), io11(
        indicator("IND-1").build().withBaseline(Optional.empty()),
        indicator("IND-2").build().withDirection(Optional.empty()))));
  }

  @Test
  void aThrowingRuleBecomesAFindingAndTheOtherRulesFindingsAreKept() {
    ResultsFramework f = twoFlawedIndicators();
    ValidationReport standard = StandardRules.validator().validate(f);
    assertEquals(List.of("RBM-IND-002 " + IND_1, "RBM-IND-005 " + IND_2),
        standard.findings().stream().map(x -> x.ruleId() + " " + x.location()).toList());

    RuleSet<ResultsFramework> rules = RuleSet.of(THROWS_AT_ONCE)
        .withAll(StandardRules.ruleSet())
        .with(BUGGY);
    ValidationReport report = StandardRules.validator(rules).validate(f);

    assertTrue(report.findings().containsAll(standard.findings()), report.findings().toString());
    assertEquals(List.of(
            "RBM-ENGINE-001 ERROR /",
            "ACME-BUG INFO " + IND_1,
            "RBM-IND-002 ERROR " + IND_1,
            "RBM-ENGINE-001 ERROR " + IND_2,
            "RBM-IND-005 ERROR " + IND_2),
        report.findings().stream().map(x -> x.ruleId() + " " + x.severity() + " " + x.location())
            .toList());
    Finding bug = report.findings(Validator.RULE_FAILED).get(1);
    assertEquals("RBM-ENGINE-001.ruleFailed", bug.messageKey());
    assertEquals(ImmutableMap.of(
            "rule", "ACME-BUG", "exception", "java.lang.IllegalStateException", "detail", "boom"),
        bug.arguments());
    assertEquals("Rule ACME-BUG failed with java.lang.IllegalStateException: boom. Its findings"
        + " may be incomplete; the other rules ran.", bug.message());
    assertEquals("results[2].indicators[1]", bug.location().indexPath().orElseThrow());
    Finding npe = report.findings(Validator.RULE_FAILED).get(0);
    assertEquals("Rule ACME-NPE failed with java.lang.NullPointerException. Its findings may be"
        + " incomplete; the other rules ran.", npe.message());
    assertEquals(2, report.countsByRule().get(Validator.RULE_FAILED));
  }

  /** A subject of the application's own, whose rules share one walk over its steps. */
  record Plan(String id, List<String> steps) {}

  /** The base of rules that look at one step at a time. */
  abstract static class StepRule implements Rule<Plan> {
    static final Walk<Plan> STEPS = new Walk<>() {
      @Override
      public void walk(Plan plan, ValidationContext context, List<Walker<Plan>> walkers) {
        WALKS.add(plan.id());
        for (int i = 0; i < plan.steps().size(); i++) {
          Location at = Location.of("steps", Integer.toString(i))
              .withIndexPath("steps[" + i + "]");
          for (Walker<Plan> w : walkers) {
            if (w.isActive()) {
              try {
                ((StepRule) w.rule()).checkStep(plan.steps().get(i), at, w.reporter());
              } catch (RuntimeException e) {
                w.fail(at, e);
              }
            }
          }
        }
      }
    };
    static final List<String> WALKS = new ArrayList<>();

    @Override
    public void check(Plan subject, ValidationContext context, Reporter reporter) {
      throw new AssertionError("walked, never checked alone");
    }

    @Override
    public Optional<Walk<Plan>> walk() {
      return Optional.of(STEPS);
    }

    abstract void checkStep(String step, Location at, Reporter reporter);
  }

  @Test
  void anySubjectTypeCanOfferOneSharedWalk() {
    MessageKey blank = MessageKey.of("ACME-S1.blank", "Step {step} says nothing.");
    StepRule notBlank = new StepRule() {
      @Override
      public RuleInfo info() {
        return RuleInfo.of("ACME-S1", Severity.ERROR, "Steps say something", "A test", "Tests");
      }

      @Override
      void checkStep(String step, Location at, Reporter reporter) {
        if (step.isBlank()) {
          reporter.report(at, blank, at.segments().get(1));
        }
      }
    };
    StepRule shortEnough = new StepRule() {
      @Override
      public RuleInfo info() {
        return RuleInfo.of("ACME-S2", Severity.WARNING, "Steps are short", "A test", "Tests");
      }

      @Override
      void checkStep(String step, Location at, Reporter reporter) {
        if (step.length() > 10) {
          throw new IllegalArgumentException("too long to check: " + step.length());
        }
      }
    };
    StepRule.WALKS.clear();
    ValidationReport report = Validator.of(RuleSet.<Plan>of(notBlank, shortEnough), Plan::id)
        .validate(new Plan("P-1", List.of("Hire", "Draft the terms of reference", " ")));
    assertEquals(List.of("P-1"), StepRule.WALKS);
    assertEquals(List.of(
            "RBM-ENGINE-001 /steps/1 steps[1] Rule ACME-S2 failed with"
                + " java.lang.IllegalArgumentException: too long to check: 28. Its findings may be"
                + " incomplete; the other rules ran.",
            "ACME-S1 /steps/2 steps[2] Step 2 says nothing."),
        report.findings().stream().map(x -> x.ruleId() + " " + x.location() + " "
            + x.location().indexPath().orElseThrow() + " " + x.message()).toList());
  }
}
