package org.rbm.json.internal;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Counts the lines and columns of the characters handed to the parser, to locate the end of the
 * input. Parsson reports unreliable locations when the input ends early (for an object cut off
 * after its first colon, five characters long, it reports column 10), so faults at the end of the input are placed at the
 * position just past its last character instead.
 */
final class TrackingReader extends Reader {
  private final Reader in;
  private final @Nullable StringBuilder copy;
  private long offset;
  private long line = 1;
  private long column = 1;
  private boolean ended;

  /**
   * Wraps the input.
   *
   * @param in the input
   * @param keepText whether to keep a copy of the text, to locate errors found after reading
   */
  TrackingReader(Reader in, boolean keepText) {
    this.in = in;
    this.copy = keepText ? new StringBuilder() : null;
  }

  /** The text read so far, if kept. */
  @Nullable CharSequence text() {
    return copy;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = in.read(buffer, off, len);
    if (n < 0) {
      ended = true;
      return n;
    }
    for (int i = off; i < off + n; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    offset += n;
    if (copy != null) {
      copy.append(buffer, off, n);
    }
    return n;
  }

  /** Whether the parser has seen the end of the input. */
  boolean ended() {
    return ended;
  }

  /** How many characters the parser has been given. */
  long offset() {
    return offset;
  }

  /** The line just past the last character given. */
  long line() {
    return line;
  }

  /** The column just past the last character given. */
  long column() {
    return column;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
