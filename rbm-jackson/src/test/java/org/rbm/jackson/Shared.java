package org.rbm.jackson;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.function.Supplier;

/** rbm-json's test examples, loaded by name from its test jar (their package is rbm-json's). */
final class Shared {
  private Shared() {}

  @SuppressWarnings("unchecked") // RoundTripExamples is a supplier of this type
  static ImmutableListMultimap<Class<?>, Object> roundTripExamples() {
    return (ImmutableListMultimap<Class<?>, Object>) load("org.rbm.json.RoundTripExamples").get();
  }

  @SuppressWarnings("unchecked") // HostileCases is a supplier of this type
  static List<Object[]> hostileCases() {
    return (List<Object[]>) load("org.rbm.json.HostileCases").get();
  }

  private static Supplier<?> load(String name) {
    try {
      return Class.forName(name).asSubclass(Supplier.class).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("rbm-json's test jar lacks " + name, e);
    }
  }
}
