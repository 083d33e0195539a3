package org.rbm.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.rbm.json.RbmJsonException;
import org.rbm.json.internal.Codec;
import org.rbm.json.internal.Codecs;
import org.rbm.json.internal.JsonIn;

/**
 * Reads the values of one model type with its codec, from the token databind stands on. At the top
 * of the input (a whole document), {@code null} is refused as {@code RbmJson} refuses it, and, when
 * the mapper has {@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS} (as {@link
 * RbmJackson#objectMapper()} does), content after the value too, at its place.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codecs codecs;
  private final transient Codec<T> codec;

  CodecDeserializer(Codec<T> codec, Codecs codecs) {
    super(codec.type());
    this.codec = codec;
    this.codecs = codecs;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    boolean whole =
        atTop(parser) && context.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try {
      return JsonIn.readCurrent(
          new JacksonTokens(parser, codecs.limits()), codecs, codec, whole);
    } catch (RbmJsonException e) {
      throw new RbmJacksonException(parser, e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public @Nullable T getNullValue(DeserializationContext context) throws RbmJacksonException {
    JsonParser parser = context.getParser();
    if (parser != null && atTop(parser)) {
      // The top-level value: RbmJson refuses null where a value is expected, and so do we.
      try {
        return JsonIn.readCurrent(
            new JacksonTokens(parser, codecs.limits()), codecs, codec, false);
      } catch (RbmJsonException e) {
        throw new RbmJacksonException(parser, e);
      }
    }
    return null;
  }

  private static boolean atTop(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token != null && token.isStructStart()) {
      JsonStreamContext parent = context.getParent();
      return parent != null && parent.inRoot();
    }
    return context.inRoot();
  }
}
