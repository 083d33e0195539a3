package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Workflow;
import org.rbm.json.JsonLimits;

/**
 * The codecs of one {@code RbmJson}, by type, with its reading options. The list of codecs is
 * given once, by {@code RbmJson}; values are matched to codecs by their class or, for the hidden
 * Immutables classes ({@code ImmutableResult}), by the nearest supertype that has one. Immutable
 * and thread-safe.
 */
public final class Codecs {
  /** Parsson's setting for the depth it refuses ({@code org.eclipse.parsson.api.JsonConfig}). */
  private static final String PARSSON_MAX_DEPTH = "org.eclipse.parsson.maxDepth";

  private final ImmutableMap<Class<?>, Codec<?>> byType;
  private final boolean ignoreUnknownProperties;
  private final JsonLimits limits;
  private final Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow;
  private final JsonParserFactory parsers;
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
    this(factories, ignoreUnknownProperties, JsonLimits.defaults());
  }

  /**
   * Creates the codecs.
   *
   * @param factories creates each codec, given this registry
   * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
   * @param limits the limits enforced while reading
   */
  public Codecs(
      List<Function<Codecs, Codec<?>>> factories,
      boolean ignoreUnknownProperties,
      JsonLimits limits) {
    this(factories, ignoreUnknownProperties, limits, MilestoneWorkflows.standard());
  }

  /**
   * Creates the codecs.
   *
   * @param factories creates each codec, given this registry
   * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
   * @param limits the limits enforced while reading
   * @param milestoneWorkflow the workflow milestones are read under: their histories are replayed
   *     through it
   */
  public Codecs(
      List<Function<Codecs, Codec<?>>> factories,
      boolean ignoreUnknownProperties,
      JsonLimits limits,
      Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.limits = requireNonNull(limits, "limits");
    this.milestoneWorkflow = requireNonNull(milestoneWorkflow, "milestoneWorkflow");
    // Parsson refuses a depth equal to its setting: one more lets maxNesting levels through.
    this.parsers = Json.createParserFactory(Map.of(PARSSON_MAX_DEPTH, limits.maxNesting() + 1));
    ImmutableMap.Builder<Class<?>, Codec<?>> codecs = ImmutableMap.builder();
    for (Function<Codecs, Codec<?>> factory : factories) {
      Codec<?> codec = factory.apply(this);
      codecs.put(codec.type(), codec);
    }
    this.byType = codecs.buildOrThrow();
  }

  /**
   * Returns the workflow milestones are read under.
   *
   * @return the workflow; {@link MilestoneWorkflows#standard()} unless another was given
   */
  public Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow() {
    return milestoneWorkflow;
  }

  /**
   * Returns every codec, in the order given.
   *
   * @return the codecs
   */
  public ImmutableList<Codec<?>> all() {
    return byType.values().asList();
  }

  /**
   * Returns the codecs JSON-B is given as serializers and deserializers: every codec, and the one
   * that reads an enum's {@link EnumCodecs.Constant}.
   *
   * @return the codecs
   */
  public ImmutableList<Codec<?>> forJsonb() {
    return ImmutableList.<Codec<?>>builder()
        .addAll(all())
        .add(new EnumCodecs.ConstantCodec(this))
        .build();
  }

  /**
   * Returns the codecs JSON-B is given as adapters: those of enums (see {@link EnumCodecs}).
   *
   * @return the enum codecs
   */
  public ImmutableList<Codec<?>> enumAdapters() {
    return all().stream()
        .filter(c -> c.type().isEnum())
        .collect(ImmutableList.toImmutableList());
  }

  boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /**
   * Returns the limits enforced while reading.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
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

  /**
   * Writes one value with its codec through any backend.
   *
   * @param value the value
   * @param out the backend
   * @throws InvalidValueException if no codec handles the value's type
   */
  public void write(Object value, TokenWriter out) {
    codecForValue(value).writeValue(value, new JsonOut(out, this));
  }

  /**
   * Returns the codec that writes values of {@code type}: its own, or its nearest supertype's (the
   * hidden Immutables classes).
   *
   * @param type a class
   * @return the codec, if any
   */
  public Optional<Codec<?>> codecForClass(Class<?> type) {
    return byValueClass.get(type);
  }

  /**
   * Returns whether unknown properties are skipped.
   *
   * @return whether they are
   */
  public boolean ignoringUnknownProperties() {
    return ignoreUnknownProperties;
  }

  Codec<?> codecForValue(Object value) {
    return byValueClass.get(value.getClass()).orElseThrow(() -> unsupported(value.getClass()));
  }

  /**
   * Reads a whole document: one value of {@code type}, then nothing but white space. Does not
   * close the input.
   *
   * @param input the document
   * @param type the type of the value
   * @return the value
   * @throws org.rbm.json.RbmJsonException if the document is malformed or invalid
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  public <T> T readDocument(Reader input, Class<T> type) {
    Codec<T> codec = codecFor(type);
    TrackingReader source = new TrackingReader(input, null, limits.maxDocumentLength());
    return JsonIn.readDocument(parsers.createParser(source), source, this, codec);
  }

  /**
   * Reads a whole document: one value of {@code type}, then nothing but white space.
   *
   * @param input the document
   * @param type the type of the value
   * @return the value
   * @throws org.rbm.json.RbmJsonException if the document is malformed or invalid
   */
  public <T> T readDocument(CharSequence input, Class<T> type) {
    Codec<T> codec = codecFor(type);
    String text = input.toString();
    if (text.startsWith(TrackingReader.BYTE_ORDER_MARK)) {
      // Excel and Windows tools start UTF-8 files with one; locations count from after it.
      text = text.substring(1);
    }
    TrackingReader source =
        new TrackingReader(new StringReader(text), text, limits.maxDocumentLength());
    return JsonIn.readDocument(parsers.createParser(source), source, this, codec);
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
      codec.writeValue(value, new JsonOut(new ParssonWriter(generator), this));
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
