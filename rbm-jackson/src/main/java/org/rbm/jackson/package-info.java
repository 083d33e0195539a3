/**
 * The Jackson binding of the RBM SDK's JSON documents: {@link org.rbm.jackson.RbmJacksonModule}
 * to register on an {@code ObjectMapper}, {@link org.rbm.jackson.RbmJackson#objectMapper()} for a
 * ready one, and {@link org.rbm.jackson.RbmJacksonException}, the Jackson exception every
 * malformed or invalid document gets, whose cause is the {@code RbmJsonException} with the path,
 * line and column.
 */
@NullMarked
@CheckReturnValue
package org.rbm.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
