/**
 * Progress: how far each indicator has come against its baseline and targets as of a date, the
 * status that follows, the roll-up along the results chain, and the performance table
 * (IPTT-style) that reports it.
 *
 * <pre>{@code
 * ProgressCalculator calculator = ProgressCalculator.of(ProgressSettings.defaults());
 * ProgressReport report = calculator.report(framework, LocalDate.of(2009, 1, 1));
 * RollUp rollUp = report.rollUp(RollUpPolicy.worstStatus());
 * PerformanceTable table = report.table(); // rendered by org.rbm.text.PerformanceTables
 * }</pre>
 *
 * <h2>Computed values</h2>
 *
 * A {@link org.rbm.core.progress.ProgressReport} holds the exact framework it was computed from, so
 * that its roll-ups and tables can never mix versions of a framework. Reports, indicator, period and
 * plan progress, roll-ups and performance tables are computed by the SDK: they have no public
 * builders and no {@code with*} copies, so no caller can forge a status the calculator did not
 * give. The JSON module rebuilds stored ones through {@code org.rbm.core.internal.ProgressValues},
 * a package exported to it (and the testkit) only, which runs the same checks. The inputs
 * (settings, assessments, roll-up policies, weights) keep their builders.
 *
 * <h2>Arithmetic and display</h2>
 *
 * Every quantity is a {@link java.math.BigDecimal}: sums and differences are exact, and every
 * quotient (an achievement ratio, a fraction's percent, a point on a trajectory, a weighted mean) is
 * divided once in {@link org.rbm.core.Decimals#CONTEXT} (34 significant digits, half-even), then
 * stripped of trailing zeros. Statuses are decided on these exact values, never on displayed ones.
 * The number a value stands for (a fraction's percent or quotient) is {@link
 * org.rbm.core.indicators.Measure#numberIn}. What a person reads is formatted by the rbm-text
 * module: ratios as percentages with one decimal place by default, rounded half-even.
 *
 * <h2>When a period counts as completed</h2>
 *
 * As of a date {@code d}, a reporting period is <em>completed</em> when its last day is before
 * {@code d}; it is <em>running</em> when it contains {@code d}; it has <em>not started</em> when its
 * first day is after {@code d}. The as-of date is the day the report is made: a period whose last
 * day is that day is still running.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.progress;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
