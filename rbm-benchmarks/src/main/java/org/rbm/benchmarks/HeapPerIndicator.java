package org.rbm.benchmarks;

import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;
import org.rbm.testkit.RbmGen;

/**
 * The retained heap of a framework per indicator, measured with JOL: every object reachable from
 * the framework (shared constants such as enum values included, once), divided by its indicators.
 * Measured on a freshly generated framework, and again after it has been written to JSON once.
 */
public final class HeapPerIndicator {
  private HeapPerIndicator() {}

  /** Bytes per indicator, before and after one write. */
  public record Figures(int indicators, int periods, long before, long after, long jsonChars) {
    /**
     * Returns the retained bytes per indicator before the write.
     *
     * @return bytes per indicator
     */
    public long beforePerIndicator() {
      return before / indicators;
    }

    /**
     * Returns the retained bytes per indicator after the write.
     *
     * @return bytes per indicator
     */
    public long afterPerIndicator() {
      return after / indicators;
    }
  }

  /**
   * Measures a framework of the given size.
   *
   * @param indicators a multiple of 30
   * @param periods reporting periods per indicator
   * @return the figures
   */
  public static Figures measure(int indicators, int periods) {
    int perLevel = indicators / (Frameworks.LEVELS * Frameworks.INDICATORS_PER_RESULT);
    ResultsFramework f = RbmGen.frameworks()
        .resultsPerLevel(perLevel, perLevel)
        .indicatorsPerResult(Frameworks.INDICATORS_PER_RESULT, Frameworks.INDICATORS_PER_RESULT)
        .periodsPerIndicator(periods, periods)
        .sample(43);
    long before = GraphLayout.parseInstance(f).totalSize();
    String json = RbmJson.strict().write(f);
    long after = GraphLayout.parseInstance(f).totalSize();
    return new Figures(Frameworks.indicatorsOf(f), periods, before, after, json.length());
  }

  /**
   * Prints the figures for 9,990 indicators with 8 periods each.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 9990;
    Figures f = measure(indicators, 8);
    System.out.printf(Locale.ROOT,
        "heap per indicator (%d indicators, %d periods): %d B before a write, %d B after;"
            + " JSON %d chars per indicator%n",
        f.indicators(), f.periods(), f.beforePerIndicator(), f.afterPerIndicator(),
        f.jsonChars() / f.indicators());
  }
}
