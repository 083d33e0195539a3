package org.rbm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;
import org.rbm.store.DocumentType;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredDocument;

/**
 * A framework document of {@link #indicators} indicators in {@code rbm-store}, on embedded H2 in
 * memory and in a file: saving a new version and reading the latest back; {@link #jsonWrite()} and
 * {@link #jsonRead()} do only the JSON part of each, in the same run, for its share of the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StoreDocumentBenchmark {
  /** The database: {@code h2-mem} or {@code h2-file}. */
  @Param({"h2-mem", "h2-file"})
  public String store = "h2-mem";

  /** Indicators in the framework. */
  @Param({"9990"})
  public int indicators;

  private RbmStore db = RbmStore.inMemory();
  private Path directory = Path.of(".");
  private final RbmJson json = RbmJson.strict();
  private ResultsFramework framework = Frameworks.of(30, 4);
  private String text = "";

  /** Opens the store and saves the framework once, for reading. */
  @Setup(Level.Trial)
  public void setUp() {
    if (store.equals("h2-mem")) {
      db = RbmStore.inMemory();
    } else {
      directory = temporaryDirectory();
      db = RbmStore.open(directory.resolve("store"));
    }
    framework = Frameworks.of(indicators, 4);
    text = json.write(framework);
    var unused = db.documents().save(DocumentType.FRAMEWORK, "read", framework, "PROGRAM");
  }

  /**
   * Closes the store and deletes its files.
   *
   * @throws IOException if a file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    db.close();
    if (store.equals("h2-file")) {
      deleteTree(directory);
    }
  }

  /** A new temporary directory for an H2 file. */
  static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("rbm-bench-store");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a directory and everything in it. */
  static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Saves the framework as a new version.
   *
   * @return the stored version
   */
  @Benchmark
  public StoredDocument<ResultsFramework> save() {
    return db.documents().save(DocumentType.FRAMEWORK, "save", framework, "PROGRAM");
  }

  /**
   * Reads the latest version back.
   *
   * @return the stored version
   */
  @Benchmark
  public StoredDocument<ResultsFramework> latest() {
    return db.documents().latest(DocumentType.FRAMEWORK, "read").orElseThrow();
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
