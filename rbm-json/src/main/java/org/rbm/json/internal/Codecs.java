package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rbm.core.InvalidValueException;

/**
 * The codecs of one {@code RbmJson}, by type, with its reading options. The list of codecs is
 * given once, by {@code RbmJson}; values are matched to codecs by their class or, for the hidden
 * Immutables classes ({@code ImmutableResult}), by the nearest supertype that has one. Immutable
 * and thread-safe.
 */
public final class Codecs {
  private final ImmutableMap<Class<?>, Codec<?>> byType;
  private final boolean ignoreUnknownProperties;
  private final ClassValue<Optional<Codec<?>>> byValueClass =
      new ClassValue<>() {
        @Override
        protected Optional<Codec<?>> computeValue(Class<?> type) {
          return nearest(type);
        }
      };

  /**
   * Creates the codecs.
   *
   * @param factories creates each codec, given this registry
   * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
   */
  public Codecs(List<Function<Codecs, Codec<?>>> factories, boolean ignoreUnknownProperties) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    ImmutableMap.Builder<Class<?>, Codec<?>> codecs = ImmutableMap.builder();
    for (Function<Codecs, Codec<?>> factory : factories) {
      Codec<?> codec = factory.apply(this);
      codecs.put(codec.type(), codec);
    }
    this.byType = codecs.buildOrThrow();
  }

  /**
   * Returns every codec, in the order given.
   *
   * @return the codecs
   */
  public ImmutableList<Codec<?>> all() {
    return byType.values().asList();
  }

  boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /**
   * Returns the codec of a type.
   *
   * @param type a model type
   * @return its codec
   * @throws InvalidValueException if no codec handles the type
   */
  @SuppressWarnings("unchecked") // byType maps each class to a codec of that class
  public <T> Codec<T> codecFor(Class<T> type) {
    Codec<?> codec = byType.get(type);
    if (codec == null) {
      throw unsupported(type);
    }
    return (Codec<T>) codec;
  }

  Codec<?> codecForValue(Object value) {
    return byValueClass.get(value.getClass()).orElseThrow(() -> unsupported(value.getClass()));
  }

  /**
   * Reads a whole document: one value of {@code type}, then nothing but white space. Does not
   * close the input.
   *
   * @param factory makes the parser
   * @param input the document
   * @param type the type of the value
   * @return the value
   * @throws org.rbm.json.RbmJsonException if the document is malformed or invalid
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  public <T> T readDocument(JsonParserFactory factory, Reader input, Class<T> type) {
    Codec<T> codec = codecFor(type);
    TrackingReader source = new TrackingReader(input, true);
    JsonParser parser = factory.createParser(source);
    return JsonIn.readDocument(parser, source, requireNonNull(source.text()), this, codec);
  }

  /**
   * Reads a whole document: one value of {@code type}, then nothing but white space.
   *
   * @param factory makes the parser
   * @param input the document
   * @param type the type of the value
   * @return the value
   * @throws org.rbm.json.RbmJsonException if the document is malformed or invalid
   */
  public <T> T readDocument(JsonParserFactory factory, CharSequence input, Class<T> type) {
    Codec<T> codec = codecFor(type);
    TrackingReader source = new TrackingReader(new StringReader(input.toString()), false);
    JsonParser parser = factory.createParser(source);
    return JsonIn.readDocument(parser, source, input, this, codec);
  }

  /**
   * Writes one value as a whole document. Does not close the output.
   *
   * @param value the value
   * @param factory makes the generator
   * @param output where to write
   * @throws java.io.UncheckedIOException if the output cannot be written
   */
  public void writeDocument(Object value, JsonGeneratorFactory factory, Writer output) {
    Codec<?> codec = codecForValue(value);
    try {
      JsonGenerator generator = factory.createGenerator(new NonClosingWriter(output));
      codec.writeValue(value, new JsonOut(generator, this));
      generator.close();
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  private Optional<Codec<?>> nearest(Class<?> type) {
    // Breadth first over superclasses and interfaces: ImmutableResult finds Result, NumericValue
    // finds its own codec before Value's.
    Deque<Class<?>> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      Class<?> c = queue.poll();
      Codec<?> codec = byType.get(c);
      if (codec != null) {
        return Optional.of(codec);
      }
      Class<?> superclass = c.getSuperclass();
      if (superclass != null) {
        queue.add(superclass);
      }
      queue.addAll(List.of(c.getInterfaces()));
    }
    return Optional.empty();
  }

  private InvalidValueException unsupported(Class<?> type) {
    return new InvalidValueException(
        "type", type.getName(), "one of the types RbmJson reads and writes: " + supported());
  }

  private String supported() {
    StringBuilder names = new StringBuilder();
    for (Class<?> c : byType.keySet()) {
      names.append(names.length() == 0 ? "" : ", ").append(c.getSimpleName());
    }
    return names.toString();
  }
}
