package org.rbm.testkit.internal;

import org.rbm.core.InvalidValueException;

/** Checks the size ranges given to the fluent generators. */
public final class Ranges {
  private Ranges() {}

  /**
   * Checks that {@code lowest <= min <= max <= highest}.
   *
   * @param field the setting, for the message, such as {@code resultsPerLevel}
   * @param min the smallest size asked for
   * @param max the largest size asked for
   * @param lowest the smallest size allowed
   * @param highest the largest size allowed
   * @throws InvalidValueException if the range is empty or out of bounds
   */
  public static void check(String field, long min, long max, long lowest, long highest) {
    if (min < lowest || max > highest || min > max) {
      throw new InvalidValueException(
          field,
          min + ".." + max,
          "a range min..max with " + lowest + " <= min <= max <= " + highest);
    }
  }
}
