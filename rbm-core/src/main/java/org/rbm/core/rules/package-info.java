/**
 * Quality rules, reported as data: validate a results framework (or any other subject) against
 * rules and get a {@link org.rbm.core.rules.ValidationReport} of {@link
 * org.rbm.core.rules.Finding findings}, each with a rule id, a severity, a subject id, a {@link
 * org.rbm.core.rules.Location location} such as {@code /results/SO2/OC2.1/indicators/IND-7} (with
 * its index path in the framework's JSON, {@code results[4].indicators[0]}), a {@link
 * org.rbm.core.rules.MessageKey message key} with named arguments, and a message rendered in
 * English, French or Spanish ({@code finding.message(Locale)}). The caller decides what to do with
 * them. Findings and reports are computed results: no public builder makes them; a rule reports
 * through the {@link org.rbm.core.rules.Reporter} it is given.
 *
 * <ul>
 *   <li>{@link org.rbm.core.rules.Rule Rule&lt;S&gt;}: a rule about subjects of type {@code S},
 *       described by a {@link org.rbm.core.rules.RuleInfo} (id, default severity, description,
 *       rationale, source);
 *   <li>{@link org.rbm.core.rules.RuleSet RuleSet&lt;S&gt;}: rules composed, with severities
 *       overridden and rules switched off;
 *   <li>{@link org.rbm.core.rules.Validator Validator&lt;S&gt;}: applies a rule set to a subject,
 *       with a {@link org.rbm.core.rules.ValidationContext} (the other frameworks it may refer to);
 *   <li>{@link org.rbm.core.rules.Walk Walk&lt;S&gt;}: one walk of a subject shared by the rules
 *       that take part in it ({@link org.rbm.core.rules.Rule#walk()}); any subject type can offer
 *       one;
 *   <li>{@link org.rbm.core.rules.FrameworkRule}: the convenient base for rules about a results
 *       framework, visited result by result and indicator by indicator in the framework's walk;
 *   <li>{@link org.rbm.core.rules.StandardRules}: the SDK's rules, with their table.
 * </ul>
 *
 * <h2>Rules for another subject</h2>
 *
 * Nothing in {@code Rule}, {@code RuleSet}, {@code Validator} or the report is tied to results
 * frameworks. For a subject such as a strategy, write each rule with {@link
 * org.rbm.core.rules.Rule#of} (or implement {@code Rule<Strategy>}), report locations as paths
 * from the strategy's root, and validate with {@code Validator.of(RuleSet.of(rules...), s ->
 * s.id().code())}:
 *
 * <pre>{@code
 * Rule<Strategy> milestonesGiven = Rule.of(
 *     RuleInfo.of("RBM-STR-003", Severity.ERROR, "Milestones identify the main results",
 *         "Criterion 3 of the ILO's common criteria for strategies", "ILO GB.300/PFA/9/1, para. 20"),
 *     (strategy, context, out) -> {
 *       if (strategy.milestones().isEmpty()) {
 *         out.report(Location.of("milestones"), NO_MILESTONE);   // a MessageKey
 *       }
 *     });
 * ValidationReport report =
 *     Validator.of(RuleSet.of(milestonesGiven), (Strategy s) -> s.id().code()).validate(strategy);
 * }</pre>
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
