/**
 * Renderings of the model for people: each kind of table or diagram has one entry point with a
 * {@code render(value, format, options)} method, for example
 *
 * <pre>{@code
 * String md = PerformanceTables.render(table, TableFormat.MARKDOWN, RenderOptions.defaults());
 * }</pre>
 *
 * <p>Renderers never throw on a value the model accepts; every rendering is built without the
 * default locale (digits are ASCII, and labels come from the {@link RenderOptions#locale()} the
 * caller chose).
 */
@NullMarked
@CheckReturnValue
package org.rbm.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
