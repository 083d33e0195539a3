package org.rbm.testkit.internal;

import org.quicktheories.core.Configuration;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.PseudoRandom;
import org.quicktheories.impl.ConcreteDetachedSource;
import org.quicktheories.impl.Constraint;
import org.quicktheories.impl.ExtendedRandomnessSource;
import org.quicktheories.impl.Precursor;
import org.rbm.testkit.SamplingException;

/**
 * Drives any QuickTheories generator from a seed, outside {@code qt()}: each draw is uniform within
 * the draw's constraint, taken from QuickTheories' own seeded pseudo-random generator.
 *
 * <p>QuickTheories keeps a constraint's bounds package-private; the only public way to read them is
 * through a {@link Precursor}, which a {@link ConcreteDetachedSource} fills and hands back to its
 * parent on {@code commit()}. So each draw first records the constraint in a throw-away detached
 * source (answering the nested call with a dummy value) and reads the bounds from the precursor it
 * commits. Not thread-safe: one instance per thread.
 */
public final class SeededRandomness implements ExtendedRandomnessSource {
  /** As QuickTheories' default: a generator that filters away more draws than this gives up. */
  private static final int MAX_FAILED_ASSUMPTIONS = 10_000;

  private final PseudoRandom random;
  private boolean probing;
  private Precursor probed = new Precursor();
  private int failedAssumptions;

  /**
   * Creates a source whose draws are fixed by the seed.
   *
   * @param seed the seed
   */
  public SeededRandomness(long seed) {
    this.random = Configuration.defaultPRNG(mix(seed));
  }

  /**
   * SplitMix64's finalizer, a bijection: QuickTheories' generator treats seed 0 as 1, and nearby
   * seeds start from nearby states; mixed, seeds 0, 1, 2... start far apart.
   */
  private static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Starts a new value: the count of rejected draws starts again from zero. */
  public void startValue() {
    failedAssumptions = 0;
  }

  @Override
  public long next(Constraint constraint) {
    return tryNext(constraint);
  }

  @Override
  public long tryNext(Constraint constraint) {
    if (probing) {
      return 0;
    }
    probing = true;
    try {
      ConcreteDetachedSource probe = new ConcreteDetachedSource(this);
      probe.next(constraint);
      probe.commit();
    } finally {
      probing = false;
    }
    return random.nextLong(probed.min(0), probed.max(0));
  }

  @Override
  public void add(Precursor precursor) {
    // Only the probe's precursor matters; what detached sources of generators commit is not kept,
    // since nothing is ever shrunk here.
    if (probing) {
      probed = precursor;
    }
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return new ConcreteDetachedSource(this);
  }

  @Override
  public void registerFailedAssumption() {
    failedAssumptions++;
    if (failedAssumptions > MAX_FAILED_ASSUMPTIONS) {
      throw new SamplingException(MAX_FAILED_ASSUMPTIONS);
    }
  }
}
