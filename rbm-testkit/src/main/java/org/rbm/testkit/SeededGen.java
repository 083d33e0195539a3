package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import org.quicktheories.core.Gen;

/**
 * A QuickTheories generator that can also be sampled from a seed. Every generator of {@link RbmGen}
 * is one: pass it to {@code qt().forAll(..)} in a property, or call {@link #sample(long)} in a
 * benchmark or a demo.
 *
 * <pre>{@code
 * qt().forAll(RbmGen.planningPeriods()).check(p -> PlanningPeriod.parse(p.toString()).equals(p));
 * PlanningPeriod one = RbmGen.planningPeriods().sample(7);
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface SeededGen<T> extends Gen<T> {

  /**
   * Returns the first value drawn from the seed: the same seed always gives the same value (with
   * the same version of the testkit: a new version may draw differently).
   *
   * @param seed the seed
   * @return the value
   * @throws SamplingException if the generator rejects too many draws
   */
  default T sample(long seed) {
    return Sampler.of(this, seed).next();
  }

  /**
   * Returns a sampler that draws value after value from the seed.
   *
   * @param seed the seed
   * @return the sampler
   */
  default Sampler<T> sampler(long seed) {
    return Sampler.of(this, seed);
  }

  /**
   * Wraps any QuickTheories generator so that it can be sampled.
   *
   * @param gen the generator
   * @param <T> the type of the values
   * @return the same generator, with {@link #sample(long)} and {@link #sampler(long)}
   */
  static <T> SeededGen<T> of(Gen<T> gen) {
    requireNonNull(gen, "gen");
    if (gen instanceof SeededGen<T> seeded) {
      return seeded;
    }
    return new SeededGen<>() {
      @Override
      public T generate(org.quicktheories.core.RandomnessSource in) {
        return gen.generate(in);
      }

      @Override
      public String asString(T value) {
        return gen.asString(value);
      }
    };
  }
}
