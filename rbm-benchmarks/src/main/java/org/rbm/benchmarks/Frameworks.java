package org.rbm.benchmarks;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rbm.core.results.ResultsFramework;
import org.rbm.testkit.RbmGen;

/**
 * The frameworks the benchmarks work on: generated ILO-scheme frameworks (strategic objectives,
 * outcomes, immediate outcomes) with 10 indicators per result, the same for the same size.
 */
public final class Frameworks {
  /** Indicators per result. */
  public static final int INDICATORS_PER_RESULT = 10;

  /** Levels of the ILO scheme, each holding the same number of results. */
  public static final int LEVELS = 3;

  private static final ConcurrentMap<String, ResultsFramework> MADE = new ConcurrentHashMap<>();

  private Frameworks() {}

  /**
   * Returns a framework of exactly {@code indicators} indicators with {@code periods} reporting
   * periods each.
   *
   * @param indicators a multiple of 30 (3 levels of 10 indicators per result)
   * @param periods reporting periods per indicator
   * @return the framework, the same for the same arguments
   */
  public static ResultsFramework of(int indicators, int periods) {
    if (indicators <= 0 || indicators % (LEVELS * INDICATORS_PER_RESULT) != 0) {
      throw new IllegalArgumentException("indicators: got " + indicators + ", expected a multiple of 30");
    }
    return MADE.computeIfAbsent(indicators + "/" + periods, k -> {
      int perLevel = indicators / (LEVELS * INDICATORS_PER_RESULT);
      return RbmGen.frameworks()
          .resultsPerLevel(perLevel, perLevel)
          .indicatorsPerResult(INDICATORS_PER_RESULT, INDICATORS_PER_RESULT)
          .periodsPerIndicator(periods, periods)
          .sample(42);
    });
  }

  /**
   * Returns the number of indicators of a framework.
   *
   * @param framework the framework
   * @return its indicators
   */
  public static int indicatorsOf(ResultsFramework framework) {
    return framework.results().stream().mapToInt(r -> r.indicators().size()).sum();
  }
}
