package org.rbm.testkit.internal;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The few draws every generator here is made of. Each is one QuickTheories draw with a constraint
 * whose shrink point is the "smallest" answer (the minimum, {@code false}, the first element), so
 * that QuickTheories' shrinking of the underlying numbers shrinks the generated values too.
 */
public final class Draw {
  private Draw() {}

  /**
   * Draws an int in {@code [min, max]}, shrinking towards {@code min}.
   *
   * @param in the randomness
   * @param min the smallest answer
   * @param max the largest answer, at least {@code min}
   * @return the number
   */
  public static int between(RandomnessSource in, int min, int max) {
    if (min == max) {
      return min;
    }
    return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  /**
   * Draws a long in {@code [min, max]}, shrinking towards {@code min}.
   *
   * @param in the randomness
   * @param min the smallest answer
   * @param max the largest answer, at least {@code min}
   * @return the number
   */
  public static long between(RandomnessSource in, long min, long max) {
    if (min == max) {
      return min;
    }
    return in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  /**
   * Draws a long in {@code [min, max]}, shrinking towards {@code target}.
   *
   * @param in the randomness
   * @param min the smallest answer
   * @param max the largest answer, at least {@code min}
   * @param target the simplest answer, within the bounds, such as 0
   * @return the number
   */
  public static long between(RandomnessSource in, long min, long max, long target) {
    if (min == max) {
      return min;
    }
    return in.next(Constraint.between(min, max).withShrinkPoint(target));
  }

  /**
   * Draws {@code true} with about the given chance, shrinking towards {@code false}.
   *
   * @param in the randomness
   * @param percent the chance in percent, 0 to 100
   * @return whether the event happens
   */
  public static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) >= 100 - percent;
  }

  /**
   * Draws one element of a non-empty list, shrinking towards the first.
   *
   * @param in the randomness
   * @param from the elements
   * @param <T> the element type
   * @return an element
   */
  public static <T> T pick(RandomnessSource in, List<T> from) {
    return from.get(between(in, 0, from.size() - 1));
  }
}
