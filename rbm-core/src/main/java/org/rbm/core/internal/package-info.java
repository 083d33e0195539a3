/**
 * Implementation details shared by the model packages: exported only to {@code org.rbm.json} and
 * {@code org.rbm.testkit}, never to users.
 *
 * <p>Computed values (progress reports, roll-ups, performance tables, validation reports) have no
 * public builders, so that a caller cannot forge a status no calculator produced. The JSON module
 * still has to rebuild them from a document; it does so through the factory interfaces here (such
 * as {@link org.rbm.core.internal.ProgressValues}), each implemented by a package-private class of
 * its model package and registered from that package's static initializer, as the JDK's {@code
 * jdk.internal.access.SharedSecrets} does. The qualified export keeps the route invisible on the
 * module path.
 */
@NullMarked
@CheckReturnValue
package org.rbm.core.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
