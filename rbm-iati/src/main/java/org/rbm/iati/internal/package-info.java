/** The StAX parsing, mapping and XML writing behind {@code org.rbm.iati}; not exported. */
@NullMarked
@CheckReturnValue
package org.rbm.iati.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
