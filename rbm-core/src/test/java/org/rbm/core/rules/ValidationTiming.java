package org.rbm.core.rules;

import java.util.Locale;
import org.rbm.core.results.ResultsFramework;

/**
 * A one-off measurement, not a test: validates frameworks of 10,000 to 100,000 indicators with the
 * standard rules and prints the time each takes. Run after {@code mvn -pl rbm-core test-compile}
 * with the test classes, the main classes and Guava on the class path.
 */
final class ValidationTiming {
  private ValidationTiming() {}

  public static void main(String[] args) {
    // Warm up the JIT on a smaller framework first.
    for (int i = 0; i < 5; i++) {
      StandardRules.validator().validate(LargeFrameworks.withIndicators(10_000));
    }
    for (int size : new int[] {10_000, 25_000, 50_000, 100_000}) {
      ResultsFramework framework = LargeFrameworks.withIndicators(size);
      framework.resultsInTreeOrder(); // build the framework's index outside the measurement
      long best = Long.MAX_VALUE;
      int findings = 0;
      for (int run = 0; run < 5; run++) {
        long start = System.nanoTime();
        ValidationReport report = StandardRules.validator().validate(framework);
        best = Math.min(best, System.nanoTime() - start);
        findings = report.findings().size();
      }
      System.out.printf(Locale.ROOT, "%,d indicators, %,d results: best of 5 %.0f ms, %,d findings%n",
          size, framework.results().size(), best / 1e6, findings);
    }
  }
}
