package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A regional quality-assurance review as a DWCP's history records it: when, by whom, and what it
 * concluded. Read from the history ({@link Dwcp#qaReviews()}), never stored apart from it.
 * Immutable and thread-safe.
 *
 * @param date the day of the review
 * @param reviewer who reviewed (the actor of the history entry)
 * @param outcome what the review concluded
 */
public record QaReview(LocalDate date, String reviewer, QaOutcome outcome) {
  /** Checks the arguments. */
  public QaReview {
    requireNonNull(date, "date");
    requireNonNull(reviewer, "reviewer");
    requireNonNull(outcome, "outcome");
  }
}
