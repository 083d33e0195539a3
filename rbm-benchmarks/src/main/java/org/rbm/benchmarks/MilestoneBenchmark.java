package org.rbm.benchmarks;

import com.google.common.collect.ImmutableList;
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
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;

/**
 * A milestone's events applied one by one: started, then submitted and reopened again and again.
 * The time per event should not grow with the length of the history (linear sequences).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MilestoneBenchmark {
  /** Events in the sequence. */
  @Param({"10", "1000", "10000"})
  public int events;

  private ImmutableList<MilestoneEvent> sequence = ImmutableList.of();
  /** Milestone 6 of the ILO roadmap as recorded, before any event. */
  static final Milestone PLANNED = Milestone.builder()
      .id(MilestoneId.of("6"))
      .area("Performance and accountability")
      .owner("International Labour Office")
      .initialStatement("New staff performance management system introduced")
      .initialDue(Due.ofYear(2009))
      .initialState(MilestoneState.PLANNED)
      .recordedOn(LocalDate.of(2007, 10, 12))
      .recordedBy("GB.300/PFA/9/1")
      .build();

  /** Makes the sequence: start, then submit and reopen in turn. */
  @Setup(Level.Trial)
  public void setUp() {
    ImmutableList.Builder<MilestoneEvent> b = ImmutableList.builder();
    b.add(new MilestoneEvent.Start());
    for (int i = 1; i < events; i++) {
      b.add(i % 2 == 1 ? new MilestoneEvent.Submit() : new MilestoneEvent.Reopen());
    }
    sequence = b.build();
  }

  /**
   * Applies every event of the sequence, one by one, each a day after the one before.
   *
   * @return the milestone after the last event
   */
  @Benchmark
  public Milestone applyOneByOne() {
    Milestone m = PLANNED;
    LocalDate day = LocalDate.of(2008, 1, 1);
    for (MilestoneEvent e : sequence) {
      m = m.apply(e, day, "Director-General");
      day = day.plusDays(1);
    }
    return m;
  }
}
