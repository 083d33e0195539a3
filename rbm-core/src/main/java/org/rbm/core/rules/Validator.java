package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a {@link RuleSet} to subjects and returns a {@link ValidationReport}.
 *
 * <pre>{@code
 * Validator<ResultsFramework> validator = Validator.of(rules, f -> f.id().code());
 * ValidationReport report = validator.validate(framework, ValidationContext.of(otherFrameworks));
 * }</pre>
 *
 * <p>Every enabled rule runs once. The rules that take part in a {@link Walk} of the subject (such
 * as the {@link FrameworkRule}s of a results framework) share that one walk; the others are handed
 * the whole subject. The validator knows no subject type: any type can offer a walk. With the
 * standard rules, the cost of validating is linear in the size of the framework (results,
 * indicators, periods and values), plus sorting the findings.
 *
 * <h2>A rule that throws</h2>
 *
 * A rule should report bad data, not throw. One that throws all the same (a bug, a lookup that
 * fails) does not stop the validation: the validator catches the {@link RuntimeException}, keeps
 * every finding reported so far (the failing rule's too), leaves the rule out of the rest of the
 * walk, runs every other rule, and adds one finding of its own: rule {@link #RULE_FAILED}, severity
 * {@link Severity#ERROR}, where the rule failed, with the failing rule's id and the exception's class
 * and message as arguments. A finding rather than an exception, because validation is data: the
 * caller gets the whole report in the usual way, {@link ValidationReport#hasErrors()} is true so the
 * subject is never taken for clean, and a tool that lists findings shows the failure next to them
 * without a second code path. {@link Error}s (out of memory, stack overflow) are not caught.
 *
 * <p>Immutable and thread-safe if its rules are.
 *
 * @param <S> the type of subject
 */
public final class Validator<S> {
  /**
   * RBM-ENGINE-001: a rule threw an exception instead of reporting; its findings may be
   * incomplete. Always an error; not in any rule set, so it cannot be switched off.
   */
  public static final RuleId RULE_FAILED = RuleId.of("RBM-ENGINE-001");

  static final MessageKey RULE_FAILED_MESSAGE =
      MessageKey.standard("RBM-ENGINE-001.ruleFailed", "rule", "exception", "detail");
  static final MessageKey RULE_FAILED_NO_DETAIL =
      MessageKey.standard("RBM-ENGINE-001.ruleFailedNoDetail", "rule", "exception");

  private final RuleSet<S> rules;
  private final Function<? super S, String> subjectId;

  private Validator(RuleSet<S> rules, Function<? super S, String> subjectId) {
    this.rules = rules;
    this.subjectId = subjectId;
  }

  /**
   * Returns a validator applying the given rules.
   *
   * @param rules the rules and their configuration
   * @param subjectId gives the id a subject's findings carry, such as {@code f -> f.id().code()}
   * @param <S> the type of subject
   * @return the validator
   */
  public static <S> Validator<S> of(RuleSet<S> rules, Function<? super S, String> subjectId) {
    return new Validator<>(requireNonNull(rules, "rules"), requireNonNull(subjectId, "subjectId"));
  }

  /**
   * Returns the rules this validator applies.
   *
   * @return the rule set
   */
  public RuleSet<S> rules() {
    return rules;
  }

  /**
   * Validates a subject without any other framework known.
   *
   * @param subject the subject
   * @return the report
   * @throws org.rbm.core.InvalidValueException if the subject id is blank
   */
  public ValidationReport validate(S subject) {
    return validate(subject, ValidationContext.empty());
  }

  /**
   * Validates a subject.
   *
   * @param subject the subject
   * @param context what the validation knows besides the subject, such as other frameworks
   * @return the report, with a finding of {@link #RULE_FAILED} for each rule that threw
   * @throws org.rbm.core.InvalidValueException if the subject id is blank
   */
  public ValidationReport validate(S subject, ValidationContext context) {
    requireNonNull(subject, "subject");
    requireNonNull(context, "context");
    String id = requireNonNull(subjectId.apply(subject), "subject id");
    List<Finding> findings = new ArrayList<>();
    Map<Walk<S>, List<Walker<S>>> walks = new LinkedHashMap<>();
    for (Rule<S> rule : rules.enabledRules()) {
      RuleId ruleId = rule.id();
      Reporter reporter = new RuleReporter(ruleId, rules.severityOf(ruleId), id, findings);
      Optional<Walk<S>> walk = rule.walk();
      if (walk.isPresent()) {
        walks.computeIfAbsent(walk.get(), w -> new ArrayList<>()).add(new Walker<>(rule, reporter));
      } else {
        try {
          rule.check(subject, context, reporter);
        } catch (RuntimeException e) {
          findings.add(failure(id, ruleId, Location.ROOT, e));
        }
      }
    }
    for (Map.Entry<Walk<S>, List<Walker<S>>> walk : walks.entrySet()) {
      List<Walker<S>> walkers = walk.getValue();
      try {
        walk.getKey().walk(subject, context, walkers);
      } catch (RuntimeException e) {
        // The walk itself failed: every rule still in it lost the rest of the walk.
        for (Walker<S> w : walkers) {
          w.fail(Location.ROOT, e);
        }
      }
      for (Walker<S> w : walkers) {
        RuntimeException failure = w.failure();
        Location at = w.failedAt();
        if (failure != null && at != null) {
          findings.add(failure(id, w.rule().id(), at, failure));
        }
      }
    }
    return ValidationReport.of(id, findings);
  }

  private static Finding failure(String subjectId, RuleId rule, Location at, RuntimeException e) {
    String detail = e.getMessage();
    return detail == null || detail.isBlank()
        ? Finding.reported(RULE_FAILED, Severity.ERROR, subjectId, at, RULE_FAILED_NO_DETAIL,
            Messages.arguments(RULE_FAILED_NO_DETAIL, rule, e.getClass().getName()))
        : Finding.reported(RULE_FAILED, Severity.ERROR, subjectId, at, RULE_FAILED_MESSAGE,
            Messages.arguments(RULE_FAILED_MESSAGE, rule, e.getClass().getName(), detail));
  }

  /** Adds the rule's id, its severity and the subject's id to what the rule reports. */
  private static final class RuleReporter implements Reporter {
    private final RuleId ruleId;
    private final Severity severity;
    private final String subjectId;
    private final List<Finding> findings;

    RuleReporter(RuleId ruleId, Severity severity, String subjectId, List<Finding> findings) {
      this.ruleId = ruleId;
      this.severity = severity;
      this.subjectId = subjectId;
      this.findings = findings;
    }

    @Override
    public void report(Location location, MessageKey key, Object... values) {
      requireNonNull(location, "location");
      requireNonNull(key, "key");
      findings.add(Finding.reported(
          ruleId, severity, subjectId, location, key, Messages.arguments(key, values)));
    }
  }
}
