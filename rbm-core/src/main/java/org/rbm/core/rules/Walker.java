package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A rule taking part in a {@link Walk}, with the reporter its findings go to. The {@link Validator}
 * makes one per rule; the walk calls the rule's hooks while the walker {@linkplain #isActive() is
 * active}, and reports a hook that throws with {@link #fail}: the rule is then left out of the rest
 * of the walk, its findings so far are kept, and the validator adds one finding of {@link
 * Validator#RULE_FAILED} naming the rule and the exception.
 *
 * <pre>{@code
 * for (Walker<ResultsFramework> w : walkers) {
 *   if (w.isActive()) {
 *     try {
 *       hooks(w.rule()).checkIndicator(visit, w.reporter());
 *     } catch (RuntimeException e) {
 *       w.fail(visit.location(), e);
 *     }
 *   }
 * }
 * }</pre>
 *
 * Not thread-safe: used by one validation at a time.
 *
 * @param <S> the type of subject
 */
public final class Walker<S> {
  private final Rule<S> rule;
  private final Reporter reporter;
  private @Nullable Location failedAt;
  private @Nullable RuntimeException failure;

  Walker(Rule<S> rule, Reporter reporter) {
    this.rule = rule;
    this.reporter = reporter;
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public Rule<S> rule() {
    return rule;
  }

  /**
   * Returns where the rule's findings go.
   *
   * @return the reporter
   */
  public Reporter reporter() {
    return reporter;
  }

  /**
   * Tells whether the rule's hooks are still to be called: it has not failed.
   *
   * @return whether the rule is active
   */
  public boolean isActive() {
    return failure == null;
  }

  /**
   * Records that one of the rule's hooks threw; the rule is left out of the rest of the walk.
   * Only the first failure is kept.
   *
   * @param location where the walk was when the hook threw
   * @param exception what it threw
   */
  public void fail(Location location, RuntimeException exception) {
    if (failure == null) {
      failedAt = requireNonNull(location, "location");
      failure = requireNonNull(exception, "exception");
    }
  }

  @Nullable Location failedAt() {
    return failedAt;
  }

  @Nullable RuntimeException failure() {
    return failure;
  }
}
