package org.rbm.json.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets the generator be closed, which flushes it, without closing the caller's writer. */
final class NonClosingWriter extends FilterWriter {
  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
