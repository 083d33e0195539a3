package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * A position in a {@link LinkageMatrix}: a row strategy and a column strategy, such as {@code
 * (GENDER, HR)} for the cell where the gender equality action plan meets the human resources
 * strategy. Whether the position is one the matrix allows is for the matrix to say; a pair never
 * has the same strategy twice. Immutable and thread-safe.
 */
public final class StrategyPair {
  private final StrategyId row;
  private final StrategyId column;

  private StrategyPair(StrategyId row, StrategyId column) {
    this.row = row;
    this.column = column;
  }

  /**
   * Returns the position of a row and a column.
   *
   * @param row the row's strategy
   * @param column the column's strategy, a core management strategy in any matrix that holds it
   * @return the pair
   * @throws InvalidValueException if row and column are the same strategy
   */
  public static StrategyPair of(StrategyId row, StrategyId column) {
    requireNonNull(row, "row");
    requireNonNull(column, "column");
    if (row.equals(column)) {
      throw new InvalidValueException(
          "column", column, "a strategy other than the row " + row + ": a strategy never links to itself");
    }
    return new StrategyPair(row, column);
  }

  /**
   * Returns the row's strategy.
   *
   * @return the row
   */
  public StrategyId row() {
    return row;
  }

  /**
   * Returns the column's strategy.
   *
   * @return the column
   */
  public StrategyId column() {
    return column;
  }

  /**
   * Tells whether the strategy is the row or the column of this pair.
   *
   * @param strategy the strategy
   * @return whether it is one of the two
   */
  public boolean involves(StrategyId strategy) {
    return row.equals(strategy) || column.equals(strategy);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StrategyPair that && that.row.equals(row) && that.column.equals(column);
  }

  @Override
  public int hashCode() {
    return row.hashCode() * 31 + column.hashCode();
  }

  /** Returns {@code (row, column)}, such as {@code (GENDER, HR)}. */
  @Override
  public String toString() {
    return "(" + row + ", " + column + ")";
  }
}
