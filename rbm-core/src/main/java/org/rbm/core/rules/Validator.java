package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rbm.core.results.ResultsFramework;

/**
 * Applies a {@link RuleSet} to subjects and returns a {@link ValidationReport}.
 *
 * <pre>{@code
 * Validator<ResultsFramework> validator = Validator.of(rules, f -> f.id().code());
 * ValidationReport report = validator.validate(framework, ValidationContext.of(otherFrameworks));
 * }</pre>
 *
 * <p>Every enabled rule runs once. The rules of a results framework that extend {@link
 * FrameworkRule} share one walk over the framework, which visits each result and each indicator once;
 * other rules are handed the whole subject. With the standard rules, the cost of validating is
 * linear in the size of the framework (results, indicators, periods and values), plus sorting the
 * findings. Immutable and thread-safe if its rules are.
 *
 * @param <S> the type of subject
 */
public final class Validator<S> {
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
   */
  public ValidationReport validate(S subject) {
    return validate(subject, ValidationContext.empty());
  }

  /**
   * Validates a subject.
   *
   * @param subject the subject
   * @param context what the validation knows besides the subject, such as other frameworks
   * @return the report
   * @throws org.rbm.core.InvalidValueException if the subject id is blank, or a rule reports a blank
   *     message
   */
  public ValidationReport validate(S subject, ValidationContext context) {
    requireNonNull(subject, "subject");
    requireNonNull(context, "context");
    String id = requireNonNull(subjectId.apply(subject), "subject id");
    List<Finding> findings = new ArrayList<>();
    List<FrameworkRule> walkers = new ArrayList<>();
    List<Reporter> walkerReporters = new ArrayList<>();
    for (Rule<S> rule : rules.enabledRules()) {
      RuleId ruleId = rule.id();
      Severity severity = rules.severityOf(ruleId);
      Reporter reporter =
          (location, message) -> findings.add(Finding.of(ruleId, severity, id, location, message));
      if (rule instanceof FrameworkRule walker && subject instanceof ResultsFramework) {
        walkers.add(walker);
        walkerReporters.add(reporter);
      } else {
        rule.check(subject, context, reporter);
      }
    }
    if (subject instanceof ResultsFramework framework && !walkers.isEmpty()) {
      FrameworkWalk.walk(framework, context, walkers, walkerReporters);
    }
    return ValidationReport.of(id, findings);
  }
}
