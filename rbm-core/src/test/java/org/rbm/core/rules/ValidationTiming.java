package org.rbm.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * A one-off measurement, not a test: validates frameworks of 10,000 to 100,000 indicators with the
 * standard rules and prints the best of five times for each. From the repository's root:
 *
 * <pre>
 * mvn -B -ntp -o -q -pl rbm-core test-compile
 * M2=$HOME/.m2/repository/com/google/guava
 * java -cp rbm-core/target/classes:rbm-core/target/test-classes:$M2/guava/33.8.0-jre/guava-33.8.0-jre.jar:$M2/failureaccess/1.0.1/failureaccess-1.0.1.jar \
 *     org.rbm.core.rules.ValidationTiming
 * </pre>
 *
 * On the project's 2-core build machine (November 2026): 10,000 indicators in about 30 ms, 50,000
 * in about 85 ms, 100,000 (11,100 results) in 140 to 290 ms (the machine is shared, so times
 * vary).
 */
final class ValidationTiming {
  private ValidationTiming() {}

  public static void main(String[] args) {
    // Warm up the JIT on a smaller framework first.
    for (int i = 0; i < 5; i++) {
      ValidationReport unused =
          StandardRules.validator().validate(LargeFrameworks.withIndicators(10_000));
    }
    for (int size : new int[] {10_000, 25_000, 50_000, 100_000}) {
      ResultsFramework framework = LargeFrameworks.withIndicators(size);
      // Builds the framework's index outside the measurement.
      ImmutableList<Result> unused = framework.resultsInTreeOrder();
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
