package org.rbm.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import org.jspecify.annotations.Nullable;
import org.rbm.json.RbmJsonException;

/**
 * Counts and keeps the characters handed to the parser. Locations are worked out from this count
 * and copy rather than taken from the parser, whose lines and columns can lie outside the input
 * when it ends early (for the 11 characters <code>{"start":-2</code>, Parsson reports column 21) or when
 * the reader fails (a decoder's error came out at its buffer position). It also enforces the
 * document length limit, before the parser or the copy hold more than the limit.
 */
final class TrackingReader extends Reader {
  /**
   * The most characters asked of a caller's reader at once. A decoder that meets bad bytes throws
   * and drops the characters it had decoded in that call (the JDK's {@code InputStreamReader}
   * does), so the bad bytes are known to lie only within the characters asked for: at most this
   * many past the position reported.
   */
  static final int DECODE_CHUNK = 64;

  /**
   * The byte-order mark U+FEFF that Excel and Windows tools write at the start of UTF-8 files. One
   * at the very start of a reader's input is dropped before the parser sees it, so lines and columns
   * count from the character after it (a caller with the whole text drops it itself).
   */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Reader in;
  private final StringBuilder copy = new StringBuilder();
  private final @Nullable CharSequence whole;
  private final long maxLength;
  private long offset;
  private long failedAt = -1;
  private boolean ended;
  private boolean started;

  /**
   * Wraps the input.
   *
   * @param in the input
   * @param whole the whole input as text, if the caller has it; otherwise a copy is kept
   * @param maxLength the most characters the document may have
   */
  TrackingReader(Reader in, @Nullable CharSequence whole, long maxLength) {
    this.in = in;
    this.whole = whole;
    this.maxLength = maxLength;
  }

  /** The text: the whole input if given, otherwise what has been read so far. */
  CharSequence text() {
    CharSequence w = whole;
    return w != null ? w : copy;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(buffer, off, whole == null ? Math.min(len, DECODE_CHUNK) : len);
    } catch (CharacterCodingException e) {
      // The bad bytes lie in the DECODE_CHUNK characters from here.
      failedAt = offset;
      throw e;
    }
    if (n < 0) {
      ended = true;
      return n;
    }
    if (!started && n > 0) {
      started = true;
      if (buffer[off] == BYTE_ORDER_MARK.charAt(0)) {
        System.arraycopy(buffer, off + 1, buffer, off, n - 1);
        n--;
        if (n == 0) {
          return read(buffer, off, len);
        }
      }
    }
    if (offset + n > maxLength) {
      int kept = (int) (maxLength - offset) + 1;
      if (whole == null) {
        copy.append(buffer, off, kept);
      }
      offset += kept;
      long[] at = Locations.lineAndColumn(text(), offset);
      throw new RbmJsonException(
          "",
          at[0],
          at[1],
          "a document of more than " + maxLength + " characters",
          "at most " + maxLength + " characters (JsonLimits.maxDocumentLength)",
          null);
    }
    if (whole == null) {
      copy.append(buffer, off, n);
    }
    offset += n;
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

  /** Where the input could not be decoded, as an offset; empty if it could. */
  @Nullable Long failedAt() {
    return failedAt < 0 ? null : failedAt;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
