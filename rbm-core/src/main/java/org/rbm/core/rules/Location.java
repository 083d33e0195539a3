package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Where in its subject a finding lies: a path of segments from the subject's root, by identifiers,
 * such as {@code /results/SO2/OC2.1/indicators/IND-7/targets/2009}. The empty path, printed {@code
 * /}, is the subject itself.
 *
 * <p>The locations the standard rules give for a results framework:
 *
 * <ul>
 *   <li>a result: {@code /results/} followed by the ids from its root down to it, such as {@code
 *       /results/SO2/OC2.1};
 *   <li>an indicator: its result's location, then {@code indicators/IND-7};
 *   <li>the baseline: the indicator's location, then {@code baseline};
 *   <li>a reporting period: the indicator's location, then {@code periods/} and the period, such as
 *       {@code 2009} for a calendar year, {@code 2008-09} for whole years, {@code
 *       2008-01-01--2008-06-30} otherwise;
 *   <li>a target or an actual: the indicator's location, then {@code targets} or {@code actuals},
 *       the period, {@code @} and the location when the value has one, and the breakdown when it is
 *       not the total, such as {@code targets/2009/sex=female};
 *   <li>a sum over a breakdown: as a target or actual, ending with the dimensions, such as {@code
 *       actuals/2009/sex};
 *   <li>a contribution link: its result's location, then {@code contributions/}, the target
 *       framework and the target result.
 * </ul>
 *
 * <p>A location found in a results framework also has its {@linkplain #indexPath() index path}:
 * the path of the same place in the framework's JSON document, by property names and array
 * indices, in the syntax of {@code RbmJsonException.path()} (rbm-json), such as {@code
 * results[4].indicators[0].periods[1].targets[0]} for {@code
 * /results/SO2/OC2.1/indicators/IND-7/targets/2009}. A form can so place both the findings and the
 * JSON reader's errors next to the fields they are about. rbm-json's FORMAT.md gives the mapping.
 *
 * <p>{@link #toString()} escapes {@code ~} as {@code ~0} and {@code /} as {@code ~1} inside a segment
 * (as JSON Pointer does), and {@link #parse} is its exact inverse. Locations are ordered segment by
 * segment, a location before the locations below it, then by index path (none first). {@code
 * toString()} and {@code parse} concern the path by ids only. Immutable and thread-safe.
 */
public final class Location implements Comparable<Location> {
  /** The subject itself, printed {@code /}. */
  public static final Location ROOT = new Location(ImmutableList.of(), null);

  private static final Pattern INDEX_PATH =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*(\\[\\d{1,9}\\])*(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d{1,9}\\])*)*)?");

  private static final String EXPECTED =
      "'/' or '/'-separated non-empty segments, such as /results/SO1";

  private final ImmutableList<String> segments;
  private final @Nullable String indexPath;

  private Location(ImmutableList<String> segments, @Nullable String indexPath) {
    this.segments = segments;
    this.indexPath = indexPath;
  }

  /**
   * Returns the location with the given segments.
   *
   * @param segments the segments from the root, such as {@code "results", "SO2"}
   * @return the location; {@link #ROOT} for no segment
   * @throws InvalidValueException if a segment is empty
   */
  public static Location of(String... segments) {
    return of(Arrays.asList(segments));
  }

  /**
   * Returns the location with the given segments.
   *
   * @param segments the segments from the root
   * @return the location; {@link #ROOT} for no segment
   * @throws InvalidValueException if a segment is empty
   */
  public static Location of(List<String> segments) {
    ImmutableList<String> copy = ImmutableList.copyOf(segments);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).isEmpty()) {
        throw new InvalidValueException("segments[" + i + "]", "", "a segment that is not empty");
      }
    }
    return copy.isEmpty() ? ROOT : new Location(copy, null);
  }

  /**
   * Reads a location in the form of {@link #toString()}, such as {@code /results/SO2/OC2.1}.
   *
   * @param text the text
   * @return the location
   * @throws RbmParseException if the text does not start with {@code /}, has an empty segment or a
   *     {@code ~} not followed by {@code 0} or {@code 1}
   */
  public static Location parse(CharSequence text) {
    String s = text.toString();
    if (s.equals("/")) {
      return ROOT;
    }
    if (!s.startsWith("/")) {
      throw new RbmParseException("location", text, EXPECTED);
    }
    ImmutableList.Builder<String> segments = ImmutableList.builder();
    int from = 1;
    while (from <= s.length()) {
      int slash = s.indexOf('/', from);
      int to = slash < 0 ? s.length() : slash;
      if (to == from) {
        throw new RbmParseException("location", text, EXPECTED);
      }
      segments.add(unescape(s.substring(from, to), text));
      from = to + 1;
    }
    return new Location(segments.build(), null);
  }

  private static String unescape(String segment, CharSequence text) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length());
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c != '~') {
        out.append(c);
        i++;
        continue;
      }
      char next = i + 1 < segment.length() ? segment.charAt(i + 1) : ' ';
      if (next != '0' && next != '1') {
        throw new RbmParseException("location", text, "'~' only in the escapes ~0 and ~1");
      }
      out.append(next == '0' ? '~' : '/');
      i += 2;
    }
    return out.toString();
  }

  /**
   * Returns the location below this one, with the given segments appended.
   *
   * @param more the segments to append, such as {@code "indicators", "IND-7"}
   * @return the longer location
   * @throws InvalidValueException if a segment is empty
   */
  public Location child(String... more) {
    for (int i = 0; i < more.length; i++) {
      if (requireNonNull(more[i], "segment").isEmpty()) {
        throw new InvalidValueException("segments[" + i + "]", "", "a segment that is not empty");
      }
    }
    return new Location(
        ImmutableList.<String>builderWithExpectedSize(segments.size() + more.length)
            .addAll(segments)
            .add(more)
            .build(),
        null);
  }

  /**
   * Returns this location with the given index path into the subject's JSON document.
   *
   * @param indexPath property names joined by {@code .}, array indices in brackets, such as {@code
   *     results[4].indicators[0]}; empty for the document itself
   * @return the location with that index path
   * @throws InvalidValueException if the index path does not have that form
   */
  public Location withIndexPath(String indexPath) {
    if (!INDEX_PATH.matcher(requireNonNull(indexPath, "indexPath")).matches()) {
      throw new InvalidValueException("indexPath", indexPath,
          "property names joined by '.', array indices in brackets, such as results[4].indicators[0]");
    }
    return new Location(segments, indexPath);
  }

  /** The same, for index paths the walk builds, which have the form by construction. */
  Location withTrustedIndexPath(String indexPath) {
    return new Location(segments, indexPath);
  }

  /**
   * Returns the path of the same place in the subject's JSON document, as {@code
   * RbmJsonException.path()} gives the place of a reading error: {@code results[4].indicators[0]}.
   *
   * @return the index path; empty when the rule that made the location gave none (a subject other
   *     than a results framework, or a location not made through the walk's visits)
   */
  public Optional<String> indexPath() {
    return Optional.ofNullable(indexPath);
  }

  /**
   * Returns this location without its index path, as {@link #parse} reads it.
   *
   * @return the location by ids only
   */
  public Location withoutIndexPath() {
    return indexPath == null ? this : segments.isEmpty() ? ROOT : new Location(segments, null);
  }

  /**
   * Returns the segments from the root.
   *
   * @return the segments; empty for {@link #ROOT}
   */
  public ImmutableList<String> segments() {
    return segments;
  }

  /**
   * Tells whether this location is the other one or lies below it.
   *
   * @param other the possible ancestor
   * @return whether {@code other}'s segments are a prefix of this location's
   */
  public boolean startsWith(Location other) {
    return other.segments.size() <= segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** Orders segment by segment, each by {@link String#compareTo}; a prefix comes first. */
  @Override
  public int compareTo(Location other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(segments.size(), other.segments.size());
    return c != 0 ? c : INDEX_ORDER.compare(indexPath, other.indexPath);
  }

  private static final Comparator<@Nullable String> INDEX_ORDER =
      Comparator.nullsFirst(Comparator.<String>naturalOrder());

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Location that
        && that.segments.equals(segments)
        && Objects.equals(that.indexPath, indexPath);
  }

  @Override
  public int hashCode() {
    return segments.hashCode() * 31 + Objects.hashCode(indexPath);
  }

  /** Returns the path, such as {@code /results/SO2/OC2.1}, or {@code /} for the root. */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
