/**
 * The codecs behind {@link org.rbm.json.RbmJson}: a strict streaming reader ({@code JsonIn}), a
 * writer ({@code JsonOut}) and one codec per model type, grouped by domain concept. Not exported.
 */
@NullMarked
package org.rbm.json.internal;

import org.jspecify.annotations.NullMarked;
