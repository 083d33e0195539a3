package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableMap;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz targets of every way into rbm-json (Jazzer): each supported type read strictly from a
 * string, tolerantly, from a {@code Reader} of UTF-8 bytes, and through JSON-B. An input is the
 * type's simple name, a line break, then the JSON: {@code DateRange\n{"start": ...}}.
 *
 * <p>The contract: a value is returned whose written form reads back equal, or an {@link
 * RbmJsonException} is thrown whose line and column lie inside the input and whose message is
 * short; through JSON-B, a {@code JsonbException}. Never another exception, and never more than five
 * seconds per input. In {@code mvn verify} the stored inputs under {@code
 * src/test/resources/org/rbm/json/JsonFuzzTestInputs/} run as regression tests; {@code
 * JAZZER_FUZZ=1} fuzzes (see CONTRIBUTING.md).
 */
class JsonFuzzTest {
  private static final RbmJson STRICT = RbmJson.strict();
  private static final RbmJson TOLERANT = RbmJson.strict().toleratingUnknownProperties();
  private static final ImmutableMap<String, Class<?>> TYPES = byName();
  private static final int LONGEST_MESSAGE = 2_000;
  /** Far above the milliseconds an input takes, to stay clear of a loaded machine's pauses. */
  private static final long MOST_NANOS = 5_000_000_000L;
  private static final Jsonb JSONB = JsonbBuilder.create(STRICT.config());

  private static ImmutableMap<String, Class<?>> byName() {
    ImmutableMap.Builder<String, Class<?>> types = ImmutableMap.builder();
    for (Class<?> type : RbmJson.strict().supportedTypes()) {
      String name =
          type.getEnclosingClass() == null
              ? type.getSimpleName()
              : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
      types.put(name, type);
    }
    return types.buildKeepingLast();
  }

  /** The type named on the input's first line and the rest; null if no type is named. */
  private static @Nullable Input input(byte[] data) {
    int newline = -1;
    for (int i = 0; i < data.length && i < 64; i++) {
      if (data[i] == '\n') {
        newline = i;
        break;
      }
    }
    if (newline < 0) {
      return null;
    }
    Class<?> type = TYPES.get(new String(data, 0, newline, StandardCharsets.UTF_8));
    return type == null
        ? null
        : new Input(type, Arrays.copyOfRange(data, newline + 1, data.length));
  }

  /** The type named and the JSON bytes after the first line. */
  private static final class Input {
    private final Class<?> type;
    private final byte[] json;

    Input(Class<?> type, byte[] json) {
      this.type = type;
      this.json = json;
    }

    Class<?> type() {
      return type;
    }

    byte[] json() {
      return json;
    }

    String text() {
      return new String(json, StandardCharsets.UTF_8);
    }
  }

  private static void readsOrRejects(RbmJson json, Class<?> type, String text, ReadAction read) {
    long start = System.nanoTime();
    try {
      Object value = read.read();
      String written = json.write(value);
      assertEquals(value, json.read(written, type), () -> type.getSimpleName() + " " + written);
    } catch (RbmJsonException e) {
      InsideTheInput.check(text, e.line(), e.column(), e.getMessage());
      assertTrue(e.getMessage().length() <= LONGEST_MESSAGE, "a short message");
    }
    long took = System.nanoTime() - start;
    assertTrue(took < MOST_NANOS, () -> type.getSimpleName() + " took " + took / 1_000_000 + " ms");
  }

  @FuzzTest(maxDuration = "3m")
  void strictReadOfEveryType(byte[] data) {
    Input in = input(data);
    if (in != null) {
      String text = in.text();
      readsOrRejects(STRICT, in.type(), text, () -> STRICT.read(text, in.type()));
    }
  }

  @FuzzTest(maxDuration = "3m")
  void tolerantReadOfEveryType(byte[] data) {
    Input in = input(data);
    if (in != null) {
      String text = in.text();
      readsOrRejects(TOLERANT, in.type(), text, () -> TOLERANT.read(text, in.type()));
    }
  }

  @FuzzTest(maxDuration = "3m")
  void readFromBytesOfEveryType(byte[] data) {
    Input in = input(data);
    if (in != null) {
      // A strict decoder, so that bad UTF-8 reaches the reader as an error: the text before it
      // is what a lenient decoding gives up to the first replacement character.
      Reader reader =
          new InputStreamReader(
              new ByteArrayInputStream(in.json()),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      readsOrRejects(STRICT, in.type(), in.text(), () -> STRICT.read(reader, in.type()));
    }
  }

  @FuzzTest(maxDuration = "3m")
  void jsonbReadOfEveryType(byte[] data) throws Exception {
    Input in = input(data);
    if (in == null) {
      return;
    }
    Jsonb b = JSONB;
    String text = in.text();
    long start = System.nanoTime();
    try {
      Object value = b.fromJson(text, in.type());
      if (value == null) {
        throw new AssertionError("JSON-B returned null for " + text);
      }
      String written = b.toJson(value);
      assertEquals(value, b.fromJson(written, in.type()), written);
    } catch (JsonbException e) {
      if (e.getCause() instanceof RbmJsonException cause) {
        assertTrue(cause.getMessage().length() <= LONGEST_MESSAGE, "a short message");
      }
    }
    long took = System.nanoTime() - start;
    assertTrue(took < MOST_NANOS, () -> "took " + took / 1_000_000 + " ms");
  }

  @FunctionalInterface
  private interface ReadAction {
    Object read();
  }
}
