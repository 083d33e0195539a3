package org.rbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.core.evaluation.ImplementationRate;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.testkit.RbmGen;
import org.rbm.testkit.Sampler;

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
  void keepsDwcpStagesAndFollowUpActionsAsStreamsReplayedAsInMemory() {
    Dwcp open = Sampler.of(RbmGen.dwcps(), 17).next(50).stream()
        .filter(d -> d.stage() != DwcpStage.FINAL).findFirst().orElseThrow();
    LocalDate late = LocalDate.of(2030, 1, 15); // after every generated history
    Streams streams = store.streams();
    assertEquals(0, streams.create(StreamKind.DWCPS, "KH", open, "ILO").version());
    List<StreamEvent<DwcpEvent>> stages = new ArrayList<>();
    if (open.stage() == DwcpStage.CONCEPT) {
      stages.add(StreamEvent.of(new DwcpEvent.SubmitDraft(), late, "ILO"));
    }
    stages.add(StreamEvent.of(new DwcpEvent.ReviewQuality(QaOutcome.PASSED), late, "RO"));
    stages.add(StreamEvent.of(new DwcpEvent.Finalize(), late.plusDays(10), "ILO"));
    assertEquals(stages.size(), streams.append(StreamKind.DWCPS, "KH", 0, stages).version());
    Dwcp inMemory = open;
    for (StreamEvent<DwcpEvent> e : stages) {
      inMemory = inMemory.apply(e.event(), e.date(), e.actor());
    }
    Dwcp read = streams.read(StreamKind.DWCPS, "KH").orElseThrow().value();
    assertEquals(inMemory, read);
    assertEquals(DwcpStage.FINAL, read.stage());

    FollowUpAction planned = EvaluationFixtures.action("R9.1", DAY, DAY.plusDays(90));
    assertEquals(0, streams.create(StreamKind.FOLLOW_UP_ACTIONS, "R9.1", planned, "EVAL").version());
    List<StreamEvent<ActionEvent>> steps = List.of(
        StreamEvent.of(new ActionEvent.Start(), DAY.plusDays(1), "CO"),
        StreamEvent.of(ActionEvent.complete("Minutes of 20 March"), DAY.plusDays(60), "CO"));
    assertEquals(2, streams.append(StreamKind.FOLLOW_UP_ACTIONS, "R9.1", 0, steps).version());
    FollowUpAction done = planned.apply(new ActionEvent.Start(), DAY.plusDays(1), "CO")
        .apply(ActionEvent.complete("Minutes of 20 March"), DAY.plusDays(60), "CO");
    FollowUpAction back = streams.read(StreamKind.FOLLOW_UP_ACTIONS, "R9.1").orElseThrow().value();
    assertEquals(done, back);
    assertEquals(ActionState.COMPLETED, back.state());
  }

  @Test
  void keepsEvaluationsAndDwcpPortfoliosAsDocuments() {
    Evaluation evaluation = EvaluationFixtures.cambodia();
    assertEquals(1, store.documents().save(
        DocumentType.EVALUATION, "IEE-2007-01", evaluation, "EVAL").version());
    assertEquals(evaluation, store.documents()
        .latest(DocumentType.EVALUATION, "IEE-2007-01").orElseThrow().value());
    DwcpPortfolio portfolio = Sampler.of(RbmGen.dwcpPortfolios(), 5).next();
    assertEquals(1, store.documents().save(
        DocumentType.DWCP_PORTFOLIO, "2007", portfolio, "PROGRAM").version());
    assertEquals(portfolio, store.documents()
        .latest(DocumentType.DWCP_PORTFOLIO, "2007").orElseThrow().value());
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
  void aKeptHeadNeverHidesAnAppendOfAnotherWriterOnTheSameDatabase() {
    Milestone m = milestone("7", "Audit function established");
    Streams mine = store.streams();
    // Another store on the same database, with its own kept heads, as another process would be.
    Streams other = store.withClock(store.clock()).streams();
    assertEquals(0, mine.create(StreamKind.MILESTONES, "M-7", m, "PROGRAM").version());
    assertEquals(1, other.append(StreamKind.MILESTONES, "M-7", 0,
        List.of(StreamEvent.of(new MilestoneEvent.Start(), DAY, "A"))).version());
    // mine last saw version 0 (its own create): the database is at 1, so mine has lost the race.
    StoreConflictException e = assertThrows(StoreConflictException.class,
        () -> mine.append(StreamKind.MILESTONES, "M-7", 0,
            List.of(StreamEvent.of(new MilestoneEvent.Cancel(), DAY, "B"))));
    assertEquals(0, e.lastSeenVersion());
    assertEquals(1, e.currentVersion());
    // At version 1 it appends after the other writer's Start: Start, then Submit.
    StoredStream<Milestone> after = mine.append(StreamKind.MILESTONES, "M-7", 1,
        List.of(StreamEvent.of(new MilestoneEvent.Submit(), DAY.plusDays(1), "B")));
    assertEquals(2, after.version());
    assertEquals(2, after.value().history().size());
    assertEquals(MilestoneState.SUBMITTED_FOR_APPROVAL, after.value().state());
    assertEquals(after.value(), other.read(StreamKind.MILESTONES, "M-7").orElseThrow().value());
    // Appending again at 2 starts from the head mine keeps: the same value as a replay.
    StoredStream<Milestone> third = mine.append(StreamKind.MILESTONES, "M-7", 2,
        List.of(StreamEvent.of(new MilestoneEvent.Reopen(), DAY.plusDays(2), "B")));
    assertEquals(third.value(), other.read(StreamKind.MILESTONES, "M-7").orElseThrow().value());
    assertEquals(MilestoneState.IN_PROGRESS, third.value().state());
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

  private static final String SPF_KEY = "SPF-2010-15";

  /** The record worked by hand in {@link #keepsSpfAmendmentsAsAStreamReplayedAsInMemory}. */
  private static List<List<StreamEvent<AmendmentEvent>>> spfBatches() {
    return List.of(
        List.of(
            StreamEvent.of(SpfFixtures.proposeTarget("GB.310/PFA/2", 45), d(2011, 2, 10), "PROGRAM"),
            new StreamEvent<>(new AmendmentEvent.Adopt(), d(2011, 3, 24), "Governing Body",
                Optional.of("GB.310/PV"))),
        List.of(
            StreamEvent.of(SpfFixtures.proposeTarget("GB.312/PFA/4", 50), d(2011, 10, 1), "PROGRAM"),
            StreamEvent.of(new AmendmentEvent.Reject("Not evidenced"), d(2011, 11, 15),
                "Governing Body")),
        List.of(
            StreamEvent.of(
                AmendmentEvent.amend(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
                    "ILC.101/Resolution", List.of(SpfFixtures.target2011(48))),
                d(2012, 6, 14), "International Labour Conference")));
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static <S extends Enum<S>, E, V extends org.rbm.core.workflow.Governed<S, E, V>> V
      applied(V value, List<StreamEvent<E>> events) {
    V v = value;
    for (StreamEvent<E> e : events) {
      v = v.apply(e.event(), e.date(), e.actor(), e.note());
    }
    return v;
  }

  @Test
  void keepsSpfAmendmentsAsAStreamReplayedAsInMemory() {
    Streams streams = store.streams();
    SpfAmendments start = SpfAmendments.recorded(SpfFixtures.spf());
    long version = streams.create(StreamKind.SPF_AMENDMENTS, SPF_KEY, start, "PROGRAM").version();
    SpfAmendments inMemory = start;
    for (List<StreamEvent<AmendmentEvent>> batch : spfBatches()) {
      version = streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, version, batch).version();
      inMemory = applied(inMemory, batch);
    }
    assertEquals(5, version);
    SpfAmendments read =
        store.withClock(clock).streams().read(StreamKind.SPF_AMENDMENTS, SPF_KEY).orElseThrow().value();
    assertEquals(inMemory, read);
    // IND-1's 2011 target: 40 as adopted; 45 from the GB's adoption on 24 March 2011; the GB's
    // proposal of 50 was rejected; 48 from the Conference's decision of 14 June 2012.
    assertEquals(new BigDecimal("40"), SpfFixtures.target2011Of(read.asOf(d(2011, 3, 23))));
    assertEquals(new BigDecimal("45"), SpfFixtures.target2011Of(read.asOf(d(2011, 3, 24))));
    assertEquals(new BigDecimal("45"), SpfFixtures.target2011Of(read.asOf(d(2012, 6, 13))));
    assertEquals(new BigDecimal("48"), SpfFixtures.target2011Of(read.asOf(d(2012, 6, 14))));
    assertEquals(List.of("GB.310/PFA/2", "ILC.101/Resolution"),
        read.amendments().stream().map(a -> a.reference()).toList());
    assertEquals(AmendmentState.ADOPTED, read.state());
    // The document form answers the same, on a day between the two amendments.
    assertEquals(read.spf().asOf(d(2011, 12, 31)), read.asOf(d(2011, 12, 31)));
  }

  @Test
  void anSpfAmendmentWriterThatLostTheRaceGetsBothVersionsAndNothingIsWritten() {
    Streams streams = store.streams();
    var unusedCreated = streams.create(StreamKind.SPF_AMENDMENTS, SPF_KEY,
        SpfAmendments.recorded(SpfFixtures.spf()), "PROGRAM");
    StoredStream<SpfAmendments> proposed = streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 0,
        List.of(StreamEvent.of(SpfFixtures.proposeTarget("GB.310/PFA/2", 45), d(2011, 2, 10),
            "PROGRAM")));
    assertEquals(1, proposed.version());
    // Two writers saw the proposal at version 1: the Governing Body's secretariat records the
    // adoption first; the Office's withdrawal then loses the race.
    assertEquals(2, streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 1,
        List.of(StreamEvent.of(new AmendmentEvent.Adopt(), d(2011, 3, 24), "Governing Body")))
        .version());
    StoreConflictException e = assertThrows(StoreConflictException.class,
        () -> store.withClock(clock).streams().append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 1,
            List.of(StreamEvent.of(new AmendmentEvent.Withdraw("Overtaken"), d(2011, 3, 1),
                "PROGRAM"))));
    assertEquals("spf-amendments/\"SPF-2010-15\"", e.stream());
    assertEquals(1, e.lastSeenVersion());
    assertEquals(2, e.currentVersion());
    assertEquals("streams[spf-amendments/\"SPF-2010-15\"].version: got version 1 as last seen by"
        + " the writer, expected version 2, the version the stream is at; nothing was written",
        e.getMessage());
    StoredStream<SpfAmendments> read =
        streams.read(StreamKind.SPF_AMENDMENTS, SPF_KEY).orElseThrow();
    assertEquals(2, read.version());
    assertEquals(AmendmentState.ADOPTED, read.value().state());
    assertEquals(new BigDecimal("45"), SpfFixtures.target2011Of(read.value().latest()));
  }

  @Test
  void refusesAnSpfProposalThatDoesNotApplyAndWritesNoneOfTheBatch() {
    Streams streams = store.streams();
    var unusedCreated = streams.create(StreamKind.SPF_AMENDMENTS, SPF_KEY,
        SpfAmendments.recorded(SpfFixtures.spf()), "PROGRAM");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 0, List.of(
            StreamEvent.of(SpfFixtures.proposeTarget("GB.310/PFA/2", 45), d(2011, 2, 10), "A"),
            StreamEvent.of(new AmendmentEvent.Adopt(), d(2011, 3, 24), "A"),
            StreamEvent.of(AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, "GB.312/PFA/4",
                    List.of(org.rbm.core.cycle.SpfChange.removeIndicator(
                        org.rbm.core.indicators.IndicatorId.of("IND-9")))),
                d(2011, 10, 1), "A"))));
    assertEquals(Optional.of("event.changes[0]"), e.field());
    assertEquals(0, streams.read(StreamKind.SPF_AMENDMENTS, SPF_KEY).orElseThrow().version());
  }

  @Test
  void reportsAnSpfAmendmentRowEditedIntoAnIllegalHistoryWithItsKeyAndPosition() {
    Streams streams = store.streams();
    var unusedCreated = streams.create(StreamKind.SPF_AMENDMENTS, SPF_KEY,
        SpfAmendments.recorded(SpfFixtures.spf()), "PROGRAM");
    var unusedAppended =
        streams.append(StreamKind.SPF_AMENDMENTS, SPF_KEY, 0, spfBatches().get(0));
    // The proposal (position 1) edited to remove an indicator the SPF does not have.
    sql("UPDATE rbm_stream_event SET body = '{\"type\":\"PROPOSE\",\"decidingBody\":"
        + "\"GOVERNING_BODY\",\"reference\":\"GB.310/PFA/2\",\"changes\":[{\"kind\":"
        + "\"removeIndicator\",\"id\":\"IND-9\"}]}' WHERE kind = 'spf-amendments' AND pos = 1");
    Streams fresh = store.withClock(clock).streams();
    StoreIntegrityException e = assertThrows(StoreIntegrityException.class,
        () -> fresh.read(StreamKind.SPF_AMENDMENTS, SPF_KEY));
    assertEquals("streams[spf-amendments/\"SPF-2010-15\"].events[1]", e.location());
    assertTrue(e.getMessage().contains("event.changes[0]: got remove indicator IND-9, expected the"
        + " id of an indicator in the SPF"), e.getMessage());
    // The adoption (position 2) edited into a decision, which a pending proposal does not permit.
    sql("UPDATE rbm_stream_event SET body = '" + org.rbm.json.RbmJson.strict().write(
            SpfFixtures.proposeTarget("GB.310/PFA/2", 45))
        + "' WHERE kind = 'spf-amendments' AND pos = 1");
    sql("UPDATE rbm_stream_event SET body = '" + org.rbm.json.RbmJson.strict().write(
            AmendmentEvent.amend(DecidingBody.GOVERNING_BODY, "GB.310/PFA/2",
                List.of(SpfFixtures.target2011(45))))
        + "' WHERE kind = 'spf-amendments' AND pos = 2");
    StoreIntegrityException illegal = assertThrows(StoreIntegrityException.class,
        () -> fresh.read(StreamKind.SPF_AMENDMENTS, SPF_KEY));
    assertEquals("streams[spf-amendments/\"SPF-2010-15\"].events[2]", illegal.location());
    assertTrue(illegal.getMessage().contains("in state proposed"), illegal.getMessage());
  }

  @Test
  void keepsHostileSpfAmendmentTextsExactly() {
    String longText = HOSTILE + "\0" + "n".repeat(100_000);
    Streams streams = store.streams();
    SpfAmendments start = SpfAmendments.recorded(SpfFixtures.spf().withVision(HOSTILE));
    var unusedCreated = streams.create(StreamKind.SPF_AMENDMENTS, HOSTILE, start, HOSTILE);
    List<StreamEvent<AmendmentEvent>> events = List.of(
        new StreamEvent<>(new AmendmentEvent.Propose(DecidingBody.GOVERNING_BODY, HOSTILE,
            Optional.of(longText), com.google.common.collect.ImmutableList.of(
                org.rbm.core.cycle.SpfChange.addEvaluationLesson(longText),
                org.rbm.core.cycle.SpfChange.reviseVision(HOSTILE + "\0"))),
            d(2011, 2, 10), HOSTILE, Optional.of(longText)),
        StreamEvent.of(new AmendmentEvent.Reject(longText), d(2011, 3, 24), HOSTILE),
        StreamEvent.of(new AmendmentEvent.Amend(DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
            HOSTILE, Optional.of(HOSTILE), com.google.common.collect.ImmutableList.of(
                org.rbm.core.cycle.SpfChange.reviseVision(longText))),
            d(2012, 6, 14), HOSTILE));
    StoredStream<SpfAmendments> after =
        streams.append(StreamKind.SPF_AMENDMENTS, HOSTILE, 0, events);
    assertEquals(applied(start, events), after.value());
    SpfAmendments read = store.withClock(clock).streams()
        .read(StreamKind.SPF_AMENDMENTS, HOSTILE).orElseThrow().value();
    assertEquals(after.value(), read);
    assertEquals(Optional.of(longText), read.latest().vision());
    assertEquals(Optional.of(HOSTILE), read.asOf(d(2012, 6, 13)).vision());
  }

  /**
   * The law: a generated SPF's amendment record, appended in batches of one to three events and
   * read back by another {@code Streams}, is the record in memory, and answers as the SPF does on
   * every amendment's day and the day before.
   */
  @Test
  void aStoredAmendmentRecordReplaysAsTheSpfInMemoryOnGeneratedSpfs() {
    java.util.Random random = new java.util.Random(2010);
    List<StrategicPolicyFramework> spfs = Sampler.of(RbmGen.spfs(), 2015).next(25);
    Streams streams = store.streams();
    for (int i = 0; i < spfs.size(); i++) {
      StrategicPolicyFramework spf = spfs.get(i);
      SpfAmendments record = SpfAmendments.of(spf);
      String key = "gen-" + i;
      long version =
          streams.create(StreamKind.SPF_AMENDMENTS, key, record.recorded(), "setup").version();
      var entries = record.history();
      int at = 0;
      while (at < entries.size()) {
        int n = Math.min(entries.size() - at, 1 + random.nextInt(3));
        List<StreamEvent<AmendmentEvent>> batch = new ArrayList<>();
        for (var t : entries.subList(at, at + n)) {
          batch.add(new StreamEvent<>(t.event(), t.date(), t.actor(), t.note()));
        }
        version = streams.append(StreamKind.SPF_AMENDMENTS, key, version, batch).version();
        at += n;
      }
      SpfAmendments read = store.withClock(clock).streams()
          .read(StreamKind.SPF_AMENDMENTS, key).orElseThrow().value();
      assertEquals(record, read, key);
      assertEquals(spf.latest(), read.latest(), key);
      for (org.rbm.core.cycle.Amendment a : spf.amendments()) {
        assertEquals(spf.asOf(a.date()), read.asOf(a.date()), key);
        if (!a.date().isBefore(spf.adoptedOn().plusDays(1))) {
          assertEquals(spf.asOf(a.date().minusDays(1)), read.asOf(a.date().minusDays(1)), key);
        }
      }
    }
    assertTrue(spfs.stream().anyMatch(s -> s.amendments().size() > 1),
        "the sample has SPFs with several amendments");
  }

  /**
   * 8 threads append {@link #EVENTS_PER_THREAD} events each (10,000 in all), in batches
   * of cancel/reopen, in turn to a stream shared with 3 other threads and to a stream of their
   * own, through one {@code Streams}. A writer appends at the version its own last append left
   * and reads the stream again only after a conflict, as an application would: each append
   * either lands once or is reported, naming the stream and both versions. At the end every
   * writer's events are in each stream exactly as many times as it appended them, the positions
   * run 1 to the version, and each stream's value is a sequential replay of its events.
   */
  @Test
  void concurrentWritersLoseNothingAndDuplicateNothing() throws Exception {
    int threads = 8;
    int eventsPerThread = EVENTS_PER_THREAD;
    int batches = eventsPerThread / BATCH;
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
        // What this writer last saw of each of its two streams.
        java.util.Map<String, StoredStream<Milestone>> seen = new java.util.HashMap<>();
        for (int i = 0; i < batches; i++) {
          String key = i % 2 == 0 ? "shared-" + (me % 2) : "own-" + me;
          StoredStream<Milestone> now = seen.computeIfAbsent(
              key, k -> streams.read(StreamKind.MILESTONES, k).orElseThrow());
          while (true) {
            List<StreamEvent<MilestoneEvent>> batch = new ArrayList<>();
            boolean planned = now.value().state() == MilestoneState.PLANNED;
            for (int b = 0; b < BATCH; b++) {
              batch.add(StreamEvent.of(planned ? new MilestoneEvent.Cancel()
                  : new MilestoneEvent.Reopen(), DAY, "writer-" + me));
              planned = !planned;
            }
            try {
              StoredStream<Milestone> after =
                  streams.append(StreamKind.MILESTONES, key, now.version(), batch);
              assertEquals(now.version() + BATCH, after.version());
              landed.addAndGet(BATCH);
              seen.put(key, after);
              break;
            } catch (StoreConflictException e) {
              assertEquals("milestone/\"" + key + "\"", e.stream());
              assertEquals(now.version(), e.lastSeenVersion());
              assertTrue(e.currentVersion() > e.lastSeenVersion(), e.getMessage());
              conflicts.incrementAndGet();
              now = streams.read(StreamKind.MILESTONES, key).orElseThrow();
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
    // Each writer appended half its batches to its own stream and half to its shared one.
    int half = batches / 2 * BATCH;
    long total = 0;
    for (String k : keys) {
      StoredStream<Milestone> s = streams.read(StreamKind.MILESTONES, k).orElseThrow();
      total += s.version();
      // A sequential replay: cancel, reopen, cancel, ... in the order of the positions.
      Milestone sequential = milestone("1", "Plan " + k);
      java.util.Map<String, Integer> byWriter = new java.util.TreeMap<>();
      for (var entry : s.value().history()) {
        sequential = sequential.apply(sequential.state() == MilestoneState.PLANNED
            ? new MilestoneEvent.Cancel() : new MilestoneEvent.Reopen(), DAY, entry.actor());
        byWriter.merge(entry.actor(), 1, Integer::sum);
      }
      assertEquals(sequential, s.value());
      assertEquals(s.version(), s.value().history().size());
      java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
      for (int t = 0; t < threads; t++) {
        if (k.equals("own-" + t) || k.equals("shared-" + (t % 2))) {
          expected.put("writer-" + t, half);
        }
      }
      assertEquals(expected, byWriter, k);
    }
    assertEquals((long) threads * eventsPerThread, total);
    // Writers that share a stream lose races now and then; the count is printed, not asserted:
    // how often they collide depends on the scheduler.
    System.out.println(getClass().getSimpleName() + ": " + conflicts.get() + " conflicts reported");
  }

  // ---- evaluation follow-up ----

  @Test
  void followUpQueriesGiveTheHandWorkedFigures() {
    for (Evaluation e : EvaluationFixtures.all()) {
      store.followUp().save(e);
    }
    FollowUpStore f = store.followUp();
    LocalDate asOf = EvaluationFixtures.AS_OF;
    // IEE-2008-02 R2: 2008-02-15 to 2008-06-30 = 14 + 31 + 30 + 31 + 30 = 136 days.
    assertEquals(List.of(new WaitingRecommendation(EvaluationId.of("IEE-2008-02"),
            RecommendationId.of("R2"), LocalDate.of(2008, 2, 15), 136)),
        f.withoutResponse(asOf, 90));
    assertEquals(List.of(), f.withoutResponse(asOf, 136));
    // On 2008-03-25, R1 (answered 04-01) and R2 of IEE-2008-02 wait 14 + 25 = 39 days.
    assertEquals(List.of("R1", "R2"), f.withoutResponse(LocalDate.of(2008, 3, 25), 30).stream()
        .map(w -> w.recommendation().toString()).toList());
    assertEquals(List.of(
            new LateAction(EvaluationId.of("IEE-2007-01"), RecommendationId.of("R1"),
                ActionId.of("R1.2"), ActionState.IN_PROGRESS, LocalDate.of(2008, 5, 31), 30),
            new LateAction(EvaluationId.of("IEE-2008-02"), RecommendationId.of("R1"),
                ActionId.of("R1.3"), ActionState.PLANNED, LocalDate.of(2008, 6, 1), 29)),
        f.overdueActions(asOf));
    // IEE-2007-01: R1.1 completed, R1.2 due and open: 1/2. IEE-2008-02: R1.1 completed, R1.3
    // due and open, R3.1 not done, R1.2 superseded (not counted): 1/3. Total 2/5.
    assertEquals(new FollowUpRate(2, 5), f.total(asOf));
    assertEquals(Optional.of(new BigDecimal("0.4")), f.total(asOf).rate());
    assertEquals("{IEE-2007-01=FollowUpRate[completed=1, counted=2],"
        + " IEE-2008-02=FollowUpRate[completed=1, counted=3]}", f.byEvaluation(asOf).toString());
    assertEquals(List.of(EvaluationType.INDEPENDENT_STRATEGY_OR_POLICY,
        EvaluationType.COUNTRY_PROGRAMME), List.copyOf(f.byType(asOf).keySet()));
    assertEquals(new FollowUpRate(1, 3),
        f.byType(asOf).get(EvaluationType.INDEPENDENT_STRATEGY_OR_POLICY));
    assertEquals(java.util.Map.of(IloRegion.ASIA_AND_THE_PACIFIC, new FollowUpRate(1, 2)),
        f.byRegion(asOf));
    assertEquals(java.util.Map.of(2007, new FollowUpRate(1, 2), 2008, new FollowUpRate(1, 3)),
        f.byYear(asOf));
    assertEquals(new FollowUpRate(0, 0), f.total(LocalDate.of(2007, 1, 1)));
  }

  @Test
  void keepsEvaluationsWithHostileTextsExactlyAndGivesTheirFigures() {
    String text = HOSTILE + "\0" + "x';--".repeat(20_000);
    Evaluation plain = EvaluationFixtures.cambodia();
    Evaluation hostile = plain.withTitle(text).withEvaluator(HOSTILE + "\0")
        .withRecommendations(plain.recommendations().stream()
            .map(r -> r.withText(text).withAddressee(HOSTILE)).toList());
    store.followUp().save(hostile);
    assertEquals(1, store.followUp().count());
    // IEE-2007-01 as of 2008-06-30: R1.1 completed, R1.2 due and still open, R2.1 not yet due.
    assertEquals(new FollowUpRate(1, 2), store.followUp().total(EvaluationFixtures.AS_OF));
    // Stored as JSON strings (PostgreSQL's text cannot hold NUL): read outside the SDK, exactly.
    Jdbi jdbi = Jdbi.create(dataSource);
    assertEquals(text, jsonString(jdbi.withHandle(h ->
        h.createQuery("SELECT title FROM rbm_evaluation").mapTo(String.class).one())));
    assertEquals(List.of(text, text, text), jdbi.withHandle(h ->
        h.createQuery("SELECT body FROM rbm_recommendation ORDER BY pos").mapTo(String.class)
            .list()).stream().map(StoreContractTest::jsonString).toList());
    // All tables are still there.
    assertEquals(Optional.empty(), store.documents().latest(DocumentType.ROADMAP, "k"));
  }

  private static String jsonString(String json) {
    try (jakarta.json.JsonReader r =
        jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      return ((jakarta.json.JsonString) r.readValue()).getString();
    }
  }

  @Test
  void followUpQueriesInSqlEqualFollowUpTrackingOnGeneratedEvaluations() {
    List<Evaluation> all = GeneratedEvaluations.draw(20081, 60);
    for (Evaluation e : all) {
      store.followUp().save(e);
    }
    // Saving again replaces, and keeps the order of the first save.
    store.followUp().save(all.get(0));
    assertEquals(all.size(), store.followUp().count());
    FollowUpStore f = store.followUp();
    for (int days = 0; days < 4 * 365; days += 97) {
      LocalDate asOf = GeneratedEvaluations.START.plusDays(days);
      FollowUpTracking t = FollowUpTracking.of(all, List.of(), asOf);
      String at = "as of " + asOf;
      assertEquals(t.withoutResponse(60).stream().map(p -> new WaitingRecommendation(
              p.evaluation(), p.recommendation().id(), p.reportDate(), p.daysWaiting())).toList(),
          f.withoutResponse(asOf, 60), at);
      assertEquals(t.overdueActions().stream().map(o -> new LateAction(o.evaluation(),
              o.recommendation(), o.action().id(), o.state(), o.action().due(), o.daysOverdue()))
          .toList(), f.overdueActions(asOf), at);
      assertEquals(rates(t.total()), f.total(asOf), at);
      assertEquals(ratesOf(t.byEvaluation()), f.byEvaluation(asOf), at);
      assertEquals(List.copyOf(t.byEvaluation().keySet()),
          List.copyOf(f.byEvaluation(asOf).keySet()), at);
      assertEquals(ratesOf(t.byType()), f.byType(asOf), at);
      assertEquals(ratesOf(t.byRegion()), f.byRegion(asOf), at);
      assertEquals(ratesOf(t.byYear()), f.byYear(asOf), at);
    }
  }

  private static FollowUpRate rates(ImplementationRate r) {
    return new FollowUpRate(r.completed(), r.counted());
  }

  private static <K> java.util.Map<K, FollowUpRate> ratesOf(java.util.Map<K, ImplementationRate> m) {
    java.util.Map<K, FollowUpRate> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, rates(v)));
    return out;
  }

  /** Events per append: each writer appends its events in batches of this many. */
  static final int BATCH = 25;

  /** Events each of the 8 concurrent writers appends: 1,250, 10,000 in all, on every database. */
  static final int EVENTS_PER_THREAD = 1250;

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
