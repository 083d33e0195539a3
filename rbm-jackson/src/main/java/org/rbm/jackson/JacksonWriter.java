package org.rbm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rbm.json.internal.TokenWriter;

/**
 * The Jackson backend of the codecs' writer: Jackson's generator, writing the same compact text as
 * the JSON-P backend. Numbers are written from {@link BigDecimal#toString()} (whatever the
 * mapper's {@code WRITE_BIGDECIMAL_AS_PLAIN}); control characters are escaped as JSON-P does (in lower case hex), with escapes set on the generator only while a model value is
 * written.
 */
final class JacksonWriter implements TokenWriter {
  private final JsonGenerator generator;

  JacksonWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Runs {@code write} with JSON-P's escapes, restoring the generator's own afterwards. */
  static void withJsonpEscapes(JsonGenerator generator, Runnable write) throws IOException {
    @Nullable CharacterEscapes own = generator.getCharacterEscapes();
    generator.setCharacterEscapes(JsonpEscapes.INSTANCE);
    try {
      write.run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      generator.setCharacterEscapes(own);
    }
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end() {
    try {
      if (generator.getOutputContext().inArray()) {
        generator.writeEndArray();
      } else {
        generator.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      generator.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(BigDecimal value) {
    try {
      generator.writeNumber(value.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON-P's escapes: the short ones, and a six-character escape in lower case hex for other controls. */
  private static final class JsonpEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final JsonpEscapes INSTANCE = new JsonpEscapes();

    private final int[] codes;
    private final SerializedString[] sequences = new SerializedString[32];

    private JsonpEscapes() {
      codes = standardAsciiEscapesForJSON();
      for (int c = 0; c < 32; c++) {
        if (codes[c] == ESCAPE_STANDARD) {
          codes[c] = ESCAPE_CUSTOM;
          sequences[c] = new SerializedString(String.format(Locale.ROOT, "\\u%04x", c));
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch >= 0 && ch < 32 ? sequences[ch] : null;
    }
  }
}
