/**
 * How {@code org.rbm.text} renders and reads: not exported, not API. Files are named after what
 * they serve ({@code Matrix*} for the linkage matrix), so that each renderer keeps its own.
 */
@NullMarked
@CheckReturnValue
package org.rbm.text.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
