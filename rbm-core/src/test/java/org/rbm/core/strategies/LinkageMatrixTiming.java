package org.rbm.core.strategies;

import java.util.Locale;

/**
 * A one-off measurement, not a test: builds and queries a matrix of the five ILO core strategies
 * and {@code n} other strategies with three statements in every cell. Run with {@code java -cp
 * <test and main classes, guava> org.rbm.core.strategies.LinkageMatrixTiming 20000}. The
 * renderings and the CSV reader are measured in rbm-text.
 */
final class LinkageMatrixTiming {
  private LinkageMatrixTiming() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      LinkageMatrix.Builder b = LinkageMatrix.builder().addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES);
      for (int i = 0; i < n; i++) {
        b.addOtherStrategy(StrategyId.of("S" + i), "Strategy number " + i);
      }
      for (int i = 0; i < n; i++) {
        for (StrategyHeading core : LinkageMatrix.ILO_CORE_STRATEGIES) {
          for (int k = 0; k < 3; k++) {
            b.link(core.id(), StrategyId.of("S" + i), "Statement " + k + ", with a comma");
          }
        }
      }
      LinkageMatrix m = b.build();
      long t1 = System.nanoTime();
      int gaps = m.gaps().size();
      int links = m.linksOf(StrategyId.of("KNOWLEDGE")).size();
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT,
          "n=%d cells=%d statements=%d: build %d ms, gaps+linksOf %d ms (%d, %d)%n",
          n, m.cells().size(), m.cells().size() * 3, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          gaps, links);
    }
  }
}
