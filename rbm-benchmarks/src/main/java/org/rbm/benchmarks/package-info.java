/**
 * JMH benchmarks of the SDK's hot paths, with Jackson databind reading and writing the same
 * framework documents into plain objects as a baseline. Not published; run with {@code
 * scripts/bench.sh}.
 */
@NullMarked
@CheckReturnValue
package org.rbm.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
