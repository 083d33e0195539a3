package org.rbm.core.progress;

/** The grade of an explicit assessment of a qualitative (or nominal) indicator for one period. */
public enum AssessmentGrade {
  /** The period's target was achieved. */
  ACHIEVED,
  /** The period's target was partly achieved. */
  PARTLY_ACHIEVED,
  /** The period's target was not achieved. */
  NOT_ACHIEVED
}
