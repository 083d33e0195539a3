/**
 * The codecs behind {@link org.rbm.json.RbmJson}: a strict streaming reader ({@code JsonIn}), a
 * writer ({@code JsonOut}), one codec per model type, grouped by domain concept, and the backend
 * abstraction they run on ({@code TokenReader}, {@code TokenWriter}), with its JSON-P backend.
 * Exported to {@code org.rbm.jackson} only, for the Jackson backend; not part of the API.
 */
@NullMarked
@CheckReturnValue
package org.rbm.json.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
