/** The SDK's runnable examples, starting with {@link org.rbm.examples.IloReport}. */
@NullMarked
package org.rbm.examples;

import org.jspecify.annotations.NullMarked;
