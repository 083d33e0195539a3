package org.rbm.iati.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.rbm.iati.IatiException;

/**
 * Passes bytes through while counting lines and columns, and stops a document with a run of more
 * than {@code maxRun} bytes without {@code <} or {@code >} (a giant attribute value, text or
 * comment) before the XML parser buffers it: the check costs a comparison per byte, and memory
 * stays bounded by the limit.
 */
public final class LimitedInput extends FilterInputStream {
  private final long maxRun;
  private long run;
  private long line = 1;
  private long column = 1;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param maxRun the most bytes allowed between two {@code <} or {@code >}
   */
  public LimitedInput(InputStream in, long maxRun) {
    super(in);
    this.maxRun = maxRun;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  private void count(byte b) {
    if (b == '<' || b == '>') {
      run = 0;
    } else if (++run > maxRun) {
      throw new IatiException(
          "",
          line,
          column,
          "more than " + maxRun + " bytes without '<' or '>' (an attribute, text or comment that"
              + " long)",
          "at most " + maxRun + " bytes between markup (IatiReader.MAX_RUN)",
          null);
    }
    if (b == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
}
