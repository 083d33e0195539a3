package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An {@code indicator} of a result, as the file states it: attribute values as written (such as
 * {@code measure="Unit"} from a 1.x file), every narrative, reference, baseline and document link.
 * Immutable and thread-safe.
 *
 * @param measure the {@code measure} (required by the schema; IATI's IndicatorMeasure codes 1 to
 *     5), if given
 * @param ascending the {@code ascending} (an XML boolean), if given
 * @param aggregationStatus the {@code aggregation-status} (an XML boolean), if given
 * @param title the title
 * @param description the description, if given
 * @param documentLinks the document links, in order
 * @param references the references, in order
 * @param baselines the baselines, in order
 * @param periods the periods, in order
 */
public record IatiIndicator(
    Optional<String> measure,
    Optional<String> ascending,
    Optional<String> aggregationStatus,
    IatiText title,
    Optional<IatiText> description,
    ImmutableList<DocumentLink> documentLinks,
    ImmutableList<IatiReference> references,
    ImmutableList<IatiBaseline> baselines,
    ImmutableList<IatiPeriod> periods) {
  /**
   * Checks and copies the components.
   *
   * @param measure the measure
   * @param ascending the ascending flag
   * @param aggregationStatus the aggregation status
   * @param title the title
   * @param description the description
   * @param documentLinks the document links
   * @param references the references
   * @param baselines the baselines
   * @param periods the periods
   */
  public IatiIndicator {
    requireNonNull(measure, "measure");
    requireNonNull(ascending, "ascending");
    requireNonNull(aggregationStatus, "aggregationStatus");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    documentLinks = ImmutableList.copyOf(documentLinks);
    references = ImmutableList.copyOf(references);
    baselines = ImmutableList.copyOf(baselines);
    periods = ImmutableList.copyOf(periods);
  }
}
