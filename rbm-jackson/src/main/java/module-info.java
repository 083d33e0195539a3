/**
 * The documents of {@code org.rbm.json} for applications built on Jackson (Spring Boot): {@link
 * org.rbm.jackson.RbmJacksonModule}, a Jackson {@code Module} that reads and writes every type
 * {@code RbmJson} supports through the same codecs, over Jackson's streaming parser and generator.
 *
 * <p>No package is opened: Jackson never reflects on the model's classes, because every type is
 * handled by a registered serializer and deserializer.
 */
module org.rbm.jackson {
  requires transitive org.rbm.json;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  // Compile time only: @CheckReturnValue on the exported package (class retention).
  requires static com.google.errorprone.annotations;

  exports org.rbm.jackson;
}
