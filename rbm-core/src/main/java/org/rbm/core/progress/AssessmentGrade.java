package org.rbm.core.progress;

import java.util.Locale;

/** The grade of an explicit assessment of a qualitative (or nominal) indicator for one period. */
public enum AssessmentGrade {
  /** The period's target was achieved. */
  ACHIEVED,
  /** The period's target was partly achieved. */
  PARTLY_ACHIEVED,
  /** The period's target was not achieved. */
  NOT_ACHIEVED;

  /**
   * Returns the grade in words, for reports.
   *
   * @return such as {@code partly achieved}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
