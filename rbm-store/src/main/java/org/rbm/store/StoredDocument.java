package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of a stored document: its key, version number (1 for the first save), when and by
 * whom it was saved, and the value. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class StoredDocument<T> {
  private final String key;
  private final int version;
  private final Instant savedAt;
  private final String author;
  private final T value;

  StoredDocument(String key, int version, Instant savedAt, String author, T value) {
    this.key = requireNonNull(key);
    this.version = version;
    this.savedAt = requireNonNull(savedAt);
    this.author = requireNonNull(author);
    this.value = requireNonNull(value);
  }

  /**
   * Returns the key the document is saved under.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the version: 1 for the first save of the key, one more for each save after it.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns when the version was saved, by the store's clock, to the millisecond.
   *
   * @return the time
   */
  public Instant savedAt() {
    return savedAt;
  }

  /**
   * Returns who saved the version.
   *
   * @return the author
   */
  public String author() {
    return author;
  }

  /**
   * Returns the value.
   *
   * @return the value as saved
   */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredDocument<?> that
        && key.equals(that.key)
        && version == that.version
        && savedAt.equals(that.savedAt)
        && author.equals(that.author)
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, version, savedAt, author, value);
  }

  /** Describes the version: {@code "P&B-2008-09" v2, 2008-01-01T00:00:00Z by PROGRAM}. */
  @Override
  public String toString() {
    return "\"" + key + "\" v" + version + ", " + savedAt + " by " + author;
  }
}
