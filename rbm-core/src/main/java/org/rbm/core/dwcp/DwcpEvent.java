package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

/**
 * One event in the life of a DWCP's document: a closed set of kinds, one record per kind. {@link
 * SubmitDraft} turns the concept into a draft, {@link ReviewQuality} records a regional
 * quality-assurance review with its {@link QaOutcome outcome}, {@link Finalize} makes the draft
 * final. The kinds are what a DWCP {@link org.rbm.core.workflow.Workflow workflow}'s rules name.
 *
 * <pre>{@code
 * Dwcp reviewed = dwcp.apply(DwcpEvent.reviewQuality(QaOutcome.PASSED_WITH_COMMENTS),
 *     LocalDate.of(2007, 5, 10), "Regional Office for Africa");
 * }</pre>
 *
 * <p>{@code toString()} describes the event in words. Immutable and thread-safe.
 */
public sealed interface DwcpEvent
    permits DwcpEvent.SubmitDraft, DwcpEvent.ReviewQuality, DwcpEvent.Finalize {

  /** The concept document is developed into a draft document. */
  record SubmitDraft() implements DwcpEvent {
    /** Returns {@code submit draft}. */
    @Override
    public String toString() {
      return "submit draft";
    }
  }

  /**
   * A regional quality-assurance review of the document.
   *
   * @param outcome what the review concluded
   */
  record ReviewQuality(QaOutcome outcome) implements DwcpEvent {
    /** Checks the outcome. */
    public ReviewQuality {
      requireNonNull(outcome, "outcome");
    }

    /** Returns {@code review quality (passed with comments)}. */
    @Override
    public String toString() {
      return "review quality (" + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ")";
    }
  }

  /** The draft becomes the final document. */
  record Finalize() implements DwcpEvent {
    /** Returns {@code finalize}. */
    @Override
    public String toString() {
      return "finalize";
    }
  }

  /**
   * Returns the event by which the concept becomes a draft.
   *
   * @return the event
   */
  static DwcpEvent submitDraft() {
    return new SubmitDraft();
  }

  /**
   * Returns a quality-assurance review with the given outcome.
   *
   * @param outcome what the review concluded
   * @return the event
   */
  static DwcpEvent reviewQuality(QaOutcome outcome) {
    return new ReviewQuality(outcome);
  }

  /**
   * Returns the event by which the draft becomes final.
   *
   * @return the event
   */
  static DwcpEvent finalizeDocument() {
    return new Finalize();
  }
}
