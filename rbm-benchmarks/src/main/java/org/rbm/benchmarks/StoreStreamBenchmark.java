package org.rbm.benchmarks;

import com.google.common.collect.ImmutableList;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.json.RbmJson;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;

/**
 * A milestone's history as an event stream in {@code rbm-store}, on each database of {@link
 * StoreState} (H2 in memory, H2 in a file, PostgreSQL) in the same run: appending {@link #events}
 * events in batches of {@link #BATCH} to a new stream, and reading a stream of {@link #events}
 * events back (SQL, then each event's JSON read and applied through the workflow). The same work
 * without SQL, for the share of the JSON: {@link #jsonOnlyAppend(Blackhole)} (each event applied
 * and its JSON written, as an append does before its SQL), {@link #jsonOnlyReplay()} (each
 * event's JSON read and applied, as a read does after its SQL) and {@link #workflowOnly()} (the
 * events applied, no JSON). One operation takes seconds at 10^5 events: each is timed alone
 * (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class StoreStreamBenchmark {
  /** Events appended per call of {@code append}. */
  static final int BATCH = 100;

  /** Events in the stream. */
  @Param({"100000"})
  public int events;

  private final RbmJson json = RbmJson.strict();
  private ImmutableList<StreamEvent<MilestoneEvent>> sequence = ImmutableList.of();
  private ImmutableList<String> bodies = ImmutableList.of();
  private int streams;

  /** Makes the events: start, then submit and reopen in turn, a day apart, and their JSON. */
  @Setup(Level.Trial)
  public void setUp() {
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
  }

  /** A stream of {@link StoreStreamBenchmark#events} events stored once, to be read back. */
  @State(Scope.Benchmark)
  public static class Stored {
    /**
     * Stores the stream {@code "read"} in the benchmark's store.
     *
     * @param benchmark the events
     * @param store the store
     */
    @Setup(Level.Trial)
    public void store(StoreStreamBenchmark benchmark, StoreState store) {
      var unused = benchmark.appendAll(store.db(), "read");
    }
  }

  private StoredStream<Milestone> appendAll(RbmStore db, String key) {
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

  private List<List<StreamEvent<MilestoneEvent>>> batches() {
    List<List<StreamEvent<MilestoneEvent>>> batches = new ArrayList<>();
    for (int from = 0; from < sequence.size(); from += BATCH) {
      batches.add(sequence.subList(from, Math.min(sequence.size(), from + BATCH)));
    }
    return batches;
  }

  /**
   * Creates a stream and appends every event to it, in batches of {@link #BATCH}, each batch at
   * the version the previous one returned.
   *
   * @param store the store
   * @return the stream after the last batch
   */
  @Benchmark
  public StoredStream<Milestone> appendInBatches(StoreState store) {
    return appendAll(store.db(), "append-" + streams++);
  }

  /**
   * Reads the stream of {@link #events} events back.
   *
   * @param store the store
   * @param stored the stream, stored before
   * @return the stream
   */
  @Benchmark
  public StoredStream<Milestone> read(StoreState store, Stored stored) {
    return store.db().streams().read(StreamKind.MILESTONES, "read").orElseThrow();
  }

  /**
   * Applies each event and writes its JSON, as an append does before its SQL.
   *
   * @param written takes each JSON text written
   * @return the milestone after the last event
   */
  @Benchmark
  public Milestone jsonOnlyAppend(Blackhole written) {
    Milestone m = MilestoneBenchmark.PLANNED;
    written.consume(json.write(m));
    for (StreamEvent<MilestoneEvent> e : sequence) {
      m = m.apply(e.event(), e.date(), e.actor(), e.note());
      written.consume(json.write(e.event()));
    }
    return m;
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

  /**
   * Applies each event, without JSON: what is left of {@link #jsonOnlyAppend(Blackhole)} and {@link
   * #jsonOnlyReplay()} without their JSON.
   *
   * @return the milestone after the last event
   */
  @Benchmark
  public Milestone workflowOnly() {
    Milestone m = MilestoneBenchmark.PLANNED;
    for (StreamEvent<MilestoneEvent> e : sequence) {
      m = m.apply(e.event(), e.date(), e.actor(), e.note());
    }
    return m;
  }
}
