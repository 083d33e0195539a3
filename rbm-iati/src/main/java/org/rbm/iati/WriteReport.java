package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What {@link IatiWriter} could not write because IATI 2.03 has no place for it (a parent, an
 * assumption, a unit, a contribution link, ...), or wrote only in another form (a fraction as its
 * number). Nothing is dropped silently: each part left out is one {@link Omission}. Immutable and
 * thread-safe.
 *
 * @param omissions the parts left out or changed, in the order of the framework
 */
public record WriteReport(ImmutableList<Omission> omissions) {
  /**
   * Copies the omissions.
   *
   * @param omissions the omissions
   */
  public WriteReport {
    omissions = ImmutableList.copyOf(omissions);
  }

  /**
   * Tells whether everything was written.
   *
   * @return whether there is no omission
   */
  public boolean isComplete() {
    return omissions.isEmpty();
  }

  /**
   * One part of the framework that IATI could not hold as it is.
   *
   * @param path where in the framework, such as {@code /results/OC1/indicators/IND-1/unit}
   * @param what what was left out or changed, such as {@code the unit "countries": IATI has no
   *     unit}
   */
  public record Omission(String path, String what) {
    /**
     * Checks that no component is null.
     *
     * @param path the path
     * @param what what was left out
     */
    public Omission {
      requireNonNull(path, "path");
      requireNonNull(what, "what");
    }

    /** Returns {@code path: what}. */
    @Override
    public String toString() {
      return path + ": " + what;
    }
  }
}
