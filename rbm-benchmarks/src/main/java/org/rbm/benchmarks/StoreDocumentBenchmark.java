package org.rbm.benchmarks;

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
import org.rbm.json.RbmJson;
import org.rbm.store.DocumentType;
import org.rbm.store.StoredDocument;

/**
 * A framework document of {@link #indicators} indicators in {@code rbm-store}, on each database of
 * {@link StoreState} (H2 in memory, H2 in a file, PostgreSQL) in the same run: saving a new
 * version and reading the latest back; {@link #jsonWrite()} and {@link #jsonRead()} do only the
 * JSON part of each, once per run (they use no database), for its share of the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StoreDocumentBenchmark {
  /** Indicators in the framework (a multiple of 30: 10^4 is not one). */
  @Param({"9990"})
  public int indicators;

  private final RbmJson json = RbmJson.strict();
  private ResultsFramework framework = Frameworks.of(30, 4);
  private String text = "";

  /** Makes the framework and its JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    framework = Frameworks.of(indicators, 4);
    text = json.write(framework);
  }

  /** The framework saved once under the key {@code "read"}, to be read back. */
  @State(Scope.Benchmark)
  public static class Saved {
    /**
     * Saves the framework in the benchmark's store.
     *
     * @param benchmark the framework
     * @param store the store
     */
    @Setup(Level.Trial)
    public void save(StoreDocumentBenchmark benchmark, StoreState store) {
      var unused = store.db().documents()
          .save(DocumentType.FRAMEWORK, "read", benchmark.framework, "PROGRAM");
    }
  }

  /**
   * Saves the framework as a new version.
   *
   * @param store the store
   * @return the stored version
   */
  @Benchmark
  public StoredDocument<ResultsFramework> save(StoreState store) {
    return store.db().documents().save(DocumentType.FRAMEWORK, "save", framework, "PROGRAM");
  }

  /**
   * Reads the latest version back.
   *
   * @param store the store
   * @param saved the framework, saved before
   * @return the stored version
   */
  @Benchmark
  public StoredDocument<ResultsFramework> latest(StoreState store, Saved saved) {
    return store.db().documents().latest(DocumentType.FRAMEWORK, "read").orElseThrow();
  }

  /**
   * Writes the framework's JSON only, as a save does first.
   *
   * @return the document
   */
  @Benchmark
  public String jsonWrite() {
    return json.write(framework);
  }

  /**
   * Reads the framework's JSON only, as a read does last.
   *
   * @return the framework
   */
  @Benchmark
  public ResultsFramework jsonRead() {
    return json.readFramework(text);
  }
}
