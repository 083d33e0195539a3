package org.rbm.core.strategies;

import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;

/**
 * One statement entered between two strategies, as a {@link LinkageMatrix.Builder} takes it: the
 * matrix files it in the cell of the two strategies, whichever way round they are given, and
 * {@link LinkageMatrix#links()} gives every statement back this way, from its row to its column.
 *
 * <pre>{@code
 * Linkage l = Linkage.of(StrategyId.of("GENDER"), StrategyId.of("HR"),
 *     LinkageStatement.of("Improve gender balance"));
 * }</pre>
 *
 * Whether the two strategies may link (not the same, at least one of them core) is for the matrix
 * to check, since it knows which strategies are core. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class Linkage implements WithLinkage {
  Linkage() {}

  /**
   * Returns one strategy: the row, in a linkage the matrix gives back.
   *
   * @return the strategy's id
   */
  @Parameter
  public abstract StrategyId from();

  /**
   * Returns the other strategy: the column, in a linkage the matrix gives back.
   *
   * @return the strategy's id
   */
  @Parameter
  public abstract StrategyId to();

  /**
   * Returns the statement.
   *
   * @return the statement
   */
  @Parameter
  public abstract LinkageStatement statement();

  /**
   * Returns a linkage.
   *
   * @param from one strategy
   * @param to another strategy
   * @param statement the statement linking them
   * @return the linkage
   */
  public static Linkage of(StrategyId from, StrategyId to, LinkageStatement statement) {
    return ImmutableLinkage.of(from, to, statement);
  }
}
