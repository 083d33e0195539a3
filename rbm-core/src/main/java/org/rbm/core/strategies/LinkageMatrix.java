package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * The strategy-linkage matrix of the ILO's 2007 paper on results-based management (GB.300/PFA/9/1,
 * paragraph 22): rows are strategies, columns are the core management strategies, and a cell says,
 * in one or more {@linkplain LinkageStatement statements}, how the row's strategy links to the
 * column's.
 *
 * <pre>{@code
 * LinkageMatrix m = LinkageMatrix.builder()
 *     .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)          // HR, IT, KNOWLEDGE, EVALUATION, RBM
 *     .addOtherStrategy(StrategyId.of("GENDER"), "Gender equality")
 *     .link(StrategyId.of("HR"), StrategyId.of("IT"), "Update IT skills among staff")
 *     .link(StrategyId.of("IT"), StrategyId.of("HR"), "Support e-learning")   // the same cell
 *     .link(StrategyId.of("GENDER"), StrategyId.of("HR"), "Improve gender balance")
 *     .build();
 * m.cell(StrategyId.of("IT"), StrategyId.of("HR"));   // both statements, whichever way round
 * m.gaps();   // the 13 of 15 allowed cells still empty (10 core pairs + 5 for GENDER, 2 filled)
 * }</pre>
 *
 * <p>The shape follows the paper. A link between two core management strategies is one link,
 * whichever way round it was entered, and sits above the diagonal: in the row of the strategy that
 * comes first among the columns. A link between a core strategy and another strategy sits in the
 * other strategy's row. Two strategies that are neither core do not link in this matrix, and a
 * strategy never links to itself. With {@code c} core and {@code o} other strategies the matrix has
 * {@code c(c-1)/2 + o*c} allowed cells: 20 for the paper's five core and two other strategies. The
 * last core strategy has no cell in its own row, so it is a column only, as in the paper.
 *
 * <p>The statements of a cell are kept sorted and without duplicates, so the matrix does not depend
 * on the order in which links were added. The model knows no format: {@code
 * org.rbm.text.LinkageMatrices} (module {@code org.rbm.text}) prints it as plain text, Markdown or
 * CSV in the paper's layout and reads the CSV back.
 *
 * <p>Limits: at most {@value #MAX_STRATEGIES} strategies, of which at most {@value
 * #MAX_CORE_STRATEGIES} core management strategies; {@link Builder#build()} checks both before any
 * other work. Building costs time and memory linear in the number of strategies and links (times
 * the logarithm of the number of links); {@link #cell}, {@link #positionOf} and {@link #strategy}
 * cost constant time, {@link #row}, {@link #column} and {@link #linksOf} time proportional to the
 * cells they return, {@link #rows()}, {@link #cells()} and {@link #links()} to their result. Only
 * {@link #allowedPositions()} and {@link #gaps()} may list more positions than there are
 * strategies and links (at most {@code c(c-1)/2 + o*c} for {@code c} core and {@code o} other
 * strategies, which the limits keep under five million); they are computed on each call, in time
 * and memory proportional to the allowed positions. Immutable and thread-safe.
 */
public final class LinkageMatrix {
  /**
   * The ILO's five core management strategies, in the paper's order: {@code HR} (human resources),
   * {@code IT} (information technology), {@code KNOWLEDGE}, {@code EVALUATION} and {@code RBM}
   * (results-based management).
   */
  public static final ImmutableList<StrategyHeading> ILO_CORE_STRATEGIES =
      ImmutableList.of(
          StrategyHeading.core(StrategyId.of("HR"), "Human resources"),
          StrategyHeading.core(StrategyId.of("IT"), "Information technology"),
          StrategyHeading.core(StrategyId.of("KNOWLEDGE"), "Knowledge"),
          StrategyHeading.core(StrategyId.of("EVALUATION"), "Evaluation"),
          StrategyHeading.core(StrategyId.of("RBM"), "Results-based management"));

  /**
   * The most strategies a matrix holds, core and other together. Far above any organisation's
   * strategies (the paper has seven), low enough that a hostile document cannot make a matrix
   * that exhausts memory.
   */
  public static final int MAX_STRATEGIES = 100_000;

  /**
   * The most core management strategies, the columns, a matrix holds (the paper has five). The
   * allowed positions grow with the square of the columns and with columns times rows, so this
   * limit keeps {@link #allowedPositions()}, {@link #gaps()} and every rendering of the matrix
   * proportional to the number of strategies.
   */
  public static final int MAX_CORE_STRATEGIES = 50;

  private final MatrixShape shape;
  // Filled cells only, in matrix order: row by row, left to right.
  private final ImmutableMap<StrategyPair, LinkageCell> cells;
  // The same cells by row and by column, each in matrix order, so that row, column and linksOf
  // cost what they return rather than a scan of the matrix.
  private final ImmutableListMultimap<StrategyId, LinkageCell> byRow;
  private final ImmutableListMultimap<StrategyId, LinkageCell> byColumn;

  private LinkageMatrix(MatrixShape shape, ImmutableMap<StrategyPair, LinkageCell> cells) {
    this.shape = shape;
    this.cells = cells;
    ImmutableListMultimap.Builder<StrategyId, LinkageCell> rowsOfCells =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<StrategyId, LinkageCell> columnsOfCells =
        ImmutableListMultimap.builder();
    for (LinkageCell cell : cells.values()) {
      rowsOfCells.put(cell.row(), cell);
      columnsOfCells.put(cell.column(), cell);
    }
    this.byRow = rowsOfCells.build();
    this.byColumn = columnsOfCells.build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this matrix's strategies and statements, to add more.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().addStrategies(shape.core).addStrategies(shape.other).addLinks(links());
  }

  /**
   * Returns the core management strategies, the columns, in order.
   *
   * @return at least one strategy
   */
  public ImmutableList<StrategyHeading> coreStrategies() {
    return shape.core;
  }

  /**
   * Returns the strategies that are not core management strategies, in the order given.
   *
   * @return the other strategies
   */
  public ImmutableList<StrategyHeading> otherStrategies() {
    return shape.other;
  }

  /**
   * Returns the rows: every core management strategy but the last (which has no cell in its own
   * row), then the other strategies.
   *
   * @return the rows, in the paper's order
   */
  public ImmutableList<StrategyHeading> rows() {
    return shape.rows();
  }

  /**
   * Finds a strategy of the matrix.
   *
   * @param id the strategy's id
   * @return its heading, or empty if the matrix has no such strategy
   */
  public Optional<StrategyHeading> strategy(StrategyId id) {
    return Optional.ofNullable(shape.byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the position of the cell that links two strategies, whichever way round they are
   * given: {@code positionOf(IT, HR)} is {@code (HR, IT)}, and {@code positionOf(HR, GENDER)} is
   * {@code (GENDER, HR)}.
   *
   * @param first one strategy of the matrix
   * @param second another strategy of the matrix; at least one of the two is a core management
   *     strategy
   * @return the position, in the row of the other strategy, or above the diagonal for two core ones
   * @throws InvalidValueException if a strategy is not in the matrix, the two are the same, or
   *     neither is a core management strategy
   */
  public StrategyPair positionOf(StrategyId first, StrategyId second) {
    return shape.position("first", "second", first, second);
  }

  /**
   * Returns the statements linking two strategies, whichever way round they are given.
   *
   * @param first one strategy of the matrix
   * @param second another; at least one of the two is a core management strategy
   * @return the statements, sorted; empty for a gap
   * @throws InvalidValueException if a strategy is not in the matrix, the two are the same, or
   *     neither is a core management strategy
   */
  public ImmutableList<LinkageStatement> cell(StrategyId first, StrategyId second) {
    LinkageCell cell = cells.get(positionOf(first, second));
    return cell == null ? ImmutableList.of() : cell.statements();
  }

  /**
   * Returns the filled cells of a row, left to right.
   *
   * @param strategy a strategy of the matrix
   * @return the cells; empty for the last core management strategy, which is a column only
   * @throws InvalidValueException if the matrix has no such strategy
   */
  public ImmutableList<LinkageCell> row(StrategyId strategy) {
    shape.require("strategy", strategy);
    return byRow.get(strategy);
  }

  /**
   * Returns the filled cells of a column, top to bottom.
   *
   * @param coreStrategy a core management strategy of the matrix
   * @return the cells
   * @throws InvalidValueException if the strategy is not a core management strategy of the matrix
   */
  public ImmutableList<LinkageCell> column(StrategyId coreStrategy) {
    if (!shape.isColumn(requireNonNull(coreStrategy, "coreStrategy"))) {
      throw new InvalidValueException(
          "coreStrategy", coreStrategy,
          "a core management strategy of the matrix, one of " + shape.columnIds());
    }
    return byColumn.get(coreStrategy);
  }

  /**
   * Returns every filled cell that involves a strategy, in its row or in its column: all its links,
   * in both directions, in matrix order.
   *
   * @param strategy a strategy of the matrix
   * @return the cells
   * @throws InvalidValueException if the matrix has no such strategy
   */
  public ImmutableList<LinkageCell> linksOf(StrategyId strategy) {
    shape.require("strategy", strategy);
    ImmutableList<LinkageCell> column = byColumn.get(strategy);
    ImmutableList<LinkageCell> row = byRow.get(strategy);
    if (row.isEmpty()) {
      return column;
    }
    // The column's cells are in row order: the strategy's own row goes among them in its place.
    int own = shape.rowOrder(strategy);
    ImmutableList.Builder<LinkageCell> links = ImmutableList.builder();
    int i = 0;
    while (i < column.size() && shape.rowOrder(column.get(i).row()) < own) {
      links.add(column.get(i++));
    }
    links.addAll(row);
    links.addAll(column.subList(i, column.size()));
    return links.build();
  }

  /**
   * Returns the filled cells, row by row, left to right.
   *
   * @return the cells
   */
  public ImmutableList<LinkageCell> cells() {
    return cells.values().asList();
  }

  /**
   * Returns every statement as a linkage from its row to its column, cell by cell in matrix order;
   * {@code builder().addStrategies(..).addLinks(links()).build()} gives the matrix back.
   *
   * @return the linkages
   */
  public ImmutableList<Linkage> links() {
    ImmutableList.Builder<Linkage> links = ImmutableList.builder();
    for (LinkageCell cell : cells.values()) {
      cell.statements().forEach(s -> links.add(Linkage.of(cell.row(), cell.column(), s)));
    }
    return links.build();
  }

  /**
   * Returns every position the matrix allows, row by row, left to right: for a core management
   * strategy the columns after its own, for another strategy every column. Computed on each call,
   * in time and memory proportional to the result (the limits on strategies keep it under five
   * million positions).
   *
   * @return {@code c(c-1)/2 + o*c} positions for {@code c} core and {@code o} other strategies
   */
  public ImmutableList<StrategyPair> allowedPositions() {
    return shape.allowedPositions();
  }

  /**
   * Returns the gaps: the allowed positions with no statement, row by row, left to right. The gaps
   * and the positions of the filled cells together are the allowed positions, each once. Computed
   * on each call, in time proportional to the allowed positions and memory proportional to the
   * result.
   *
   * @return the gaps
   */
  public ImmutableList<StrategyPair> gaps() {
    ImmutableList.Builder<StrategyPair> gaps = ImmutableList.builder();
    for (StrategyHeading row : shape.rows()) {
      for (StrategyHeading column : shape.columnsOf(row)) {
        StrategyPair position = StrategyPair.of(row.id(), column.id());
        if (!cells.containsKey(position)) {
          gaps.add(position);
        }
      }
    }
    return gaps.build();
  }

  /** Two matrices are equal when they have the same strategies in the same order and equal cells. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LinkageMatrix that
        && that.shape.core.equals(shape.core)
        && that.shape.other.equals(shape.other)
        && that.cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return (shape.core.hashCode() * 31 + shape.other.hashCode()) * 31 + cells.hashCode();
  }

  /**
   * Returns a summary, such as {@code LinkageMatrix[core HR, IT; other GENDER; 2 of 3 cells
   * filled]}.
   */
  @Override
  public String toString() {
    return "LinkageMatrix[core " + shape.columnIds() + "; other "
        + shape.other.stream().map(h -> h.id().toString()).collect(Collectors.joining(", "))
        + "; " + cells.size() + " of " + shape.allowedCount() + " cells filled]";
  }

  /**
   * Builds a {@link LinkageMatrix}: add the strategies (core ones in column order), then the links,
   * in any order. {@link #build()} checks everything and names the first fault. Not thread-safe.
   */
  public static final class Builder {
    private final List<StrategyHeading> strategies = new ArrayList<>();
    private final List<Linkage> links = new ArrayList<>();

    Builder() {}

    /**
     * Adds a strategy: a core management strategy becomes the next column, another strategy the
     * next row after the core ones.
     *
     * @param strategy the strategy's heading
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStrategy(StrategyHeading strategy) {
      strategies.add(requireNonNull(strategy, "strategy"));
      return this;
    }

    /**
     * Adds a strategy by its {@linkplain Strategy#heading() heading}, as by {@link
     * #addStrategy(StrategyHeading)}.
     *
     * @param strategy the strategy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStrategy(Strategy strategy) {
      return addStrategy(strategy.heading());
    }

    /**
     * Adds strategies, in order, as by {@link #addStrategy(StrategyHeading)}.
     *
     * @param strategies the headings
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addStrategies(Iterable<StrategyHeading> strategies) {
      strategies.forEach(this::addStrategy);
      return this;
    }

    /**
     * Adds a core management strategy as the next column.
     *
     * @param id the strategy's id, such as {@code HR}
     * @param name the name, such as {@code Human resources}
     * @return this builder
     * @throws InvalidValueException if the name is not one line of text, not blank, without spaces
     *     at either end
     */
    @CanIgnoreReturnValue
    public Builder addCoreStrategy(StrategyId id, String name) {
      return addStrategy(StrategyHeading.core(id, name));
    }

    /**
     * Adds a strategy that is not a core management strategy, as the next of the other rows.
     *
     * @param id the strategy's id, such as {@code GENDER}
     * @param name the name, such as {@code Gender equality}
     * @return this builder
     * @throws InvalidValueException if the name is not one line of text, not blank, without spaces
     *     at either end
     */
    @CanIgnoreReturnValue
    public Builder addOtherStrategy(StrategyId id, String name) {
      return addStrategy(StrategyHeading.other(id, name));
    }

    /**
     * Adds a statement to the cell that links two strategies, whichever way round they are given.
     *
     * @param from one strategy
     * @param to another strategy; at least one of the two must be a core management strategy
     * @param statement the statement
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder link(StrategyId from, StrategyId to, LinkageStatement statement) {
      return addLink(Linkage.of(from, to, statement));
    }

    /**
     * Adds a statement to the cell of its two strategies, whichever way round they are given.
     *
     * @param linkage the two strategies, at least one of them core, and the statement
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addLink(Linkage linkage) {
      links.add(requireNonNull(linkage, "linkage"));
      return this;
    }

    /**
     * Adds linkages, in order, as by {@link #addLink}.
     *
     * @param linkages the linkages
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addLinks(Iterable<Linkage> linkages) {
      linkages.forEach(this::addLink);
      return this;
    }

    /**
     * Adds a statement without references, as by {@link #link(StrategyId, StrategyId,
     * LinkageStatement)}.
     *
     * @param from one strategy
     * @param to another strategy; at least one of the two must be a core management strategy
     * @param text the statement's text
     * @return this builder
     * @throws InvalidValueException if the text is not a valid statement text (see {@link
     *     LinkageStatement})
     */
    @CanIgnoreReturnValue
    public Builder link(StrategyId from, StrategyId to, String text) {
      return link(from, to, LinkageStatement.of(text));
    }

    /**
     * Builds the matrix.
     *
     * @return the matrix
     * @throws InvalidValueException if there are more than {@value #MAX_STRATEGIES} strategies or
     *     more than {@value #MAX_CORE_STRATEGIES} core ones ({@code strategies}, checked first), a
     *     strategy id is given twice ({@code strategies[i].id}), no strategy is a core management
     *     strategy ({@code strategies}), a link names a strategy not
     *     added ({@code links[k].from}, {@code links[k].to}), links a strategy to itself or two
     *     strategies of which neither is core ({@code links[k].to}), or repeats a statement already
     *     in its cell ({@code links[k].statement})
     */
    public LinkageMatrix build() {
      MatrixShape shape = MatrixShape.of(strategies);
      Map<StrategyPair, TreeSet<LinkageStatement>> statements = new HashMap<>();
      for (int k = 0; k < links.size(); k++) {
        Linkage link = links.get(k);
        String field = "links[" + k + "]";
        StrategyPair position =
            shape.position(field + ".from", field + ".to", link.from(), link.to());
        if (!statements.computeIfAbsent(position, p -> new TreeSet<>()).add(link.statement())) {
          throw new InvalidValueException(
              field + ".statement", link.statement().toString(),
              "a statement not already in the cell " + position);
        }
      }
      // Matrix order (row by row, left to right) from the filled positions alone: never a walk
      // over every allowed position, which grows with the square of the columns.
      List<Map.Entry<StrategyPair, TreeSet<LinkageStatement>>> filled =
          new ArrayList<>(statements.entrySet());
      filled.sort(Comparator.<Map.Entry<StrategyPair, TreeSet<LinkageStatement>>>comparingInt(
              e -> shape.rowOrder(e.getKey().row()))
          .thenComparingInt(e -> shape.columnOf(e.getKey().column())));
      ImmutableMap.Builder<StrategyPair, LinkageCell> cells =
          ImmutableMap.builderWithExpectedSize(filled.size());
      for (Map.Entry<StrategyPair, TreeSet<LinkageStatement>> e : filled) {
        cells.put(e.getKey(), LinkageCell.of(e.getKey(), ImmutableList.copyOf(e.getValue())));
      }
      return new LinkageMatrix(shape, cells.buildOrThrow());
    }
  }
}
