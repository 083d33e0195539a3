package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rbm.core.InvalidValueException;

/**
 * The shape of a linkage matrix, without its statements: which strategies are columns and rows, and
 * which positions are allowed. Separate from {@link LinkageMatrix} because the builder needs the
 * shape before there are any cells. Everything here is linear in the number of strategies; the
 * allowed positions, which can be many more, are listed only on demand.
 */
final class MatrixShape {
  final ImmutableList<StrategyHeading> core;
  final ImmutableList<StrategyHeading> other;
  final ImmutableMap<StrategyId, StrategyHeading> byId;
  private final ImmutableMap<StrategyId, Integer> columnIndex;
  // Each strategy's place among the core strategies, then the others: the order of the rows.
  private final ImmutableMap<StrategyId, Integer> rowOrder;
  private final ImmutableList<StrategyHeading> rows;

  private MatrixShape(
      ImmutableList<StrategyHeading> core,
      ImmutableList<StrategyHeading> other,
      ImmutableMap<StrategyId, StrategyHeading> byId,
      ImmutableMap<StrategyId, Integer> columnIndex) {
    this.core = core;
    this.other = other;
    this.byId = byId;
    this.columnIndex = columnIndex;
    ImmutableMap.Builder<StrategyId, Integer> order = ImmutableMap.builder();
    for (int i = 0; i < core.size(); i++) {
      order.put(core.get(i).id(), i);
    }
    for (int i = 0; i < other.size(); i++) {
      order.put(other.get(i).id(), core.size() + i);
    }
    this.rowOrder = order.buildOrThrow();
    this.rows = ImmutableList.<StrategyHeading>builder()
        .addAll(core.subList(0, core.size() - 1))
        .addAll(other)
        .build();
  }

  /**
   * Checks the limits on the number of strategies (before anything else), that ids are unique and
   * that at least one strategy is core; fields are {@code strategies[i]}.
   */
  static MatrixShape of(List<StrategyHeading> strategies) {
    if (strategies.size() > LinkageMatrix.MAX_STRATEGIES) {
      throw new InvalidValueException("strategies", strategies.size() + " strategies",
          "at most " + LinkageMatrix.MAX_STRATEGIES
              + " strategies in a matrix (LinkageMatrix.MAX_STRATEGIES)");
    }
    long coreCount = strategies.stream().filter(StrategyHeading::isCore).count();
    if (coreCount > LinkageMatrix.MAX_CORE_STRATEGIES) {
      throw new InvalidValueException("strategies", coreCount + " core management strategies",
          "at most " + LinkageMatrix.MAX_CORE_STRATEGIES
              + " core management strategies, the matrix's columns"
              + " (LinkageMatrix.MAX_CORE_STRATEGIES)");
    }
    Map<StrategyId, StrategyHeading> byId = new LinkedHashMap<>();
    ImmutableList.Builder<StrategyHeading> core = ImmutableList.builder();
    ImmutableList.Builder<StrategyHeading> other = ImmutableList.builder();
    ImmutableMap.Builder<StrategyId, Integer> columnIndex = ImmutableMap.builder();
    int columns = 0;
    for (int i = 0; i < strategies.size(); i++) {
      StrategyHeading h = strategies.get(i);
      if (byId.putIfAbsent(h.id(), h) != null) {
        throw new InvalidValueException(
            "strategies[" + i + "].id", h.id(), "a strategy id not given before");
      }
      if (h.isCore()) {
        core.add(h);
        columnIndex.put(h.id(), columns++);
      } else {
        other.add(h);
      }
    }
    if (columns == 0) {
      throw new InvalidValueException(
          "strategies", byId.keySet(), "at least one core management strategy, the matrix's columns");
    }
    return new MatrixShape(core.build(), other.build(), ImmutableMap.copyOf(byId), columnIndex.build());
  }

  ImmutableList<StrategyHeading> rows() {
    return rows;
  }

  /** The row's place in the matrix's order of rows (the last core strategy's is never a row's). */
  int rowOrder(StrategyId id) {
    Integer order = rowOrder.get(id);
    if (order == null) {
      throw new IllegalArgumentException("not a strategy of the matrix: " + id);
    }
    return order;
  }

  /** How many positions {@link #allowedPositions()} lists: c(c-1)/2 + o*c. */
  long allowedCount() {
    long c = core.size();
    return c * (c - 1) / 2 + (long) other.size() * c;
  }

  boolean isColumn(StrategyId id) {
    return columnIndex.containsKey(id);
  }

  /** The column's place from 0, or -1 for a strategy that is not a column. */
  int columnOf(StrategyId id) {
    Integer index = columnIndex.get(id);
    return index == null ? -1 : index;
  }

  String columnIds() {
    return core.stream().map(h -> h.id().toString()).collect(Collectors.joining(", "));
  }

  @CanIgnoreReturnValue
  StrategyHeading require(String field, StrategyId id) {
    StrategyHeading heading = byId.get(requireNonNull(id, field));
    if (heading == null) {
      throw new InvalidValueException(field, id, "a strategy of the matrix, one of " + byId.keySet());
    }
    return heading;
  }

  /** The canonical position of the link between two strategies, whichever way round. */
  StrategyPair position(String firstField, String secondField, StrategyId first, StrategyId second) {
    StrategyHeading a = require(firstField, first);
    StrategyHeading b = require(secondField, second);
    if (first.equals(second)) {
      throw new InvalidValueException(
          secondField, second, "a strategy other than " + first + ": a strategy never links to itself");
    }
    if (a.isCore() && b.isCore()) {
      // Above the diagonal: the row is the core strategy that comes first among the columns.
      return columnOf(first) < columnOf(second)
          ? StrategyPair.of(first, second)
          : StrategyPair.of(second, first);
    }
    if (b.isCore()) {
      return StrategyPair.of(first, second);
    }
    if (a.isCore()) {
      return StrategyPair.of(second, first);
    }
    throw new InvalidValueException(
        secondField, second,
        "a core management strategy (one of " + columnIds() + "), since " + first + " is not one");
  }

  /** The columns a row may fill: after its own for a core strategy, all for another. */
  ImmutableList<StrategyHeading> columnsOf(StrategyHeading row) {
    return core.subList(columnOf(row.id()) + 1, core.size());
  }

  ImmutableList<StrategyPair> allowedPositions() {
    ImmutableList.Builder<StrategyPair> allowed = ImmutableList.builder();
    for (StrategyHeading row : rows()) {
      for (StrategyHeading column : columnsOf(row)) {
        allowed.add(StrategyPair.of(row.id(), column.id()));
      }
    }
    return allowed.build();
  }
}
