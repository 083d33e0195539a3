package org.rbm.store;

/**
 * A writer lost a race: it appended to a stream with the version it last saw, and another writer
 * had appended since (or created the stream it meant to create). Nothing was written; read the
 * stream again and retry.
 */
public final class StoreConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final String stream;
  private final long lastSeen;
  private final long current;

  /**
   * Creates the exception.
   *
   * @param stream the stream, as {@code kind/"key"}
   * @param lastSeen the version the writer last saw; -1 if it expected no stream yet
   * @param current the version the stream is at
   */
  StoreConflictException(String stream, long lastSeen, long current) {
    super(
        "streams[" + stream + "].version: got "
            + (lastSeen < 0 ? "no stream" : "version " + lastSeen)
            + " as last seen by the writer, expected version " + current
            + ", the version the stream is at; nothing was written");
    this.stream = stream;
    this.lastSeen = lastSeen;
    this.current = current;
  }

  /**
   * Returns the stream, as {@code kind/"key"}.
   *
   * @return the stream
   */
  public String stream() {
    return stream;
  }

  /**
   * Returns the version the writer last saw.
   *
   * @return the version; -1 if the writer meant to create the stream
   */
  public long lastSeenVersion() {
    return lastSeen;
  }

  /**
   * Returns the version the stream is at.
   *
   * @return the current version
   */
  public long currentVersion() {
    return current;
  }
}
