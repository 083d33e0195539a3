package org.rbm.store;

import static java.util.Objects.requireNonNull;

/**
 * A stream as read: its key, its version (the number of events appended) and the value after
 * every event, whose {@linkplain org.rbm.core.workflow.Governed#history() history} holds them.
 *
 * @param key the key
 * @param version the number of events; 0 for a stream just created
 * @param value the value after every event
 * @param <V> the governed value
 */
public record StoredStream<V>(String key, long version, V value) {
  /**
   * Checks the parts for {@code null}.
   *
   * @param key the key
   * @param version the number of events
   * @param value the value
   */
  public StoredStream {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
  }
}
