package org.rbm.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.json.Json;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.workflow.Workflow;
import org.rbm.json.internal.Codec;
import org.rbm.json.internal.Codecs;
import org.rbm.json.internal.Registrations;

/**
 * Reads and writes the JSON form of the RBM SDK's model: the results-framework document and every
 * public type of {@code org.rbm.core} ({@code ResultsFramework}, {@code Result}, {@code Indicator},
 * {@code IndicatorPeriod}, {@code DataPoint}, {@code Baseline}, {@code Value} and its three kinds,
 * {@code Disaggregation}, {@code LevelScheme}, {@code ContributionLink}, {@code ExternalReference},
 * {@code PlanningPeriod}, {@code DateRange}, the identifiers and the enums).
 *
 * <pre>{@code
 * RbmJson json = RbmJson.strict();
 * String text = json.write(framework);                 // {"format":"rbm-framework/1","id":...}
 * ResultsFramework back = json.readFramework(text);    // equals framework
 * Indicator indicator = json.read(indicatorText, Indicator.class);
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * A results framework is written as a document whose first property is {@code "format":
 * "rbm-framework/1"} ({@link #FORMAT}); the JSON Schema {@value #SCHEMA_RESOURCE} in this jar
 * describes it for clients in other languages. A roadmap ({@code Roadmap}) is likewise a document,
 * of format {@value #ROADMAP_FORMAT} ({@link #ROADMAP_FORMAT}), with its schema {@value
 * #ROADMAP_SCHEMA_RESOURCE}. The programme cycle's Strategic Policy Framework, Programme and Budget
 * and expenditure are documents of formats {@value #SPF_FORMAT}, {@value #PROGRAMME_BUDGET_FORMAT}
 * and {@value #EXPENDITURE_FORMAT}, described by one schema, {@value #CYCLE_SCHEMA_RESOURCE}. A
 * portfolio of Decent Work Country Programmes is a document of format {@value #DWCP_FORMAT} (schema
 * {@value #DWCP_SCHEMA_RESOURCE}) and an evaluation with its follow-up one of format {@value
 * #EVALUATION_FORMAT} (schema {@value #EVALUATION_SCHEMA_RESOURCE}); histories in them (a DWCP's
 * stages, a follow-up action's states) are replayed on reading through the standard workflows. Every
 * other type is written as a plain JSON value, without a format
 * property. Properties are named after the model's accessors;
 * absent optional values and empty lists are left out; numbers are JSON numbers read exactly as
 * {@code BigDecimal}; dates are ISO strings; identifiers, planning periods ({@code "2008-09"}) and
 * enum constants ({@code "COUNT"}) are strings.
 *
 * <h2>Strictness</h2>
 *
 * Reading rejects, with an {@link RbmJsonException} that gives the path, line and column and what
 * was expected: malformed JSON (empty, truncated, garbage), content after the document, a property
 * the format does not have (unless {@linkplain #toleratingUnknownProperties() tolerated}), a
 * property given twice, a missing required property, a value of the wrong JSON type ({@code null}
 * included: absent values are left out, not null), a format version other than 1, a value that
 * breaks an invariant of the model, and a document beyond one of the {@linkplain JsonLimits limits}
 * (its length, its nesting, the length of a string or a number, a number's exponent; {@link
 * #withLimits} changes them). No other exception escapes for bad input, no partially read value
 * escapes, and reading never hangs: hostile nesting is rejected at its first bracket, and skipping
 * (when unknown properties are tolerated) is bounded by the nesting limit.
 *
 * <h2>JSON-B</h2>
 *
 * {@link #config()} returns a {@link JsonbConfig} with the same codecs registered as JSON-B
 * serializers and deserializers, for applications that bind their own classes with Yasson and hold
 * model values in them. Two differences come from JSON-B itself: Yasson wraps errors in a {@code
 * jakarta.json.bind.JsonbException} (whose cause is the {@code RbmJsonException}, with paths from
 * the model value that was being read), and it ignores content after the document. Use {@link
 * #read} for whole documents. The codecs of enums are registered as adapters too, because Yasson
 * reads a top-level enum with its own deserializer otherwise.
 *
 * <p>Costs: reading and writing take time linear in the size of the document. Reading from a
 * {@link Reader} keeps a copy of the text until the value is built, to locate a broken invariant
 * found only then (memory linear in the document's size).
 * Immutable and thread-safe.
 */
public final class RbmJson {
  /** The format version of results-framework documents this SDK reads and writes. */
  public static final String FORMAT = "rbm-framework/1";

  /**
   * The format version of roadmap documents ({@code Roadmap}: milestones and their histories) this
   * SDK reads and writes: the first property of the document, {@code "format": "rbm-roadmap/1"}.
   */
  public static final String ROADMAP_FORMAT = "rbm-roadmap/1";

  /** The class-path resource holding the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/org/rbm/json/rbm-framework-1.schema.json";

  /** The class-path resource holding the JSON Schema of the roadmap document. */
  public static final String ROADMAP_SCHEMA_RESOURCE = "/org/rbm/json/rbm-roadmap-1.schema.json";

  /**
   * The format version of Strategic Policy Framework documents ({@code StrategicPolicyFramework},
   * with its amendments): the first property of the document, {@code "format": "rbm-spf/1"}.
   */
  public static final String SPF_FORMAT = "rbm-spf/1";

  /**
   * The format version of Programme and Budget documents ({@code ProgrammeAndBudget}): the first
   * property of the document, {@code "format": "rbm-programme-budget/1"}.
   */
  public static final String PROGRAMME_BUDGET_FORMAT = "rbm-programme-budget/1";

  /**
   * The format version of expenditure documents ({@code Expenditure}): the first property of the
   * document, {@code "format": "rbm-expenditure/1"}.
   */
  public static final String EXPENDITURE_FORMAT = "rbm-expenditure/1";

  /**
   * The class-path resource holding the JSON Schema of the programme cycle's documents: the SPF,
   * the Programme and Budget and the expenditure (told apart by their format), with exchange rates
   * and outcome narratives.
   */
  public static final String CYCLE_SCHEMA_RESOURCE = "/org/rbm/json/rbm-cycle-1.schema.json";

  /**
   * The format version of DWCP portfolio documents ({@code DwcpPortfolio}: Decent Work Country
   * Programmes with their stage histories): the first property of the document, {@code "format":
   * "rbm-dwcp/1"}.
   */
  public static final String DWCP_FORMAT = "rbm-dwcp/1";

  /** The class-path resource holding the JSON Schema of the DWCP portfolio document. */
  public static final String DWCP_SCHEMA_RESOURCE = "/org/rbm/json/rbm-dwcp-1.schema.json";

  /**
   * The format version of evaluation documents ({@code Evaluation}: its recommendations, management
   * responses, follow-up actions with their histories, and lessons): the first property of the
   * document, {@code "format": "rbm-evaluation/1"}.
   */
  public static final String EVALUATION_FORMAT = "rbm-evaluation/1";

  /**
   * The class-path resource holding the JSON Schema of the evaluation document, with the lesson
   * citation as a plain value.
   */
  public static final String EVALUATION_SCHEMA_RESOURCE =
      "/org/rbm/json/rbm-evaluation-1.schema.json";

  private static final JsonGeneratorFactory COMPACT = Json.createGeneratorFactory(Map.of());
  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private static final RbmJson STRICT =
      new RbmJson(false, false, JsonLimits.defaults(), MilestoneWorkflows.standard());

  private final boolean ignoreUnknownProperties;
  private final boolean pretty;
  private final JsonLimits limits;
  private final Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow;
  private final Codecs codecs;

  private RbmJson(
      boolean ignoreUnknownProperties,
      boolean pretty,
      JsonLimits limits,
      Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.pretty = pretty;
    this.limits = limits;
    this.milestoneWorkflow = milestoneWorkflow;
    // The one list of codecs, one per type, is Registrations.ALL (see CONTRIBUTING.md, "JSON").
    this.codecs =
        new Codecs(Registrations.ALL, ignoreUnknownProperties, limits, milestoneWorkflow);
  }

  /**
   * Returns the strict reader and compact writer.
   *
   * @return the default instance
   */
  public static RbmJson strict() {
    return STRICT;
  }

  /**
   * Returns a copy that skips properties the format does not have, instead of rejecting them; for
   * reading documents written by a later version of the SDK that added properties. Every other
   * check stays.
   *
   * @return the tolerant copy
   */
  public RbmJson toleratingUnknownProperties() {
    return new RbmJson(true, pretty, limits, milestoneWorkflow);
  }

  /**
   * Returns a copy that writes indented JSON, one property per line.
   *
   * @return the pretty-printing copy
   */
  public RbmJson prettyPrinting() {
    return new RbmJson(ignoreUnknownProperties, true, limits, milestoneWorkflow);
  }

  /**
   * Returns a copy that reads within other limits, for documents beyond the defaults (see {@link
   * JsonLimits}):
   *
   * <pre>{@code
   * RbmJson big = RbmJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(500_000_000));
   * }</pre>
   *
   * @param limits the limits
   * @return the copy
   */
  public RbmJson withLimits(JsonLimits limits) {
    return new RbmJson(
        ignoreUnknownProperties, pretty, requireNonNull(limits, "limits"), milestoneWorkflow);
  }

  /**
   * Returns the limits this instance reads within; {@link JsonLimits#defaults()} unless {@link
   * #withLimits} changed them.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns a copy that reads milestones (alone or in a roadmap) under an organisation's own
   * workflow instead of {@link MilestoneWorkflows#standard()}: each milestone read is governed by
   * it, and its history is replayed through it, entry by entry, so a document written under that
   * workflow reads back equal. A history the workflow does not allow is refused at the entry that
   * breaks it ({@code history[i].event}), as under the standard workflow. Writing is unchanged: the
   * document does not name its workflow, so reader and writer must agree on it.
   *
   * <pre>{@code
   * Workflow<MilestoneState, MilestoneEvent, Milestone> ours = MilestoneWorkflows.builder()
   *     .permit(PLANNED, MilestoneEvent.Achieve.class, ACHIEVED)
   *     .build();
   * Roadmap roadmap = RbmJson.strict().withMilestoneWorkflow(ours).read(text, Roadmap.class);
   * }</pre>
   *
   * @param workflow the milestone workflow
   * @return the copy
   */
  public RbmJson withMilestoneWorkflow(
      Workflow<MilestoneState, MilestoneEvent, Milestone> workflow) {
    return new RbmJson(
        ignoreUnknownProperties, pretty, limits, requireNonNull(workflow, "workflow"));
  }

  /**
   * Returns the workflow milestones are read under; {@link MilestoneWorkflows#standard()} unless
   * {@link #withMilestoneWorkflow} changed it.
   *
   * @return the workflow
   */
  public Workflow<MilestoneState, MilestoneEvent, Milestone> milestoneWorkflow() {
    return milestoneWorkflow;
  }

  /**
   * Returns the types this class reads and writes.
   *
   * @return the model types, in registration order
   */
  public ImmutableSet<Class<?>> supportedTypes() {
    return codecs.all().stream().map(Codec::type).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Writes a value as JSON text.
   *
   * @param value a value of one of the {@linkplain #supportedTypes() supported types}
   * @return the JSON text
   * @throws InvalidValueException if the value's type has no JSON form
   */
  public String write(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes a value as JSON text to {@code out}, which is flushed but not closed.
   *
   * @param value a value of one of the {@linkplain #supportedTypes() supported types}
   * @param out where to write
   * @throws InvalidValueException if the value's type has no JSON form
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object value, Writer out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    codecs.writeDocument(value, pretty ? PRETTY : COMPACT, out);
  }

  /**
   * Reads a value of {@code type} from JSON text: exactly one JSON value, with white space around
   * it and nothing else. A byte-order mark (U+FEFF) at the very start, as Excel and Windows tools
   * write, is skipped; lines and columns in errors count from the character after it.
   *
   * @param json the JSON text
   * @param type one of the {@linkplain #supportedTypes() supported types}
   * @return the value, whole and valid
   * @throws RbmJsonException if the text is not the JSON form of a valid value of {@code type}
   * @throws InvalidValueException if {@code type} has no JSON form
   */
  public <T> T read(CharSequence json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    return codecs.readDocument(json, type);
  }

  /**
   * Reads a value of {@code type} from {@code json}, which is read to its end but not closed. A
   * byte-order mark (U+FEFF) at the very start is skipped, as by {@link #read(CharSequence, Class)}.
   *
   * @param json the JSON text
   * @param type one of the {@linkplain #supportedTypes() supported types}
   * @return the value, whole and valid
   * @throws RbmJsonException if the text is not the JSON form of a valid value of {@code type}
   * @throws InvalidValueException if {@code type} has no JSON form
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(Reader json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    return codecs.readDocument(json, type);
  }

  /**
   * Reads a results-framework document.
   *
   * @param json the document
   * @return the framework, whole and valid
   * @throws RbmJsonException if the text is not a valid results-framework document of format
   *     {@value #FORMAT}
   */
  public ResultsFramework readFramework(CharSequence json) {
    return read(json, ResultsFramework.class);
  }

  /**
   * Reads a results-framework document from {@code json}, which is read to its end but not closed.
   *
   * @param json the document
   * @return the framework, whole and valid
   * @throws RbmJsonException if the text is not a valid results-framework document of format
   *     {@value #FORMAT}
   * @throws UncheckedIOException if reading fails
   */
  public ResultsFramework readFramework(Reader json) {
    return read(json, ResultsFramework.class);
  }

  /**
   * Returns a new JSON-B configuration with a serializer and a deserializer for every supported
   * type, with this instance's options (unknown properties, pretty printing). Applications may add
   * their own settings to it.
   *
   * <pre>{@code
   * Jsonb jsonb = JsonbBuilder.create(RbmJson.strict().config());
   * String text = jsonb.toJson(framework);
   * }</pre>
   *
   * @return the configuration
   */
  public JsonbConfig config() {
    ImmutableList<Codec<?>> all = codecs.forJsonb();
    return new JsonbConfig()
        .withFormatting(pretty)
        .withSerializers(all.toArray(new JsonbSerializer<?>[0]))
        .withDeserializers(all.toArray(new JsonbDeserializer<?>[0]))
        .withAdapters(codecs.enumAdapters().toArray(new JsonbAdapter<?, ?>[0]));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the results-framework document, as shipped in this
   * jar at {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = RbmJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
