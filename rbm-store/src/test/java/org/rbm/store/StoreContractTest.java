package org.rbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;

/**
 * The store's behaviour, the same on every database: each subclass gives a fresh database per
 * test ({@link H2StoreTest}, {@link PostgresStoreTest}).
 */
abstract class StoreContractTest {
  static final LocalDate DAY = LocalDate.of(2008, 1, 15);
  static final String HOSTILE =
      "'; DROP TABLE rbm_document; -- \"quoted\" `back` \\ ; ' OR '1'='1 \u00e9\u4e2d\ud83d\ude00";

  private final MutableClock clock = new MutableClock(Instant.parse("2008-01-01T09:00:00Z"));
  private RbmStore store = RbmStore.inMemory();
  private DataSource dataSource = new org.h2.jdbcx.JdbcDataSource();

  /** A new, empty database for one test. */
  abstract DataSource freshDataSource();

  @BeforeEach
  void openStore() {
    store.close();
    dataSource = freshDataSource();
    store = RbmStore.open(dataSource).withClock(clock);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Milestone milestone(String id, String statement) {
    return Milestone.builder()
        .id(MilestoneId.of(id))
        .area("Performance and accountability")
        .owner("International Labour Office")
        .initialStatement(statement)
        .initialDue(Due.ofYear(2008))
        .initialState(MilestoneState.PLANNED)
        .recordedOn(LocalDate.of(2007, 10, 12))
        .recordedBy("GB.300/PFA/9/1")
        .build();
  }

  static Roadmap roadmap(String title, Milestone... milestones) {
    return Roadmap.builder().title(title).addMilestones(milestones).build();
  }

  // ---- documents ----

  @Test
  void savesEachVersionWithItsTimeAndAuthorAndReadsLatestGivenAndCurrentOnADay() {
    Roadmap v1 = roadmap("Roadmap v1", milestone("1", "Strategy adopted"));
    Roadmap v2 = roadmap("Roadmap v2", milestone("1", "Strategy adopted"), milestone("2", "Plan"));
    Documents docs = store.documents();
    StoredDocument<Roadmap> first = docs.save(DocumentType.ROADMAP, "ilo", v1, "PROGRAM");
    clock.set(Instant.parse("2008-03-05T16:30:00Z"));
    StoredDocument<Roadmap> second = docs.save(DocumentType.ROADMAP, "ilo", v2, "EVAL");

    assertEquals(1, first.version());
    assertEquals(2, second.version());
    assertEquals(Optional.of(second), docs.latest(DocumentType.ROADMAP, "ilo"));
    assertEquals(v1, docs.version(DocumentType.ROADMAP, "ilo", 1).orElseThrow().value());
    assertEquals(
        Instant.parse("2008-01-01T09:00:00Z"),
        docs.version(DocumentType.ROADMAP, "ilo", 1).orElseThrow().savedAt());
    // 4 March: only version 1 existed; 5 March: version 2 was saved that afternoon.
    assertEquals(1, docs.currentOn(DocumentType.ROADMAP, "ilo", LocalDate.of(2008, 3, 4))
        .orElseThrow().version());
    assertEquals(2, docs.currentOn(DocumentType.ROADMAP, "ilo", LocalDate.of(2008, 3, 5))
        .orElseThrow().version());
    assertEquals(Optional.empty(),
        docs.currentOn(DocumentType.ROADMAP, "ilo", LocalDate.of(2007, 12, 31)));
    assertEquals(Optional.empty(), docs.version(DocumentType.ROADMAP, "ilo", 3));
    assertEquals(Optional.empty(), docs.latest(DocumentType.ROADMAP, "other"));
    assertEquals(
        List.of(
            new DocumentVersion(1, Instant.parse("2008-01-01T09:00:00Z"), "PROGRAM"),
            new DocumentVersion(2, Instant.parse("2008-03-05T16:30:00Z"), "EVAL")),
        docs.versions(DocumentType.ROADMAP, "ilo"));
  }

  @Test
  void keepsKindsApartUnderTheSameKey() {
    Roadmap r = roadmap("Roadmap", milestone("1", "Strategy adopted"));
    StoredDocument<Roadmap> saved = store.documents().save(DocumentType.ROADMAP, "k", r, "PROGRAM");
    assertEquals(1, saved.version());
    assertEquals(Optional.empty(), store.documents().latest(DocumentType.FRAMEWORK, "k"));
    assertEquals(List.of(), store.documents().versions(DocumentType.STRATEGY, "k"));
  }

  @Test
  void refusesBadKeysWithTheProjectsMessage() {
    Roadmap r = roadmap("Roadmap", milestone("1", "Strategy adopted"));
    InvalidValueException empty = assertThrows(InvalidValueException.class,
        () -> store.documents().save(DocumentType.ROADMAP, "", r, "PROGRAM"));
    assertEquals(
        "key: got \"\", expected 1 to 200 characters without NUL (U+0000)", empty.getMessage());
    assertThrows(InvalidValueException.class,
        () -> store.documents().save(DocumentType.ROADMAP, "x".repeat(201), r, "PROGRAM"));
    assertThrows(InvalidValueException.class,
        () -> store.documents().latest(DocumentType.ROADMAP, "a\0b"));
    InvalidValueException author = assertThrows(InvalidValueException.class,
        () -> store.documents().save(DocumentType.ROADMAP, "k", r, "  "));
    assertTrue(author.getMessage().startsWith("author: got "), author.getMessage());
    assertEquals(List.of(), store.documents().versions(DocumentType.ROADMAP, "k"));
  }

  @Test
  void storesHostileKeysAndTextsExactly() {
    String key = HOSTILE.substring(0, 60);
    String longText = "x';--".repeat(20_000);
    Roadmap r = roadmap(HOSTILE + "\0" + longText, milestone("1", HOSTILE));
    StoredDocument<Roadmap> saved = store.documents().save(DocumentType.ROADMAP, key, r, key);
    assertEquals(r, store.documents().latest(DocumentType.ROADMAP, key).orElseThrow().value());
    assertEquals(key, saved.author());
    assertEquals(1, store.documents().versions(DocumentType.ROADMAP, key).size());
    // The tables are all still there.
    assertEquals(0, store.followUp().count());
  }

  @Test
  void reportsARowEditedIntoInvalidJsonWithItsKeyAndVersion() {
    Roadmap r = roadmap("Roadmap", milestone("1", "Strategy adopted"));
    StoredDocument<Roadmap> saved = store.documents().save(DocumentType.ROADMAP, "ilo", r, "PROGRAM");
    assertEquals(1, saved.version());
    sql("UPDATE rbm_document SET body = '{\"format\":\"rbm-roadmap/1\",' WHERE doc_key = 'ilo'");
    StoreIntegrityException e = assertThrows(StoreIntegrityException.class,
        () -> store.documents().latest(DocumentType.ROADMAP, "ilo"));
    assertEquals("documents[roadmap/\"ilo\"].versions[1]", e.location());
    assertTrue(e.getMessage().contains("got \"{\"format\":\"rbm-roadmap/1\",\""), e.getMessage());
  }

  // ---- streams ----

  @Test
  void replaysAStreamThroughTheWorkflowAsInMemory() {
    Milestone m = milestone("7", "Results-based audit function established");
    Streams streams = store.streams();
    assertEquals(0, streams.create(StreamKind.MILESTONES, "M-7", m, "PROGRAM").version());
    StoredStream<Milestone> after = streams.append(StreamKind.MILESTONES, "M-7", 0, List.of(
        StreamEvent.of(new MilestoneEvent.Start(), DAY, "PROGRAM"),
        new StreamEvent<>(new MilestoneEvent.Submit(), DAY.plusDays(3), "PROGRAM",
            Optional.of("Submitted to the PFA Committee"))));
    Milestone inMemory = m.apply(new MilestoneEvent.Start(), DAY, "PROGRAM")
        .apply(new MilestoneEvent.Submit(), DAY.plusDays(3), "PROGRAM",
            Optional.of("Submitted to the PFA Committee"));
    assertEquals(2, after.version());
    assertEquals(inMemory, after.value());
    StoredStream<Milestone> read = streams.read(StreamKind.MILESTONES, "M-7").orElseThrow();
    assertEquals(2, read.version());
    assertEquals(inMemory, read.value());
    assertEquals(MilestoneState.SUBMITTED_FOR_APPROVAL, read.value().state());
    assertEquals(Optional.empty(), streams.read(StreamKind.MILESTONES, "M-8"));
  }

  @Test
  void aWriterThatLostTheRaceGetsBothVersionsAndNothingIsWritten() {
    Milestone m = milestone("7", "Audit function established");
    Streams streams = store.streams();
    StoredStream<Milestone> created = streams.create(StreamKind.MILESTONES, "M-7", m, "PROGRAM");
    assertEquals(0, created.version());
    StoredStream<Milestone> first = streams.append(StreamKind.MILESTONES, "M-7", 0,
        List.of(StreamEvent.of(new MilestoneEvent.Start(), DAY, "A")));
    assertEquals(1, first.version());
    StoreConflictException e = assertThrows(StoreConflictException.class,
        () -> streams.append(StreamKind.MILESTONES, "M-7", 0,
            List.of(StreamEvent.of(new MilestoneEvent.Cancel(), DAY, "B"))));
    assertEquals("milestone/\"M-7\"", e.stream());
    assertEquals(0, e.lastSeenVersion());
    assertEquals(1, e.currentVersion());
    assertEquals("streams[milestone/\"M-7\"].version: got version 0 as last seen by the writer,"
        + " expected version 1, the version the stream is at; nothing was written", e.getMessage());
    assertEquals(MilestoneState.IN_PROGRESS,
        streams.read(StreamKind.MILESTONES, "M-7").orElseThrow().value().state());
    StoreConflictException again = assertThrows(StoreConflictException.class,
        () -> streams.create(StreamKind.MILESTONES, "M-7", m, "B"));
    assertEquals(-1, again.lastSeenVersion());
    assertEquals(1, again.currentVersion());
  }

  @Test
  void refusesAnIllegalEventAndWritesNoneOfTheBatch() {
    Milestone m = milestone("7", "Audit function established");
    Streams streams = store.streams();
    StoredStream<Milestone> created = streams.create(StreamKind.MILESTONES, "M-7", m, "PROGRAM");
    assertEquals(0, created.version());
    // Start is allowed in PLANNED, then Approve is not allowed in IN_PROGRESS.
    assertThrows(IllegalTransitionException.class,
        () -> streams.append(StreamKind.MILESTONES, "M-7", 0, List.of(
            StreamEvent.of(new MilestoneEvent.Start(), DAY, "A"),
            StreamEvent.of(new MilestoneEvent.Approve(), DAY, "A"))));
    assertEquals(0, streams.read(StreamKind.MILESTONES, "M-7").orElseThrow().version());
  }

  @Test
  void reportsAnEventRowEditedIntoAnIllegalHistoryWithItsPosition() {
    Milestone m = milestone("7", "Audit function established");
    Streams streams = store.streams();
    StoredStream<Milestone> created = streams.create(StreamKind.MILESTONES, "M-7", m, "PROGRAM");
    StoredStream<Milestone> after = streams.append(StreamKind.MILESTONES, "M-7", created.version(),
        List.of(StreamEvent.of(new MilestoneEvent.Start(), DAY, "A"),
            StreamEvent.of(new MilestoneEvent.Submit(), DAY, "A")));
    assertEquals(2, after.version());
    // The second event becomes an approval, which IN_PROGRESS does not permit.
    String approve = new org.rbm.json.RbmJson[] {org.rbm.json.RbmJson.strict()}[0]
        .write(new MilestoneEvent.Approve());
    sql("UPDATE rbm_stream_event SET body = '" + approve + "' WHERE pos = 2");
    StoreIntegrityException e = assertThrows(StoreIntegrityException.class,
        () -> streams.read(StreamKind.MILESTONES, "M-7"));
    assertEquals("streams[milestone/\"M-7\"].events[2]", e.location());
    sql("UPDATE rbm_stream_event SET body = 'not json' WHERE pos = 2");
    StoreIntegrityException bad = assertThrows(StoreIntegrityException.class,
        () -> streams.read(StreamKind.MILESTONES, "M-7"));
    assertTrue(bad.getMessage().startsWith(
        "streams[milestone/\"M-7\"].events[2]: got \"not json\", expected the JSON of a"
            + " MilestoneEvent"), bad.getMessage());
  }

  @Test
  void keepsHostileActorsAndNotesExactly() {
    Milestone m = milestone("7", HOSTILE);
    Streams streams = store.streams();
    StoredStream<Milestone> created = streams.create(StreamKind.MILESTONES, HOSTILE, m, HOSTILE);
    StoredStream<Milestone> after = streams.append(StreamKind.MILESTONES, HOSTILE,
        created.version(), List.of(new StreamEvent<>(new MilestoneEvent.Start(), DAY, HOSTILE,
            Optional.of(HOSTILE + "\0" + "n".repeat(100_000)))));
    assertEquals(after.value(), streams.read(StreamKind.MILESTONES, HOSTILE).orElseThrow().value());
  }

  /**
   * 8 threads append cancel/reopen pairs to 2 shared streams and one stream each, retrying after
   * each conflict; every append either lands once or is reported, and the final histories are
   * what the landed appends make.
   */
  @Test
  void concurrentWritersLoseNothingAndDuplicateNothing() throws Exception {
    int threads = 8;
    int eventsPerThread = eventsPerThread();
    Streams streams = store.streams();
    String[] keys = {"shared-0", "shared-1", "own-0", "own-1", "own-2", "own-3", "own-4",
        "own-5", "own-6", "own-7"};
    for (String k : keys) {
      StoredStream<Milestone> s =
          streams.create(StreamKind.MILESTONES, k, milestone("1", "Plan " + k), "setup");
      assertEquals(0, s.version());
    }
    AtomicLong conflicts = new AtomicLong();
    AtomicInteger landed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int me = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < eventsPerThread; i++) {
          String key = i % 2 == 0 ? "shared-" + (me % 2) : "own-" + me;
          while (true) {
            StoredStream<Milestone> now = streams.read(StreamKind.MILESTONES, key).orElseThrow();
            MilestoneEvent next = now.value().state() == MilestoneState.PLANNED
                ? new MilestoneEvent.Cancel() : new MilestoneEvent.Reopen();
            try {
              StoredStream<Milestone> after = streams.append(StreamKind.MILESTONES, key,
                  now.version(), List.of(StreamEvent.of(next, DAY, "writer-" + me)));
              assertEquals(now.version() + 1, after.version());
              landed.incrementAndGet();
              break;
            } catch (StoreConflictException e) {
              assertTrue(e.currentVersion() > e.lastSeenVersion(), e.getMessage());
              conflicts.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
    for (Future<?> f : done) {
      f.get();
    }
    assertEquals(threads * eventsPerThread, landed.get());
    long total = 0;
    for (String k : keys) {
      StoredStream<Milestone> s = streams.read(StreamKind.MILESTONES, k).orElseThrow();
      total += s.version();
      // A sequential replay: cancel, reopen, cancel, ... in the order of the positions.
      Milestone sequential = milestone("1", "Plan " + k);
      for (var entry : s.value().history()) {
        sequential = sequential.apply(sequential.state() == MilestoneState.PLANNED
            ? new MilestoneEvent.Cancel() : new MilestoneEvent.Reopen(), DAY, entry.actor());
      }
      assertEquals(sequential, s.value());
      assertEquals(s.version(), s.value().history().size());
    }
    assertEquals(threads * eventsPerThread, total);
    // Writers that share a stream lose races now and then; the count is printed, not asserted:
    // how often they collide depends on the scheduler.
    System.out.println(getClass().getSimpleName() + ": " + conflicts.get() + " conflicts reported");
  }

  /** Events each of the 8 writers appends: 1,250 (10,000 in all) where the database is fast. */
  int eventsPerThread() {
    return 1250;
  }

  final void sql(String statement) {
    int unused = Jdbi.create(dataSource).withHandle(h -> h.execute(statement));
  }

  RbmStore store() {
    return store;
  }

  /** A clock the tests move. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
