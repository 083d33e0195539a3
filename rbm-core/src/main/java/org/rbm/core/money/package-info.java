/**
 * Money: an {@link org.rbm.core.money.Money amount with its currency} (ISO 4217), exact and
 * canonical, that never mixes currencies except through an explicit {@link
 * org.rbm.core.money.ExchangeRate}. Used by the programme cycle (allocations, expenditure).
 */
@NullMarked
@RbmStyle
@CheckReturnValue
package org.rbm.core.money;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
