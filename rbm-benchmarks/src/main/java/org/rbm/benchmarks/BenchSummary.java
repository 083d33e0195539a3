package org.rbm.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH's JSON results (of {@code -prof gc}) as a Markdown table: time and allocation per
 * operation and per unit (indicator, event or strategy), the database of the store benchmarks in
 * brackets, then the SDK-to-Jackson ratios of the JSON benchmarks and the share of the work
 * without SQL in each store benchmark.
 */
public final class BenchSummary {
  private BenchSummary() {}

  /**
   * The SDK's JSON benchmarks (JSON-P and Jackson backends) and the databind ones each is held to:
   * reading against databind into plain objects, and against databind with the SDK's objects built
   * from them.
   */
  private static final Map<String, List<String>> JSON_BASELINES = Map.of(
      "JsonBenchmark.sdkRead",
      List.of("JsonBenchmark.jacksonRead", "JsonBenchmark.jacksonReadAndBuild"),
      "JsonBenchmark.sdkWrite", List.of("JsonBenchmark.jacksonWrite"),
      "JsonBenchmark.sdkJacksonRead",
      List.of("JsonBenchmark.jacksonRead", "JsonBenchmark.jacksonReadAndBuild"),
      "JsonBenchmark.sdkJacksonWrite", List.of("JsonBenchmark.jacksonWrite"));

  /**
   * Each store benchmark and the same work without SQL, on no database: the JSON (and, for
   * streams, the workflow) a store operation does in memory.
   */
  private static final Map<String, String> STORE_WITHOUT_SQL = Map.of(
      "StoreDocumentBenchmark.save", "StoreDocumentBenchmark.jsonWrite",
      "StoreDocumentBenchmark.latest", "StoreDocumentBenchmark.jsonRead",
      "StoreStreamBenchmark.appendInBatches", "StoreStreamBenchmark.jsonOnlyAppend",
      "StoreStreamBenchmark.read", "StoreStreamBenchmark.jsonOnlyReplay");

  /** One benchmark at one size, on one database ({@code store}, empty for the others). */
  record Row(String benchmark, String store, String unit, long size, double time, String timeUnit,
      double bytes) {
    double timePerUnit() {
      return time / size;
    }

    /** The benchmark's name, then its database in brackets if it has one. */
    String label() {
      return store.isEmpty() ? benchmark : benchmark + " [" + store + "]";
    }
  }

  /**
   * Reads JMH's JSON results.
   *
   * @param json the text of JMH's {@code -rf json} file
   * @return the rows, in the file's order
   * @throws IOException if the text is not JSON
   */
  static List<Row> rows(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(json)) {
      String name = run.path("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode params = run.path("params");
      String unit = "op";
      long size = 1;
      // A query's cost is per call, whatever the size of what it queries.
      boolean perCall = shortName.endsWith("linksOf");
      for (String p : List.of("indicators", "events", "strategies")) {
        if (params.has(p) && !perCall) {
          unit = p.substring(0, p.length() - 1);
          size = params.path(p).asLong();
        }
      }
      JsonNode primary = run.path("primaryMetric");
      String timeUnit = primary.path("scoreUnit").asText().replace("/op", "");
      double bytes = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(
          Double.NaN);
      String store = params.path("store").asText("");
      rows.add(new Row(shortName, store, unit, size, primary.path("score").asDouble(), timeUnit,
          bytes));
    }
    return rows;
  }

  private static String perUnit(double time, String timeUnit) {
    double ns = switch (timeUnit) {
      case "ms" -> time * 1e6;
      case "us" -> time * 1e3;
      case "s" -> time * 1e9;
      default -> time;
    };
    return ns >= 1e4 ? String.format(Locale.ROOT, "%,.1f µs", ns / 1e3)
        : String.format(Locale.ROOT, "%,.0f ns", ns);
  }

  /**
   * Renders the rows as Markdown.
   *
   * @param rows the rows
   * @return the table, then the ratios
   */
  static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Size | Time/op | Alloc/op | Time per unit | Alloc per unit |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row r : rows) {
      byKey.put(r.label() + "/" + r.size(), r);
      out.append(String.format(Locale.ROOT, "| %s | %,d %ss | %,.3f %s | %,.0f KB | %s | %,.0f B |%n",
          r.label(), r.size(), r.unit(), r.time(), r.timeUnit(), r.bytes() / 1024,
          perUnit(r.timePerUnit(), r.timeUnit()), r.bytes() / r.size()));
    }
    for (Row r : rows) {
      for (String jackson : JSON_BASELINES.getOrDefault(r.benchmark(), List.of())) {
        Row j = byKey.get(jackson + "/" + r.size());
        if (j != null && j.timeUnit().equals(r.timeUnit())) {
          out.append(String.format(Locale.ROOT,
              "%n%s / %s at %,d indicators: time %.2f, allocation %.2f", r.benchmark(), jackson,
              r.size(), r.time() / j.time(), r.bytes() / j.bytes()));
        }
      }
    }
    for (Row r : rows) {
      String alone = STORE_WITHOUT_SQL.get(r.benchmark());
      Row a = alone == null ? null : byKey.get(alone + "/" + r.size());
      if (a != null && a.timeUnit().equals(r.timeUnit())) {
        out.append(String.format(Locale.ROOT,
            "%n%s at %,d %ss: without SQL (%s) time %.0f%%, allocation %.0f%%", r.label(),
            r.size(), r.unit(), alone, 100 * a.time() / r.time(), 100 * a.bytes() / r.bytes()));
      }
    }
    return out.append('\n').toString();
  }

  /**
   * Prints the table of a JMH result file.
   *
   * @param args the path of JMH's JSON file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.print(table(rows(Files.readString(Path.of(args[0])))));
  }
}
