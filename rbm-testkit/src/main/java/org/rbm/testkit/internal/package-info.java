/** How the testkit's generators are built; not exported, not API. */
@NullMarked
package org.rbm.testkit.internal;

import org.jspecify.annotations.NullMarked;
