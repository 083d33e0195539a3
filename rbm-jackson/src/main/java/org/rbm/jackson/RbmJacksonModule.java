package org.rbm.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Workflow;
import org.rbm.json.JsonLimits;
import org.rbm.json.internal.Codec;
import org.rbm.json.internal.Codecs;
import org.rbm.json.internal.Registrations;

/**
 * A Jackson {@link Module} that reads and writes every type {@code RbmJson} supports, in the same
 * format, with the same strictness and the same error locations: the codecs are {@code rbm-json}'s
 * own, run over Jackson's streaming parser and generator.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(RbmJacksonModule.strict());
 * String text = mapper.writeValueAsString(framework);       // byte for byte RbmJson's text
 * ResultsFramework back = mapper.readValue(text, ResultsFramework.class);
 * }</pre>
 *
 * <p>Reading rejects what {@code RbmJson} rejects with an {@link RbmJacksonException} (a {@code
 * JsonMappingException}) whose cause is the {@code RbmJsonException}, with the same path, line and
 * column, whatever the mapper's own settings ({@code FAIL_ON_UNKNOWN_PROPERTIES} and the like
 * concern the application's classes, not the model's). Three things are the mapper's: a first
 * token that is not JSON at all (empty input, garbage) is refused by databind before any
 * deserializer runs, with its own {@code JsonProcessingException}; content after the document is
 * refused only when the mapper has {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}; and
 * errors are located by offset in the text, like {@code RbmJson}'s, only when the parser keeps its
 * source ({@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}, with a {@code String} input).
 * {@link RbmJackson#objectMapper()} sets both. A model value inside an application's own class is
 * read and written the same way; a JSON {@code null} there is left to the application (its field is
 * null), as Jackson does.
 *
 * <p>Costs: linear in the size of the document, as {@code RbmJson}. Immutable and thread-safe.
 */
public final class RbmJacksonModule extends Module {
  private static final RbmJacksonModule STRICT =
      new RbmJacksonModule(false, JsonLimits.defaults(), MilestoneWorkflows.standard());

  private final boolean ignoreUnknownProperties;
  private final JsonLimits limits;
  private final Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow;
  private final Codecs codecs;
  private final ImmutableMap<Class<?>, JsonDeserializer<?>> deserializers;

  private RbmJacksonModule(
      boolean ignoreUnknownProperties,
      JsonLimits limits,
      Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.limits = limits;
    this.milestoneWorkflow = milestoneWorkflow;
    this.codecs = new Codecs(Registrations.ALL, ignoreUnknownProperties, limits, milestoneWorkflow);
    ImmutableMap.Builder<Class<?>, JsonDeserializer<?>> byType = ImmutableMap.builder();
    for (Codec<?> codec : codecs.all()) {
      byType.put(codec.type(), deserializer(codec));
    }
    this.deserializers = byType.buildOrThrow();
  }

  private <T> JsonDeserializer<T> deserializer(Codec<T> codec) {
    return new CodecDeserializer<>(codec, codecs);
  }

  /**
   * Returns the strict module: the options of {@code RbmJson.strict()}.
   *
   * @return the module
   */
  public static RbmJacksonModule strict() {
    return STRICT;
  }

  /**
   * Returns a copy that skips properties the format does not have, instead of rejecting them, as
   * {@code RbmJson.toleratingUnknownProperties()}.
   *
   * @return the tolerant copy
   */
  public RbmJacksonModule toleratingUnknownProperties() {
    return new RbmJacksonModule(true, limits, milestoneWorkflow);
  }

  /**
   * Returns a copy that reads within other limits, as {@code RbmJson.withLimits}.
   *
   * @param limits the limits
   * @return the copy
   */
  public RbmJacksonModule withLimits(JsonLimits limits) {
    return new RbmJacksonModule(
        ignoreUnknownProperties, requireNonNull(limits, "limits"), milestoneWorkflow);
  }

  /**
   * Returns a copy that reads milestones under an organisation's own workflow, as {@code
   * RbmJson.withMilestoneWorkflow}.
   *
   * @param workflow the milestone workflow
   * @return the copy
   */
  public RbmJacksonModule withMilestoneWorkflow(
      Workflow<MilestoneState, MilestoneEvent, Milestone> workflow) {
    return new RbmJacksonModule(
        ignoreUnknownProperties, limits, requireNonNull(workflow, "workflow"));
  }

  /**
   * Returns the limits this module reads within.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the types this module reads and writes: those of {@code RbmJson.supportedTypes()}.
   *
   * @return the model types, in registration order
   */
  public ImmutableSet<Class<?>> supportedTypes() {
    return deserializers.keySet();
  }

  @Override
  public String getModuleName() {
    return "rbm-jackson";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    // Two modules with other options are two registrations: the later one's codecs win.
    return this;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers(codecs));
    context.addDeserializers(new CodecDeserializers(deserializers));
  }

  private static final class CodecSerializers extends Serializers.Base {
    private final Codecs codecs;

    CodecSerializers(Codecs codecs) {
      this.codecs = codecs;
    }

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      return codecs.codecForClass(raw).map(c -> new CodecSerializer(raw, codecs)).orElse(null);
    }
  }

  private static final class CodecDeserializers extends Deserializers.Base {
    private final ImmutableMap<Class<?>, JsonDeserializer<?>> byType;

    CodecDeserializers(ImmutableMap<Class<?>, JsonDeserializer<?>> byType) {
      this.byType = byType;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description) {
      return byType.get(type.getRawClass());
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription description) {
      return byType.get(type);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return byType.containsKey(valueType);
    }
  }
}
