package org.rbm.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rbm.core.results.ResultsFramework;
import org.rbm.jackson.RbmJackson;
import org.rbm.json.RbmJson;

/**
 * Reading and writing a framework document with the SDK (strict, with locations on errors) through
 * both of its backends, JSON-P ({@code RbmJson}: {@code sdk…}) and Jackson streaming ({@code
 * RbmJackson.objectMapper()}: {@code sdkJackson…}), and with Jackson databind into and from plain
 * objects ({@link FrameworkDocument}: {@code jackson…}), in the same run: ILO-scheme frameworks of
 * 10 indicators per result and 4 periods per indicator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JsonBenchmark {
  /** Indicators in the framework. */
  @Param({"990", "9990"})
  public int indicators;

  private final RbmJson json = RbmJson.strict();
  private final ObjectMapper jackson = FrameworkDocument.mapper();
  private final ObjectMapper sdkJackson = RbmJackson.objectMapper();
  private ResultsFramework framework = Frameworks.of(30, 4);
  private String text = "";
  private FrameworkDocument document = new FrameworkDocument();

  /**
   * Makes the framework, its document and Jackson's objects.
   *
   * @throws JsonProcessingException never: the SDK writes valid JSON
   */
  @Setup(Level.Trial)
  public void setUp() throws JsonProcessingException {
    framework = Frameworks.of(indicators, 4);
    text = json.write(framework);
    document = jackson.readValue(text, FrameworkDocument.class);
  }

  /**
   * The SDK reads the document into a framework.
   *
   * @return the framework
   */
  @Benchmark
  public ResultsFramework sdkRead() {
    return json.readFramework(text);
  }

  /**
   * The SDK writes the framework.
   *
   * @return the document
   */
  @Benchmark
  public String sdkWrite() {
    return json.write(framework);
  }

  /**
   * Jackson reads the document into plain objects.
   *
   * @return the objects
   * @throws JsonProcessingException never
   */
  @Benchmark
  public FrameworkDocument jacksonRead() throws JsonProcessingException {
    return jackson.readValue(text, FrameworkDocument.class);
  }

  /**
   * Jackson reads the document into plain objects, and the SDK's objects are built from them
   * ({@link DocumentToModel}): what an application binding with databind would do to get the
   * same {@code ResultsFramework} as {@link #sdkRead()}, with the same model checks.
   *
   * @return the framework
   * @throws JsonProcessingException never
   */
  @Benchmark
  public ResultsFramework jacksonReadAndBuild() throws JsonProcessingException {
    return DocumentToModel.framework(jackson.readValue(text, FrameworkDocument.class));
  }

  /**
   * Jackson writes the plain objects.
   *
   * @return the document
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String jacksonWrite() throws JsonProcessingException {
    return jackson.writeValueAsString(document);
  }

  /**
   * The SDK reads the document into a framework through Jackson's streaming parser ({@code
   * rbm-jackson}): the same checks and objects as {@link #sdkRead()}.
   *
   * @return the framework
   * @throws JsonProcessingException never: the document is valid
   */
  @Benchmark
  public ResultsFramework sdkJacksonRead() throws JsonProcessingException {
    return sdkJackson.readValue(text, ResultsFramework.class);
  }

  /**
   * The SDK writes the framework through Jackson's generator ({@code rbm-jackson}): the same text
   * as {@link #sdkWrite()}.
   *
   * @return the document
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String sdkJacksonWrite() throws JsonProcessingException {
    return sdkJackson.writeValueAsString(framework);
  }
}
