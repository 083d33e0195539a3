package org.rbm.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.rbm.core.InvalidValueException;

/**
 * The one Immutables style of the SDK, placed on each model package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the public
 * abstract types ({@code overshadowImplementation}); users see {@code builder()}, {@code of(..)}
 * and {@code with*} copies. A builder with missing attributes throws {@link
 * InvalidValueException}, never a bare {@code IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"datum:data", "actual:actuals", "assumption:assumptions"},
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface RbmStyle {}
