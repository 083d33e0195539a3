/**
 * The programme cycle, as the ILO reformed it in 2007 (GB.300/PFA/9/1, paragraphs 34-62): the
 * six-year {@link org.rbm.core.cycle.StrategicPolicyFramework} and its amendments, replayed to
 * answer "the SPF as it stood on a date"; the biennial {@link
 * org.rbm.core.cycle.ProgrammeAndBudget} with its allocations by immediate outcome, funding source
 * and year, its outcome strategies in the standard format of eight topics and its DWCP priorities;
 * the {@link org.rbm.core.cycle.Expenditure} reported against it; and the {@link
 * org.rbm.core.cycle.CycleCalendar} of the documents due.
 *
 * <p>Construction checks each object's own invariants. Rules that span objects (a biennium inside
 * its SPF's period, every P&amp;B outcome in the SPF, stated totals matching the allocations, all
 * eight topics covered, budgeting by results) are the rules engine's; the query methods here
 * (totals, {@code spf.asOf(date).framework()}) are what they use.
 */
@NullMarked
@RbmStyle
@CheckReturnValue
package org.rbm.core.cycle;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
