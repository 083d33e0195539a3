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
 *
 * <p>Generated builders are package-private too ({@code builderVisibility}): a public nested
 * {@code Builder extends Immutable<Name>.Builder} then inherits their methods from a
 * package-private class, which Javadoc documents as the public builder's own, with the generated
 * comments ("Initializes the value for the title attribute"). A public generated builder would
 * show only as a list of bare method names inherited from a class the reader cannot open.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"datum:data", "actual:actuals", "assumption:assumptions"},
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface RbmStyle {}
