package org.rbm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {
  private static final String JMH = """
      [{"benchmark": "org.rbm.benchmarks.JsonBenchmark.sdkRead", "params": {"indicators": "1000"},
        "primaryMetric": {"score": 30.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 2048000.0, "scoreUnit": "B/op"}}},
       {"benchmark": "org.rbm.benchmarks.JsonBenchmark.jacksonRead", "params": {"indicators": "1000"},
        "primaryMetric": {"score": 20.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 1024000.0, "scoreUnit": "B/op"}}},
       {"benchmark": "org.rbm.benchmarks.JsonBenchmark.sdkJacksonRead", "params": {"indicators": "1000"},
        "primaryMetric": {"score": 22.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 1536000.0, "scoreUnit": "B/op"}}},
       {"benchmark": "org.rbm.benchmarks.JsonBenchmark.jacksonReadAndBuild", "params": {"indicators": "1000"},
        "primaryMetric": {"score": 25.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 1280000.0, "scoreUnit": "B/op"}}}]
      """;

  @Test
  void dividesByTheSizeAndComparesTheSdkWithJackson() throws IOException {
    List<BenchSummary.Row> rows = BenchSummary.rows(JMH);
    assertEquals(4, rows.size());
    assertEquals("JsonBenchmark.sdkRead", rows.get(0).benchmark());
    assertEquals(1000, rows.get(0).size());
    String table = BenchSummary.table(rows);
    // 30 ms over 1,000 indicators: 30 µs each; 2,048,000 B: 2,000 KB, 2,048 B each.
    assertTrue(table.contains(
        "| JsonBenchmark.sdkRead | 1,000 indicators | 30.000 ms | 2,000 KB | 30.0 µs | 2,048 B |"),
        table);
    assertTrue(table.contains(
        "JsonBenchmark.sdkRead / JsonBenchmark.jacksonRead at 1,000 indicators: time 1.50,"
            + " allocation 2.00"), table);
    // The Jackson backend against the same baseline: 22 / 20 ms, 1,536,000 / 1,024,000 B.
    assertTrue(table.contains(
        "JsonBenchmark.sdkJacksonRead / JsonBenchmark.jacksonRead at 1,000 indicators: time 1.10,"
            + " allocation 1.50"), table);
    // And against databind with the SDK's objects built: 22 / 25 ms, 1,536,000 / 1,280,000 B.
    assertTrue(table.contains(
        "JsonBenchmark.sdkJacksonRead / JsonBenchmark.jacksonReadAndBuild at 1,000 indicators:"
            + " time 0.88, allocation 1.20"), table);
  }

  private static final String STORE = """
      [{"benchmark": "org.rbm.benchmarks.StoreStreamBenchmark.read",
        "params": {"events": "100000", "store": "postgres"},
        "primaryMetric": {"score": 4000.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 1000000000.0, "scoreUnit": "B/op"}}},
       {"benchmark": "org.rbm.benchmarks.StoreStreamBenchmark.read",
        "params": {"events": "100000", "store": "h2-mem"},
        "primaryMetric": {"score": 1000.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 900000000.0, "scoreUnit": "B/op"}}},
       {"benchmark": "org.rbm.benchmarks.StoreStreamBenchmark.jsonOnlyReplay",
        "params": {"events": "100000"},
        "primaryMetric": {"score": 800.0, "scoreUnit": "ms/op"},
        "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 850000000.0, "scoreUnit": "B/op"}}}]
      """;

  @Test
  void namesTheDatabaseAndGivesTheShareOfTheWorkWithoutSql() throws IOException {
    List<BenchSummary.Row> rows = BenchSummary.rows(STORE);
    assertEquals("postgres", rows.get(0).store());
    assertEquals("", rows.get(2).store());
    String table = BenchSummary.table(rows);
    // 4,000 ms over 100,000 events: 40 µs each; 1,000,000,000 B: 976,563 KB, 10,000 B each.
    assertTrue(table.contains("| StoreStreamBenchmark.read [postgres] | 100,000 events |"
        + " 4,000.000 ms | 976,563 KB | 40.0 µs | 10,000 B |"), table);
    // Without SQL: 800 of 4,000 ms is 20%, 850 of 1,000 MB 85%; on H2 800 of 1,000 ms, 850 of 900.
    assertTrue(table.contains("StoreStreamBenchmark.read [postgres] at 100,000 events: without SQL"
        + " (StoreStreamBenchmark.jsonOnlyReplay) time 20%, allocation 85%"), table);
    assertTrue(table.contains("StoreStreamBenchmark.read [h2-mem] at 100,000 events: without SQL"
        + " (StoreStreamBenchmark.jsonOnlyReplay) time 80%, allocation 94%"), table);
  }
}
