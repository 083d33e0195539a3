package org.rbm.json;

import com.google.common.collect.ImmutableListMultimap;
import java.util.function.Supplier;

/**
 * The examples of {@link RoundTripTest}, values of every supported type, for other bindings of the
 * same codecs (rbm-jackson). Loaded by name from rbm-json's test jar.
 */
public final class RoundTripExamples implements Supplier<ImmutableListMultimap<Class<?>, Object>> {
  /** Creates the supplier; loaded by name. */
  public RoundTripExamples() {}

  @Override
  public ImmutableListMultimap<Class<?>, Object> get() {
    return RoundTripTest.EXAMPLES;
  }
}
