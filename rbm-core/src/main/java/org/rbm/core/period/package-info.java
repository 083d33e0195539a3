/**
 * Time in results-based management: {@link org.rbm.core.period.DateRange closed date ranges} for
 * reporting periods and {@link org.rbm.core.period.PlanningPeriod planning periods} of whole years in
 * the ILO's notation ({@code 2008-09}, {@code 2010-15}).
 */
@NullMarked
@CheckReturnValue
package org.rbm.core.period;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
