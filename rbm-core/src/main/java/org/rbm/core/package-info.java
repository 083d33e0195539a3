/**
 * The SDK's shared vocabulary: its exception family ({@link org.rbm.core.RbmException} and
 * subclasses) and its rule for decimal arithmetic ({@link org.rbm.core.Decimals}).
 *
 * <p>The model itself lives in packages named after domain concepts: {@link
 * org.rbm.core.period periods}, {@link org.rbm.core.indicators indicators} and {@link
 * org.rbm.core.results results frameworks}.
 */
@NullMarked
@CheckReturnValue
package org.rbm.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
