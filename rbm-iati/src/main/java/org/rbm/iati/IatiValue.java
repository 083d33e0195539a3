package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A {@code target} or an {@code actual} of a period, as the file states it. Since 2.03 a period
 * may hold several of each, and a qualitative indicator's may have no value. The value is kept as
 * written. Immutable and thread-safe.
 *
 * @param value the {@code value}, if given
 * @param locations the locations, in order
 * @param dimensions the dimensions, in order
 * @param comment the comment, if given
 * @param documentLinks the document links, in order
 */
public record IatiValue(
    Optional<String> value,
    ImmutableList<IatiLocation> locations,
    ImmutableList<IatiDimension> dimensions,
    Optional<IatiText> comment,
    ImmutableList<DocumentLink> documentLinks) {
  /**
   * Checks and copies the components.
   *
   * @param value the value
   * @param locations the locations
   * @param dimensions the dimensions
   * @param comment the comment
   * @param documentLinks the document links
   */
  public IatiValue {
    requireNonNull(value, "value");
    locations = ImmutableList.copyOf(locations);
    dimensions = ImmutableList.copyOf(dimensions);
    requireNonNull(comment, "comment");
    documentLinks = ImmutableList.copyOf(documentLinks);
  }

  /**
   * Returns a value with nothing but its value.
   *
   * @param value the value as written, such as {@code 110}
   * @return the target or actual
   */
  public static IatiValue of(String value) {
    return new IatiValue(
        Optional.of(value), ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        ImmutableList.of());
  }
}
