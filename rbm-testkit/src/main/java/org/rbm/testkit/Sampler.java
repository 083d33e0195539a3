package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.quicktheories.core.Gen;
import org.rbm.core.InvalidValueException;
import org.rbm.testkit.internal.SeededRandomness;

/**
 * Draws values from any QuickTheories generator outside a property, from a seed: for benchmarks,
 * demos and fixtures. The same generator and seed give the same values, in the same order.
 *
 * <pre>{@code
 * Sampler<ResultsFramework> frameworks = Sampler.of(RbmGen.frameworks(), 42);
 * ResultsFramework first = frameworks.next();
 * ImmutableList<ResultsFramework> tenMore = frameworks.next(10);
 * }</pre>
 *
 * <p>Each draw is uniform within the bounds the generator asks for; unlike {@code qt()}, a sampler
 * does not start from the smallest and the largest values. Not thread-safe: use one sampler per
 * thread.
 *
 * @param <T> the type of the values
 */
public final class Sampler<T> {
  private final Gen<T> gen;
  private final long seed;
  private final SeededRandomness randomness;

  private Sampler(Gen<T> gen, long seed) {
    this.gen = gen;
    this.seed = seed;
    this.randomness = new SeededRandomness(seed);
  }

  /**
   * Returns a sampler of the generator's values, fixed by the seed.
   *
   * @param gen the generator, such as {@code RbmGen.frameworks()}
   * @param seed the seed; the same seed gives the same values
   * @param <T> the type of the values
   * @return the sampler
   */
  public static <T> Sampler<T> of(Gen<T> gen, long seed) {
    return new Sampler<>(requireNonNull(gen, "gen"), seed);
  }

  /**
   * Draws the next value.
   *
   * @return the value
   * @throws SamplingException if the generator rejects, through {@code assuming}, more than 10,000
   *     draws in a row
   */
  public T next() {
    randomness.startValue();
    return gen.generate(randomness);
  }

  /**
   * Draws the next {@code count} values.
   *
   * @param count how many, at least 0
   * @return the values, in the order drawn
   * @throws InvalidValueException if {@code count} is negative
   * @throws SamplingException as {@link #next()}
   */
  public ImmutableList<T> next(int count) {
    if (count < 0) {
      throw new InvalidValueException("count", count, "at least 0");
    }
    ImmutableList.Builder<T> values = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      values.add(next());
    }
    return values.build();
  }

  /**
   * Returns the seed the sampler started from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }
}
