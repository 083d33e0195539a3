/**
 * How rbm-text lays out and words its renderings; not exported. Labels come from the properties
 * files beside these classes, one per language (English, French, Spanish).
 */
@NullMarked
@CheckReturnValue
package org.rbm.text.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
