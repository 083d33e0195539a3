package org.rbm.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.json.RbmJson;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;

/**
 * A milestone's history as an event stream in {@code rbm-store}, on embedded H2 in memory and in a
 * file: appending {@link #events} events in batches of {@link #BATCH} to a new stream, and reading
 * a stream of {@link #events} events back (SQL, then each event's JSON read and applied through the
 * workflow). {@link #jsonOnlyReplay()} does the same JSON reading and replay without SQL: the JSON
 * and replay share of a read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StoreStreamBenchmark {
  /** Events appended per call of {@code append}. */
  static final int BATCH = 100;

  /** The database: {@code h2-mem} or {@code h2-file}. */
  @Param({"h2-mem", "h2-file"})
  public String store = "h2-mem";

  /** Events in the stream. */
  @Param({"1000", "4000"})
  public int events;

  private RbmStore db = RbmStore.inMemory();
  private Path directory = Path.of(".");
  private final RbmJson json = RbmJson.strict();
  private ImmutableList<StreamEvent<MilestoneEvent>> sequence = ImmutableList.of();
  private ImmutableList<String> bodies = ImmutableList.of();
  private int streams;

  /**
   * Opens the store, makes the events (start, then submit and reopen in turn, a day apart) and
   * stores one stream of them to read back.
   */
  @Setup(Level.Trial)
  public void setUp() {
    db = open(store);
    ImmutableList.Builder<StreamEvent<MilestoneEvent>> b = ImmutableList.builder();
    ImmutableList.Builder<String> json = ImmutableList.builder();
    LocalDate day = LocalDate.of(2008, 1, 1);
    for (int i = 0; i < events; i++) {
      MilestoneEvent e = i == 0 ? new MilestoneEvent.Start()
          : i % 2 == 1 ? new MilestoneEvent.Submit() : new MilestoneEvent.Reopen();
      b.add(StreamEvent.of(e, day, "PROGRAM"));
      json.add(this.json.write(e));
      day = day.plusDays(1);
    }
    sequence = b.build();
    bodies = json.build();
    var unused =
        db.streams().create(StreamKind.MILESTONES, "read", MilestoneBenchmark.PLANNED, "PROGRAM");
    long version = 0;
    for (List<StreamEvent<MilestoneEvent>> batch : batches()) {
      version = db.streams().append(StreamKind.MILESTONES, "read", version, batch).version();
    }
  }

  private RbmStore open(String kind) {
    if (kind.equals("h2-mem")) {
      return RbmStore.inMemory();
    }
    directory = StoreDocumentBenchmark.temporaryDirectory();
    return RbmStore.open(directory.resolve("store"));
  }

  private List<List<StreamEvent<MilestoneEvent>>> batches() {
    List<List<StreamEvent<MilestoneEvent>>> batches = new ArrayList<>();
    for (int from = 0; from < sequence.size(); from += BATCH) {
      batches.add(sequence.subList(from, Math.min(sequence.size(), from + BATCH)));
    }
    return batches;
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
      StoreDocumentBenchmark.deleteTree(directory);
    }
  }

  /**
   * Creates a stream and appends every event to it, in batches of {@link #BATCH}.
   *
   * @return the stream after the last batch
   */
  @Benchmark
  public StoredStream<Milestone> appendInBatches() {
    String key = "append-" + streams++;
    var unused =
        db.streams().create(StreamKind.MILESTONES, key, MilestoneBenchmark.PLANNED, "PROGRAM");
    StoredStream<Milestone> s = null;
    long version = 0;
    for (List<StreamEvent<MilestoneEvent>> batch : batches()) {
      s = db.streams().append(StreamKind.MILESTONES, key, version, batch);
      version = s.version();
    }
    return Objects.requireNonNull(s);
  }

  /**
   * Reads the stream of {@link #events} events back.
   *
   * @return the stream
   */
  @Benchmark
  public StoredStream<Milestone> read() {
    return db.streams().read(StreamKind.MILESTONES, "read").orElseThrow();
  }

  /**
   * Reads each event's JSON and applies it, as a stream read does after its SQL.
   *
   * @return the milestone after the last event
   */
  @Benchmark
  public Milestone jsonOnlyReplay() {
    Milestone m = json.read(json.write(MilestoneBenchmark.PLANNED), Milestone.class);
    for (int i = 0; i < bodies.size(); i++) {
      StreamEvent<MilestoneEvent> e = sequence.get(i);
      m = m.apply(json.read(bodies.get(i), MilestoneEvent.class), e.date(), e.actor(), e.note());
    }
    return m;
  }
}
