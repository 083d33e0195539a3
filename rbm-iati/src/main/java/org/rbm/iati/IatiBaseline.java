package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A {@code baseline} of an indicator, as the file states it (2.03 allows several per indicator).
 * Attribute values are kept as written, so that {@code value="20,000"} survives a round trip and
 * IATI's rules can judge it. Immutable and thread-safe.
 *
 * @param year the {@code year} (required by the schema), if given
 * @param isoDate the {@code iso-date}, if given
 * @param value the {@code value}, if given
 * @param locations the locations, in order
 * @param dimensions the dimensions, in order
 * @param documentLinks the document links, in order
 * @param comment the comment, if given
 */
public record IatiBaseline(
    Optional<String> year,
    Optional<String> isoDate,
    Optional<String> value,
    ImmutableList<IatiLocation> locations,
    ImmutableList<IatiDimension> dimensions,
    ImmutableList<DocumentLink> documentLinks,
    Optional<IatiText> comment) {
  /**
   * Checks and copies the components.
   *
   * @param year the year
   * @param isoDate the date
   * @param value the value
   * @param locations the locations
   * @param dimensions the dimensions
   * @param documentLinks the document links
   * @param comment the comment
   */
  public IatiBaseline {
    requireNonNull(year, "year");
    requireNonNull(isoDate, "isoDate");
    requireNonNull(value, "value");
    locations = ImmutableList.copyOf(locations);
    dimensions = ImmutableList.copyOf(dimensions);
    documentLinks = ImmutableList.copyOf(documentLinks);
    requireNonNull(comment, "comment");
  }
}
