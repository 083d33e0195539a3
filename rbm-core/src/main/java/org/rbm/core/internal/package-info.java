/** Implementation details shared by the model packages; not exported. */
@NullMarked
package org.rbm.core.internal;

import org.jspecify.annotations.NullMarked;
