package org.rbm.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rbm.core.strategies.LinkageCell;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.StrategyId;

/**
 * A linkage matrix of 5 core management strategies and many other strategies, each other
 * strategy linked to every core strategy (five cells per row): building it, and the links of one
 * strategy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LinkageBenchmark {
  private static final int CORE = 5;

  /** Strategies in the matrix, core ones included. */
  @Param({"2000", "20000"})
  public int strategies;

  private LinkageMatrix matrix = LinkageMatrix.builder().addCoreStrategy(core(0), "core 0").build();
  private StrategyId some = core(0);

  private static StrategyId core(int i) {
    return StrategyId.of("CORE-" + i);
  }

  private static StrategyId other(int i) {
    return StrategyId.of("S-" + i);
  }

  /**
   * Builds the matrix from its strategies and links.
   *
   * @param strategies strategies in the matrix, core ones included
   * @return the matrix
   */
  public static LinkageMatrix build(int strategies) {
    LinkageMatrix.Builder b = LinkageMatrix.builder();
    for (int c = 0; c < CORE; c++) {
      b.addCoreStrategy(core(c), "Core strategy " + c);
    }
    for (int s = 0; s < strategies - CORE; s++) {
      b.addOtherStrategy(other(s), "Strategy " + s);
    }
    for (int s = 0; s < strategies - CORE; s++) {
      for (int c = 0; c < CORE; c++) {
        b.link(other(s), core(c), "Strategy " + s + " supports core strategy " + c);
      }
    }
    return b.build();
  }

  /** Builds the matrix the queries run on. */
  @Setup(Level.Trial)
  public void setUp() {
    matrix = build(strategies);
    some = other((strategies - CORE) / 2);
  }

  /**
   * Builds a matrix.
   *
   * @return the matrix
   */
  @Benchmark
  public LinkageMatrix buildMatrix() {
    return build(strategies);
  }

  /**
   * The links of one strategy in the middle of the matrix.
   *
   * @return its cells
   */
  @Benchmark
  public ImmutableList<LinkageCell> linksOf() {
    return matrix.linksOf(some);
  }
}
