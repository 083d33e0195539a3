/**
 * JSON for the RBM SDK: {@link org.rbm.json.RbmJson} reads and writes results-framework documents
 * and every public type of {@code org.rbm.core}, strictly, and hands JSON-B (Yasson) the same
 * serializers and deserializers.
 *
 * <p>No package is opened: Yasson never reflects on the model's classes, because every type is
 * handled by a registered serializer and deserializer, which it calls through the JSON-B
 * interfaces. The JSON-P and JSON-B implementations (Parsson, Yasson) are found through the
 * service loader of the API modules, which declare the {@code uses}.
 */
module org.rbm.json {
  requires transitive org.rbm.core;
  requires transitive jakarta.json.bind;
  requires transitive jakarta.json;
  // Compile time only: @CheckReturnValue on the exported package (class retention).
  requires static com.google.errorprone.annotations;

  exports org.rbm.json;
  // The codecs and their backend abstraction, for the Jackson backend only.
  exports org.rbm.json.internal to
      org.rbm.jackson;
}
