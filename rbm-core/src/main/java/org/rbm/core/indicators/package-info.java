/**
 * Indicators and their values: {@link org.rbm.core.indicators.Indicator}, its {@link
 * org.rbm.core.indicators.Measure measure}, {@link org.rbm.core.indicators.Baseline baseline} and
 * {@link org.rbm.core.indicators.IndicatorPeriod reporting periods} of targets and actuals, each a
 * {@link org.rbm.core.indicators.DataPoint} holding a {@link org.rbm.core.indicators.Value}.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.indicators;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
