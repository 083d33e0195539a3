package org.rbm.json.internal;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads and writes the JSON form of one model type. A codec is also a JSON-B serializer and
 * deserializer, so that {@code RbmJson.config()} can hand it to Yasson; Yasson finds the type it
 * handles from the type argument of the concrete codec class, which is why every codec is a
 * concrete class {@code final class XCodec extends Codec<X>}.
 *
 * <p>The codec of an enum is also a JSON-B adapter from an {@link EnumCodecs.Constant}, because
 * Yasson reads a top-level enum with its own deserializer but consults adapters first (see {@link
 * EnumCodecs}); {@code RbmJson.config()} registers only enum codecs as adapters.
 *
 * <p>A codec is created by its registry, with the registry, and is immutable and thread-safe.
 *
 * @param <T> the model type
 */
public abstract class Codec<T>
    implements JsonbSerializer<T>, JsonbDeserializer<T>, JsonbAdapter<T, EnumCodecs.Constant> {
  private final Class<T> type;
  private final Codecs codecs;

  /**
   * Creates the codec of {@code type}.
   *
   * @param type the model type
   * @param codecs the registry it belongs to
   */
  protected Codec(Class<T> type, Codecs codecs) {
    this.type = type;
    this.codecs = codecs;
  }

  /**
   * Returns the model type.
   *
   * @return the type
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * Writes the value as exactly one JSON value.
   *
   * @param value the value
   * @param out the writer
   */
  public abstract void write(T value, JsonOut out);

  /**
   * Reads one value; the parser stands on its first event, and is left on its last.
   *
   * @param in the reader
   * @return the value, whole and valid
   */
  public abstract T read(JsonIn in);

  final void writeValue(Object value, JsonOut out) {
    write(type.cast(value), out);
  }

  @Override
  public final void serialize(T value, JsonGenerator generator, SerializationContext context) {
    write(value, new JsonOut(new ParssonWriter(generator), codecs));
  }

  @Override
  public final EnumCodecs.Constant adaptToJson(T value) {
    return new EnumCodecs.Constant(((Enum<?>) value).name(), 1, 1);
  }

  @Override
  public final T adaptFromJson(EnumCodecs.Constant constant) {
    return constant.as(type);
  }

  @Override
  public final T deserialize(JsonParser parser, DeserializationContext context, Type runtimeType) {
    return JsonIn.readCurrent(parser, codecs, this);
  }
}
