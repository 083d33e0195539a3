/**
 * A store for the RBM SDK's model on JDBC: {@link org.rbm.store.RbmStore} with its {@linkplain
 * org.rbm.store.Documents documents} (each save a version, in the project's JSON), {@linkplain
 * org.rbm.store.Streams event streams} (append-only histories replayed through the model's
 * workflows) and {@linkplain org.rbm.store.FollowUpStore evaluation follow-up} (tables queried in
 * SQL).
 */
@NullMarked
@CheckReturnValue
package org.rbm.store;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
