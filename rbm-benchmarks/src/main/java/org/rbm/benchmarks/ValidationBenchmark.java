package org.rbm.benchmarks;

import java.time.LocalDate;
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
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.RollUp;
import org.rbm.core.progress.RollUpPolicy;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.StandardRules;
import org.rbm.core.rules.ValidationReport;
import org.rbm.core.rules.Validator;

/**
 * Validation with the standard rules, progress and roll-up (worst status) of a whole framework, at
 * several sizes: per indicator, each should cost the same at every size (linear).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ValidationBenchmark {
  /** Indicators in the framework. */
  @Param({"990", "9990", "99990"})
  public int indicators;

  private final Validator<ResultsFramework> validator = StandardRules.validator();
  private final ProgressCalculator calculator = ProgressCalculator.of(ProgressSettings.defaults());
  private ResultsFramework framework = Frameworks.of(30, 4);
  private LocalDate asOf = LocalDate.of(2000, 1, 1);
  private ProgressReport report = calculator.report(framework, asOf);

  /** Makes the framework and its progress report. */
  @Setup(Level.Trial)
  public void setUp() {
    framework = Frameworks.of(indicators, 4);
    asOf = framework.planningPeriod().toDateRange().end();
    report = calculator.report(framework, asOf);
  }

  /**
   * Validates the framework with the standard rules.
   *
   * @return the findings
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(framework);
  }

  /**
   * Computes the progress of every indicator at the end of the planning period.
   *
   * @return the report
   */
  @Benchmark
  public ProgressReport progress() {
    return calculator.report(framework, asOf);
  }

  /**
   * Rolls the progress up the results chain by worst status.
   *
   * @return the roll-up
   */
  @Benchmark
  public RollUp rollUp() {
    return report.rollUp(RollUpPolicy.worstStatus());
  }
}
