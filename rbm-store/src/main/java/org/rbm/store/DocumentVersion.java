package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a document's list of versions: the version number, when and by whom it was saved.
 * Immutable and thread-safe.
 */
public final class DocumentVersion {
  private final int version;
  private final Instant savedAt;
  private final String author;

  DocumentVersion(int version, Instant savedAt, String author) {
    this.version = version;
    this.savedAt = requireNonNull(savedAt);
    this.author = requireNonNull(author);
  }

  /**
   * Returns the version number.
   *
   * @return the version, from 1
   */
  public int version() {
    return version;
  }

  /**
   * Returns when the version was saved.
   *
   * @return the time, to the millisecond
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DocumentVersion that
        && version == that.version
        && savedAt.equals(that.savedAt)
        && author.equals(that.author);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, savedAt, author);
  }

  /** Describes the version: {@code v2, 2008-01-01T00:00:00Z by PROGRAM}. */
  @Override
  public String toString() {
    return "v" + version + ", " + savedAt + " by " + author;
  }
}
