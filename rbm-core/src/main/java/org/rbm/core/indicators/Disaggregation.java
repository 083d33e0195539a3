package org.rbm.core.indicators;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * The categories a value is broken down by, one per dimension, such as {@code sex=female} or {@code
 * age=15-24;sex=female}. The {@linkplain #TOTAL total} has no dimension.
 *
 * <p>Dimensions and categories are non-blank names without {@code =} or {@code ;}. Dimensions are
 * kept in alphabetical order, so two breakdowns with the same pairs are equal whatever order they
 * were given in. {@link #toString()} prints {@code dimension=category} pairs joined by {@code ;},
 * or {@code total}; {@link #parse} reads that form. Its text is at most {@value #MAX_LENGTH}
 * characters (a breakdown has a few dimensions; the limit keeps a hostile text from costing more
 * than a glance). Immutable and thread-safe.
 */
public final class Disaggregation {
  /** The most characters of a breakdown's text, {@code dimension=category} pairs and {@code ;}s. */
  public static final int MAX_LENGTH = 10_000;

  private static final String EXPECTED_LENGTH =
      "at most " + MAX_LENGTH + " characters (Disaggregation.MAX_LENGTH)";

  private static final Pattern NAME = Pattern.compile("[^=;\\s](?:[^=;]*[^=;\\s])?");
  private static final String EXPECTED_NAME = "a non-blank name without '=' or ';' or edge spaces";

  /** The total: a value not broken down by any dimension. */
  public static final Disaggregation TOTAL = new Disaggregation(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, String> categories;

  private Disaggregation(ImmutableSortedMap<String, String> categories) {
    this.categories = categories;
  }

  /**
   * Returns the breakdown by one dimension, such as {@code of("sex", "female")}.
   *
   * @param dimension the dimension, such as {@code sex}
   * @param category the category within it, such as {@code female}
   * @return the breakdown
   * @throws InvalidValueException if a name is blank or contains {@code =} or {@code ;}
   */
  public static Disaggregation of(String dimension, String category) {
    return of(Map.of(dimension, category));
  }

  /**
   * Returns the breakdown with the given category per dimension; the empty map gives {@link
   * #TOTAL}.
   *
   * @param categories the category of each dimension
   * @return the breakdown
   * @throws InvalidValueException if a name is blank or contains {@code =} or {@code ;}, or the
   *     text of the breakdown would be longer than {@value #MAX_LENGTH} characters
   */
  public static Disaggregation of(Map<String, String> categories) {
    long length = -1;
    for (Map.Entry<String, String> e : categories.entrySet()) {
      check("dimension", e.getKey());
      check("category of " + e.getKey(), e.getValue());
      length += e.getKey().length() + e.getValue().length() + 2L;
    }
    if (length > MAX_LENGTH) {
      throw new InvalidValueException(
          "disaggregation: got a breakdown of " + length + " characters, expected " + EXPECTED_LENGTH);
    }
    return categories.isEmpty() ? TOTAL : new Disaggregation(ImmutableSortedMap.copyOf(categories));
  }

  /**
   * Reads a breakdown in the form of {@link #toString()}: {@code total}, or {@code
   * dimension=category} pairs joined by {@code ;}.
   *
   * <p>Reading takes time linear in the text: the length is checked first, and a repeated
   * dimension is found as soon as it is read.
   *
   * @param text the text
   * @return the breakdown
   * @throws RbmParseException if the text has another form, names a dimension twice, or is longer
   *     than {@value #MAX_LENGTH} characters
   */
  public static Disaggregation parse(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      throw new RbmParseException("disaggregation", text, EXPECTED_LENGTH);
    }
    String s = text.toString();
    if (s.equals("total")) {
      return TOTAL;
    }
    Map<String, String> pairs = new HashMap<>();
    try {
      int start = 0;
      while (start <= s.length()) {
        // One pass over the pair: where it ends, and where its one '=' stands.
        int end = start;
        int equals = -1;
        int equalsSigns = 0;
        while (end < s.length() && s.charAt(end) != ';') {
          if (s.charAt(end) == '=') {
            equals = end;
            equalsSigns++;
          }
          end++;
        }
        if (equalsSigns != 1) {
          throw new RbmParseException(
              "disaggregation", text, "total, or dimension=category pairs joined by ';'");
        }
        String dimension = check("dimension", s.substring(start, equals));
        String category = check("category", s.substring(equals + 1, end));
        if (pairs.putIfAbsent(dimension, category) != null) {
          throw new RbmParseException("disaggregation", text, "each dimension at most once");
        }
        start = end + 1;
      }
      return new Disaggregation(ImmutableSortedMap.copyOf(pairs));
    } catch (InvalidValueException e) {
      throw new RbmParseException("disaggregation", text, e);
    }
  }

  @CanIgnoreReturnValue
  private static String check(String field, String name) {
    if (!NAME.matcher(requireNonNull(name, field)).matches()) {
      throw new InvalidValueException(field, name, EXPECTED_NAME);
    }
    return name;
  }

  /**
   * Returns the category of each dimension, in alphabetical order of dimensions.
   *
   * @return the categories; empty for the total
   */
  public ImmutableSortedMap<String, String> categories() {
    return categories;
  }

  /**
   * Tells whether this is the total, broken down by no dimension.
   *
   * @return whether there is no dimension
   */
  public boolean isTotal() {
    return categories.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Disaggregation that
        && that.categories.equals(categories);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  /** Returns {@code total} or the pairs, such as {@code age=15-24;sex=female}. */
  @Override
  public String toString() {
    return isTotal() ? "total" : Joiner.on(';').withKeyValueSeparator('=').join(categories);
  }
}
