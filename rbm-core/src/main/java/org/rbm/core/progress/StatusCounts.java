package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * How many indicators have each status, such as {@code ACHIEVED=1, BEHIND=2}. Only the statuses that
 * occur are kept, in the order of {@link ProgressStatus}; {@link #count} gives 0 for the others.
 * Immutable and thread-safe.
 */
public final class StatusCounts {
  /** No indicator. */
  public static final StatusCounts NONE = new StatusCounts(ImmutableMap.of(), 0);

  private final ImmutableMap<ProgressStatus, Integer> counts;
  private final int total;

  private StatusCounts(ImmutableMap<ProgressStatus, Integer> counts, int total) {
    this.counts = counts;
    this.total = total;
  }

  /**
   * Returns the counts of the given map.
   *
   * @param counts the number of indicators with each status; statuses with 0 are dropped
   * @return the counts
   * @throws InvalidValueException if a count is negative
   */
  public static StatusCounts of(Map<ProgressStatus, Integer> counts) {
    EnumMap<ProgressStatus, Integer> kept = new EnumMap<>(ProgressStatus.class);
    long total = 0;
    for (Map.Entry<ProgressStatus, Integer> e : counts.entrySet()) {
      int n = requireNonNull(e.getValue(), "count");
      if (n < 0) {
        throw new InvalidValueException("counts[" + e.getKey() + "]", n, "a count at least 0");
      }
      if (n > 0) {
        kept.put(requireNonNull(e.getKey(), "status"), n);
        total += n;
      }
    }
    if (total > Integer.MAX_VALUE) {
      throw new InvalidValueException("counts", total, "a total of at most " + Integer.MAX_VALUE);
    }
    return new StatusCounts(Maps.immutableEnumMap(kept), (int) total);
  }

  /**
   * Returns the number of indicators with the status.
   *
   * @param status the status
   * @return the count, 0 if none
   */
  public int count(ProgressStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /**
   * Returns the number of indicators counted.
   *
   * @return the sum of the counts
   */
  public int total() {
    return total;
  }

  /**
   * Returns the counts as a map.
   *
   * @return the statuses that occur, each with its count (at least 1), in the order of {@link
   *     ProgressStatus}
   */
  public ImmutableMap<ProgressStatus, Integer> asMap() {
    return counts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StatusCounts that && that.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** Returns the counts such as {@code ACHIEVED=1, BEHIND=2}, or {@code none}. */
  @Override
  public String toString() {
    return counts.isEmpty()
        ? "none"
        : counts.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
