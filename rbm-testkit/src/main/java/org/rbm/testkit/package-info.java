/**
 * Generators of valid RBM values for tests, benchmarks and demos.
 *
 * <p>Start from {@link org.rbm.testkit.RbmGen}: one static factory per public type of {@code
 * rbm-core}, and fluent generators of whole frameworks ({@link org.rbm.testkit.FrameworkGen}) with
 * size settings. Every generator is a QuickTheories {@code Gen} (use it in {@code
 * qt().forAll(..)}; failures shrink to small values) and a {@link org.rbm.testkit.SeededGen} (call
 * {@code sample(seed)}, or {@link org.rbm.testkit.Sampler} for a stream of values).
 *
 * <h2>Adding a generator</h2>
 *
 * A generator of a new type goes in {@code RbmGen} (a static factory returning {@code SeededGen},
 * written as a lambda over QuickTheories' randomness with the draws of {@code
 * org.rbm.testkit.internal.Draw}), or, when it has settings, in its own immutable fluent class next
 * to {@link org.rbm.testkit.FrameworkGen}. Draw sizes before contents and make each draw shrink to
 * the simplest answer, so that failing values shrink well; build ids unique by construction rather
 * than by filtering, so generation stays linear.
 *
 * <h2>Deliberately broken values</h2>
 *
 * A broken framework is a valid one with one targeted change: a {@link
 * org.rbm.testkit.FrameworkMutation} applied by {@link
 * org.rbm.testkit.FrameworkGen#mutatedBy(org.rbm.testkit.FrameworkMutation)}, made of the edits in
 * {@link org.rbm.testkit.FrameworkEdits}. The catalogue of frameworks that break exactly one quality
 * rule each goes in a class {@code org.rbm.testkit.BrokenFrameworks} of this package: one static
 * factory per rule, named after it, returning a {@code SeededGen<ResultsFramework>}, such as
 *
 * <pre>{@code
 * public static SeededGen<ResultsFramework> withoutBaseline() {
 *   return RbmGen.frameworks().mutatedBy(
 *       FrameworkMutation.onSomeIndicator((i, in) -> i.withBaseline(Optional.empty())));
 * }
 * }</pre>
 *
 * The valid frameworks {@link org.rbm.testkit.RbmGen#frameworks()} makes by default have every
 * indicator with a unit (but qualitative ones), a direction, a definition, means of verification, a
 * data source, a reporting frequency, a baseline dated on the first day of the planning period,
 * and a total target in each period; periods that cut the planning period without gap or overlap;
 * targets that move away from the baseline in the indicator's direction; breakdowns that add up to
 * their total. A mutation breaks one of these.
 */
@NullMarked
@CheckReturnValue
package org.rbm.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
