package org.rbm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rbm.json.internal.Codecs;

/** Writes the values of one model type (and its hidden Immutables classes) with their codec. */
final class CodecSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  private final transient Codecs codecs;

  CodecSerializer(Class<?> type, Codecs codecs) {
    super(type, false);
    this.codecs = codecs;
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    JacksonWriter.withJsonpEscapes(
        generator, () -> codecs.write(value, new JacksonWriter(generator)));
  }
}
