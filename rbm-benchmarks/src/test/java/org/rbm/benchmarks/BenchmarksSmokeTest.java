package org.rbm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.StandardRules;
import org.rbm.json.RbmJson;
import org.rbm.store.StoredStream;

/**
 * Each benchmark method runs once, on the smallest size, and returns what it should: the
 * benchmarks keep compiling and working without being timed (timing is JMH's, in
 * scripts/bench.sh).
 */
class BenchmarksSmokeTest {
  /** JMH's sink for values a benchmark must not let the JIT drop; here it only keeps them. */
  private static final Blackhole BLACKHOLE = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void jmhFoundEveryBenchmarkClass() throws IOException {
    String list;
    try (InputStream in = Objects.requireNonNull(
        getClass().getResourceAsStream("/META-INF/BenchmarkList"), "BenchmarkList")) {
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : List.of("JsonBenchmark", "ValidationBenchmark", "MilestoneBenchmark",
        "LinkageBenchmark", "StoreStreamBenchmark", "StoreDocumentBenchmark", "IatiBenchmark")) {
      assertTrue(list.contains("org.rbm.benchmarks." + name), name + " in " + list);
    }
  }

  @Test
  void jsonBenchmarksReadAndWriteTheSameDocument() throws JsonProcessingException {
    JsonBenchmark b = new JsonBenchmark();
    b.indicators = 30;
    b.setUp();
    ResultsFramework read = b.sdkRead();
    assertEquals(30, Frameworks.indicatorsOf(read));
    String written = b.sdkWrite();
    assertEquals(read, RbmJson.strict().readFramework(written));
    FrameworkDocument doc = b.jacksonRead();
    assertEquals(3, Objects.requireNonNull(doc.results).size());
    assertEquals(10, Objects.requireNonNull(doc.results.get(0).indicators).size());
    // Jackson writes back what it read: the same objects from its own text.
    String again = b.jacksonWrite();
    FrameworkDocument reread = FrameworkDocument.mapper().readValue(again, FrameworkDocument.class);
    assertEquals(doc.id, reread.id);
    assertEquals(read, RbmJson.strict().readFramework(again));
  }

  @Test
  void jacksonBackendReadsAndWritesWhatJsonPDoes() throws JsonProcessingException {
    JsonBenchmark b = new JsonBenchmark();
    b.indicators = 30;
    b.setUp();
    assertEquals(b.sdkRead(), b.sdkJacksonRead());
    assertEquals(30, Frameworks.indicatorsOf(b.sdkJacksonRead()));
    assertEquals(b.sdkWrite(), b.sdkJacksonWrite());
  }

  @Test
  void databindWithTheModelBuiltGivesTheSameFramework() throws JsonProcessingException {
    // 990 indicators: enough for the generator to use every field the document maps.
    JsonBenchmark b = new JsonBenchmark();
    b.indicators = 990;
    b.setUp();
    assertEquals(b.sdkRead(), b.jacksonReadAndBuild());
  }

  @Test
  void storeStreamBenchmarkAppendsAndReadsEveryEventOnEachDatabase() throws IOException {
    StoreStreamBenchmark b = new StoreStreamBenchmark();
    // Two batches: 100 events, then 50.
    b.events = 150;
    b.setUp();
    Milestone inMemory = b.workflowOnly();
    // Start, then 149 alternating Submit/Reopen: the last (index 149) is a Submit.
    assertEquals(150, inMemory.history().size());
    assertEquals(MilestoneState.SUBMITTED_FOR_APPROVAL, inMemory.history().state());
    assertEquals(inMemory, b.jsonOnlyReplay());
    assertEquals(inMemory, b.jsonOnlyAppend(BLACKHOLE));
    onEachDatabase(store -> {
      StoredStream<Milestone> appended = b.appendInBatches(store);
      assertEquals(150, appended.version(), store.store);
      assertEquals(inMemory, appended.value(), store.store);
      StoreStreamBenchmark.Stored stored = new StoreStreamBenchmark.Stored();
      stored.store(b, store);
      StoredStream<Milestone> read = b.read(store, stored);
      assertEquals(150, read.version(), store.store);
      assertEquals(inMemory, read.value(), store.store);
    });
  }

  @Test
  void storeDocumentBenchmarkSavesAndReadsTheFrameworkOnEachDatabase() throws IOException {
    StoreDocumentBenchmark b = new StoreDocumentBenchmark();
    b.indicators = 30;
    b.setUp();
    ResultsFramework framework = Frameworks.of(30, 4);
    assertEquals(framework, b.jsonRead());
    assertEquals(RbmJson.strict().write(framework), b.jsonWrite());
    onEachDatabase(store -> {
      StoreDocumentBenchmark.Saved saved = new StoreDocumentBenchmark.Saved();
      saved.save(b, store);
      assertEquals(framework, b.latest(store, saved).value(), store.store);
      assertEquals(1, b.save(store).version(), store.store);
      assertEquals(2, b.save(store).version(), store.store);
    });
  }

  /** Runs a check on a new store on each database the store benchmarks use, then closes it. */
  private static void onEachDatabase(Consumer<StoreState> check) throws IOException {
    for (String database : List.of("h2-mem", "h2-file", "postgres")) {
      StoreState store = new StoreState();
      store.store = database;
      store.open();
      try {
        check.accept(store);
      } finally {
        store.close();
      }
    }
  }

  @Test
  void validationProgressAndRollUpCoverEveryIndicator() {
    ValidationBenchmark b = new ValidationBenchmark();
    b.indicators = 30;
    b.setUp();
    assertEquals(
        StandardRules.validator().validate(Frameworks.of(30, 4)).findings(),
        b.validate().findings());
    assertEquals(30, b.progress().indicators().size());
    assertEquals(3, b.rollUp().results().size());
  }

  @Test
  void iatiBenchmarksReadEveryIndicatorAndWriteTheSameEvents() throws Exception {
    IatiBenchmark b = new IatiBenchmark();
    b.activities = 3;
    b.setUp();
    // 3 activities of 3 results with 2 indicators each.
    assertEquals(18, b.sdkRead());
    // Per activity: iati-activity, iati-identifier, reporting-org + narrative, title + narrative,
    // description + narrative, participating-org + narrative, activity-status, 2 activity-dates
    // (13); per result: result, title + narrative, description + narrative (5) and 2 indicators
    // of indicator, title + narrative, baseline, comment + narrative (6) and 2 periods of period,
    // period-start, period-end, target, comment + narrative, actual, comment + narrative (9 each):
    // 13 + 3 * (5 + 2 * (6 + 18)) = 172; 3 activities and the root.
    assertEquals(3 * 172 + 1, b.bareStaxRead());
    assertTrue(b.sdkWriteOneActivity().isComplete());
    assertTrue(b.bareStaxWriteOneActivity() > 2 * 172);
  }

  @Test
  void milestoneBenchmarkAppliesEveryEvent() {
    MilestoneBenchmark b = new MilestoneBenchmark();
    b.events = 4;
    b.setUp();
    Milestone m = b.applyOneByOne();
    // Start, Submit, Reopen, Submit.
    assertEquals(4, m.history().size());
    assertEquals(MilestoneState.SUBMITTED_FOR_APPROVAL, m.history().state());
  }

  @Test
  void linkageBenchmarkBuildsFiveCellsPerOtherStrategy() {
    LinkageBenchmark b = new LinkageBenchmark();
    b.strategies = 25;
    b.setUp();
    assertEquals(100, b.buildMatrix().cells().size());
    assertEquals(5, b.linksOf().size());
  }

  @Test
  void heapPerIndicatorIsMeasured() {
    HeapPerIndicator.Figures f = HeapPerIndicator.measure(30, 8);
    assertEquals(30, f.indicators());
    assertTrue(f.beforePerIndicator() > 100, "a framework holds more than 100 B per indicator");
    assertTrue(f.after() >= f.before(), "a write adds nothing the framework keeps, or something");
    assertTrue(f.jsonChars() > 0);
  }
}
