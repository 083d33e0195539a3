package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A {@code result} of an activity, as the file states it. Immutable and thread-safe.
 *
 * @param type the {@code type} (required by the schema; IATI's ResultType codes 1 output, 2
 *     outcome, 3 impact, 9 other), as written, if given
 * @param aggregationStatus the {@code aggregation-status} (an XML boolean), if given
 * @param title the title
 * @param description the description, if given
 * @param documentLinks the document links, in order
 * @param references the references, in order
 * @param indicators the indicators, in order
 */
public record IatiResult(
    Optional<String> type,
    Optional<String> aggregationStatus,
    IatiText title,
    Optional<IatiText> description,
    ImmutableList<DocumentLink> documentLinks,
    ImmutableList<IatiReference> references,
    ImmutableList<IatiIndicator> indicators) {
  /**
   * Checks and copies the components.
   *
   * @param type the type
   * @param aggregationStatus the aggregation status
   * @param title the title
   * @param description the description
   * @param documentLinks the document links
   * @param references the references
   * @param indicators the indicators
   */
  public IatiResult {
    requireNonNull(type, "type");
    requireNonNull(aggregationStatus, "aggregationStatus");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    documentLinks = ImmutableList.copyOf(documentLinks);
    references = ImmutableList.copyOf(references);
    indicators = ImmutableList.copyOf(indicators);
  }
}
