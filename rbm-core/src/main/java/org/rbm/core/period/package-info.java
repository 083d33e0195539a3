/**
 * Time in results-based management: {@link org.rbm.core.period.DateRange closed date ranges} for
 * reporting periods (years, half-years, quarters, months, fiscal years, project periods and days,
 * with labels such as {@code 2024-Q1} and {@code 2024-04/2027-03}), {@link
 * org.rbm.core.period.PlanningPeriod planning periods} of whole years in the ILO's notation ({@code
 * 2008-09}, {@code 2010-15}), and the {@link org.rbm.core.period.ReportingCalendar reporting
 * calendar} of an organisation whose fiscal year starts in another month ({@code FY2024/25}).
 */
@NullMarked
@CheckReturnValue
package org.rbm.core.period;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
