package org.rbm.core.dwcp;

/** What a regional quality-assurance review of a DWCP document concluded. */
public enum QaOutcome {
  /** The document passed. */
  PASSED,
  /** The document passed, with comments to take into account. */
  PASSED_WITH_COMMENTS,
  /** The document was returned for rework. */
  RETURNED;

  /**
   * Returns whether the document passed, with or without comments.
   *
   * @return {@code true} for {@link #PASSED} and {@link #PASSED_WITH_COMMENTS}
   */
  public boolean passed() {
    return this != RETURNED;
  }
}
