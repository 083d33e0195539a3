package org.rbm.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The IATI Secretariat's example files, shipped as test resources (CC BY 4.0, see NOTICE). */
final class Examples {
  static final String RESULTS_24 = "24-results.xml";
  static final String ANNOTATED = "activity-standard-example-annotated.xml";

  private Examples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Examples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
