/**
 * How {@code org.rbm.text} renders, words and reads: not exported, not API. Files are named after
 * what they serve ({@code Matrix*} for the linkage matrix, {@code Progress*} and {@code Table*} for
 * the performance table); labels come from the properties files beside them, one per language
 * (English, French, Spanish).
 */
@NullMarked
@CheckReturnValue
package org.rbm.text.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
