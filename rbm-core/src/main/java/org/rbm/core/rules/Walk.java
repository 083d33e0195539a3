package org.rbm.core.rules;

import java.util.List;

/**
 * One walk over a subject, shared by all the rules of a validation that take part in it, so that
 * the subject is traversed once however many rules look at its pieces. A subject type offers its
 * walk through the rules written for it: a rule returns the walk it takes part in from {@link
 * Rule#walk()}, and the {@link Validator} hands each walk the rules that named it, each with its
 * reporter. Results frameworks have theirs ({@link FrameworkRule}s take part in it); any other type
 * can offer one the same way, with a base class for its rules whose hooks the walk calls.
 *
 * <p>A walk calls a rule's hooks through its {@link Walker}, and when a hook throws, it tells the
 * walker ({@link Walker#fail}) and goes on with the other rules: the validator reports the failure
 * as a finding and keeps every other finding.
 *
 * @param <S> the type of subject
 */
public interface Walk<S> {
  /**
   * Walks the subject once, calling the hooks of each rule whose walker {@linkplain
   * Walker#isActive() is active}.
   *
   * @param subject the subject
   * @param context what the validation knows besides the subject
   * @param walkers the rules that take part, each with its reporter, in the rule set's order
   */
  void walk(S subject, ValidationContext context, List<Walker<S>> walkers);
}
