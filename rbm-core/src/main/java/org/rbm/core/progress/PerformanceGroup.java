package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value.Immutable;
import org.rbm.core.results.ResultId;

/**
 * The rows of a {@link PerformanceTable} that belong to one result, with the result's place in the
 * chain. Immutable and thread-safe.
 */
@Immutable
public abstract class PerformanceGroup {
  PerformanceGroup() {}

  /**
   * Returns the result.
   *
   * @return the result's id
   */
  public abstract ResultId result();

  /**
   * Returns the result's level.
   *
   * @return such as {@code outcome}
   */
  public abstract String level();

  /**
   * Returns the result's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the result's depth: 0 for a root.
   *
   * @return the depth
   */
  public abstract int depth();

  /**
   * Returns one row per indicator of the result, in the order given.
   *
   * @return the rows; empty for a result without indicators
   */
  public abstract ImmutableList<PerformanceRow> rows();
}
