package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.rbm.core.InvalidValueException;

/** The checks and words {@link AmendmentEvent.Propose} and {@link AmendmentEvent.Amend} share. */
final class AmendmentParts {
  private AmendmentParts() {}

  static void check(
      DecidingBody body, String reference, Optional<String> summary, List<SpfChange> changes) {
    requireNonNull(body, "decidingBody");
    requireNonNull(reference, "reference");
    requireNonNull(summary, "summary");
    requireNonNull(changes, "changes");
    if (reference.isBlank()) {
      throw new InvalidValueException("reference", reference, "a reference that is not blank");
    }
    if (summary.filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("summary", summary.get(), "a summary that is not blank");
    }
    if (changes.isEmpty()) {
      throw new InvalidValueException("changes", null, "at least one change");
    }
  }

  static String describe(DecidingBody body, String reference, List<SpfChange> changes) {
    return reference + " (" + body + ", " + changes.size()
        + (changes.size() == 1 ? " change)" : " changes)");
  }
}
