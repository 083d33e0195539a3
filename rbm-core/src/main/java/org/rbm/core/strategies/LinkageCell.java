package org.rbm.core.strategies;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;

/**
 * A filled cell of a {@link LinkageMatrix}: its position and its statements, sorted (see {@link
 * LinkageStatement#compareTo}). The matrix hands out cells; it never hands out an empty one (an
 * allowed position without statements is a {@linkplain LinkageMatrix#gaps() gap}). Immutable and
 * thread-safe.
 */
@Immutable(builder = false, copy = false)
public abstract class LinkageCell {
  LinkageCell() {}

  /**
   * Returns the cell's position.
   *
   * @return the row and the column
   */
  @Parameter
  public abstract StrategyPair position();

  /**
   * Returns the statements, sorted, without duplicates.
   *
   * @return at least one statement
   */
  @Parameter
  public abstract ImmutableList<LinkageStatement> statements();

  @Check
  final void check() {
    if (statements().isEmpty()) {
      throw new InvalidValueException("statements", statements(), "at least one statement");
    }
  }

  static LinkageCell of(StrategyPair position, ImmutableList<LinkageStatement> statements) {
    return ImmutableLinkageCell.of(position, statements);
  }

  /**
   * Returns the row's strategy.
   *
   * @return the row
   */
  public final StrategyId row() {
    return position().row();
  }

  /**
   * Returns the column's strategy.
   *
   * @return the column, a core management strategy
   */
  public final StrategyId column() {
    return position().column();
  }
}
