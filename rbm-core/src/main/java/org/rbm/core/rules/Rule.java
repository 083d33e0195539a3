package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quality rule about subjects of type {@code S}: a results framework, a strategy, or any type of
 * the application's own. A rule has a description ({@link #info()}: a stable id, a default
 * severity, what it checks, why, and its source) and reports what it finds through a {@link
 * Reporter}, with a location inside the subject and a message key with arguments. It never throws
 * for bad data: bad data is what it reports (a rule that throws all the same does not stop the
 * validation: see {@link Validator#RULE_FAILED}).
 *
 * <p>Write a rule for any subject with {@link #of}:
 *
 * <pre>{@code
 * static final MessageKey NOT_ACME =
 *     MessageKey.of("ACME-001.notAcme", "The owner {owner} is not an ACME unit.");
 * Rule<ResultsFramework> ownerKnown = Rule.of(
 *     RuleInfo.of("ACME-001", Severity.WARNING, "The owner is one of ACME's units",
 *         "Results of unknown units are not followed up", "ACME programme manual"),
 *     (framework, context, out) -> {
 *       if (!ACME_UNITS.contains(framework.owner())) {
 *         out.report(Location.ROOT, NOT_ACME, framework.owner());
 *       }
 *     });
 * }</pre>
 *
 * <p>For a results framework, prefer {@link FrameworkRule}, whose hooks are called for each result
 * and each indicator during the one walk the {@link Validator} makes over the framework for all
 * such rules. A rule for another subject, such as a strategy, implements this interface (or uses
 * {@link #of}) and is composed into a {@code RuleSet<Strategy>}; its locations are paths from the
 * strategy's root, such as {@code /milestones/3}.
 *
 * <p>Implementations should be immutable and thread-safe, and cost time linear in the size of the
 * subject.
 *
 * @param <S> the type of subject the rule checks
 */
public interface Rule<S> {
  /**
   * Returns what the rule is: id, default severity, description, rationale, source.
   *
   * @return the rule's description
   */
  RuleInfo info();

  /**
   * Returns the rule's id, {@code info().id()}.
   *
   * @return the id
   */
  default RuleId id() {
    return info().id();
  }

  /**
   * Checks a subject and reports every problem found.
   *
   * @param subject the subject to check
   * @param context what the validation knows besides the subject, such as other frameworks
   * @param reporter where to report findings
   */
  void check(S subject, ValidationContext context, Reporter reporter);

  /**
   * Returns the walk of the subject this rule takes part in, if any: the {@link Validator} then
   * does not call {@link #check} but hands the rule to that walk, which calls the rule's hooks for
   * each piece of the subject, once for all the rules that take part. {@link FrameworkRule}s take
   * part in the walk of results frameworks.
   *
   * @return the walk; empty (the default) when the rule checks the subject on its own
   */
  default Optional<Walk<S>> walk() {
    return Optional.empty();
  }

  /**
   * Returns the rule with the given description that checks with the given function.
   *
   * @param info the rule's description
   * @param checker the check
   * @param <S> the type of subject
   * @return the rule
   */
  static <S> Rule<S> of(RuleInfo info, Checker<S> checker) {
    requireNonNull(info, "info");
    requireNonNull(checker, "checker");
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(S subject, ValidationContext context, Reporter reporter) {
        checker.check(subject, context, reporter);
      }

      @Override
      public String toString() {
        return info.id().toString();
      }
    };
  }

  /**
   * The check of a rule made with {@link Rule#of}.
   *
   * @param <S> the type of subject
   */
  @FunctionalInterface
  interface Checker<S> {
    /**
     * Checks a subject and reports every problem found.
     *
     * @param subject the subject to check
     * @param context what the validation knows besides the subject
     * @param reporter where to report findings
     */
    void check(S subject, ValidationContext context, Reporter reporter);
  }
}
