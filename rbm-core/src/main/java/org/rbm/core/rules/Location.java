package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
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
 * <p>{@link #toString()} escapes {@code ~} as {@code ~0} and {@code /} as {@code ~1} inside a segment
 * (as JSON Pointer does), and {@link #parse} is its exact inverse. Locations are ordered segment by
 * segment, a location before the locations below it. Immutable and thread-safe.
 */
public final class Location implements Comparable<Location> {
  /** The subject itself, printed {@code /}. */
  public static final Location ROOT = new Location(ImmutableList.of());

  private static final String EXPECTED =
      "'/' or '/'-separated non-empty segments, such as /results/SO1";

  private final ImmutableList<String> segments;

  private Location(ImmutableList<String> segments) {
    this.segments = segments;
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
    return copy.isEmpty() ? ROOT : new Location(copy);
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
    return new Location(segments.build());
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
            .build());
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
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Location that && that.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
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
