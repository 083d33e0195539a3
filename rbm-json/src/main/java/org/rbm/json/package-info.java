/**
 * The JSON form of the RBM SDK's model: {@link org.rbm.json.RbmJson}, the one entry point, and
 * {@link org.rbm.json.RbmJsonException}, the one exception every malformed or invalid document
 * gets. The format is described by the JSON Schema {@code org/rbm/json/rbm-framework-1.schema.json}
 * shipped in the jar.
 */
@NullMarked
@CheckReturnValue
package org.rbm.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
