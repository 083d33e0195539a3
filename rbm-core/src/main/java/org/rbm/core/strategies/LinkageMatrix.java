package org.rbm.core.strategies;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
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
 * on the order in which links were added. {@link #toText()}, {@link #toMarkdown()} and {@link
 * #toCsv()} print it in the paper's layout; {@link #parseCsv} reads the CSV back into an equal
 * matrix.
 *
 * <p>Building costs time linear in the number of strategies and links (times the logarithm of the
 * number of statements in a cell); each query costs time linear in the number of rows and columns,
 * or, for {@link #linksOf}, {@link #gaps()} and {@link #allowedPositions()}, in the number of
 * cells. Immutable and thread-safe.
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

  private final MatrixShape shape;
  // Filled cells only, in matrix order: row by row, left to right.
  private final ImmutableMap<StrategyPair, LinkageCell> cells;

  private LinkageMatrix(MatrixShape shape, ImmutableMap<StrategyPair, LinkageCell> cells) {
    this.shape = shape;
    this.cells = cells;
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
   * Reads a matrix from the CSV form that {@link #toCsv()} writes.
   *
   * @param csv the CSV text (RFC 4180; records end with CRLF or LF, and a lone CR outside double
   *     quotes is refused; one byte-order mark U+FEFF at the start, as Excel's "CSV UTF-8" writes,
   *     and empty lines at the end are ignored)
   * @return the matrix
   * @throws LinkageMatrixParseException if the text is not such a CSV form; the exception names
   *     the line and the field
   */
  public static LinkageMatrix parseCsv(CharSequence csv) {
    return MatrixCsv.read(requireNonNull(csv, "csv").toString());
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
    StrategyHeading heading = shape.require("strategy", strategy);
    ImmutableList.Builder<LinkageCell> row = ImmutableList.builder();
    for (StrategyHeading column : shape.columnsOf(heading)) {
      addIfFilled(row, StrategyPair.of(strategy, column.id()));
    }
    return row.build();
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
    ImmutableList.Builder<LinkageCell> column = ImmutableList.builder();
    for (StrategyHeading row : shape.rows()) {
      if (!row.id().equals(coreStrategy)) {
        addIfFilled(column, StrategyPair.of(row.id(), coreStrategy));
      }
    }
    return column.build();
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
    return cells.values().stream()
        .filter(c -> c.position().involves(strategy))
        .collect(ImmutableList.toImmutableList());
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
   * strategy the columns after its own, for another strategy every column.
   *
   * @return {@code c(c-1)/2 + o*c} positions for {@code c} core and {@code o} other strategies
   */
  public ImmutableList<StrategyPair> allowedPositions() {
    return shape.allowedPositions();
  }

  /**
   * Returns the gaps: the allowed positions with no statement, row by row, left to right. The gaps
   * and the positions of the filled cells together are the allowed positions, each once.
   *
   * @return the gaps
   */
  public ImmutableList<StrategyPair> gaps() {
    return allowedPositions().stream()
        .filter(p -> !cells.containsKey(p))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Prints the matrix as a plain-text table in the paper's layout, each column 24 characters wide
   * (a cell's statements wrap at spaces; a word longer than a column is cut).
   *
   * @return the table, lines ending with {@code \n}
   */
  public String toText() {
    return MatrixText.text(this, MatrixText.DEFAULT_WIDTH);
  }

  /**
   * Prints the matrix as a plain-text table in the paper's layout, with columns of the given width;
   * longer texts wrap.
   *
   * @param columnWidth the width of each column's text, from 10 to 1,000
   * @return the table, lines ending with {@code \n}
   * @throws InvalidValueException if the width is below 10 or above 1,000
   */
  public String toText(int columnWidth) {
    return MatrixText.text(this, columnWidth);
  }

  /**
   * Prints the matrix as a Markdown table in the paper's layout: a row's name, then one cell per
   * core management strategy, a cell's statements joined by {@code ; }.
   *
   * @return the table, lines ending with {@code \n}
   */
  public String toMarkdown() {
    return MatrixText.markdown(this);
  }

  /**
   * Prints the matrix as CSV (RFC 4180, records ending with CRLF) in the paper's layout: a header
   * {@code Strategy,Human resources [HR],...}, then one record per row, a cell's statements one per
   * line within the field. {@link #parseCsv} reads it back into an equal matrix.
   *
   * @return the CSV text
   */
  public String toCsv() {
    return MatrixCsv.write(this);
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
        + "; " + cells.size() + " of " + allowedPositions().size() + " cells filled]";
  }

  private void addIfFilled(ImmutableList.Builder<LinkageCell> out, StrategyPair position) {
    LinkageCell cell = cells.get(position);
    if (cell != null) {
      out.add(cell);
    }
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
     * @throws InvalidValueException if a strategy id is given twice ({@code strategies[i].id}), no
     *     strategy is a core management strategy ({@code strategies}), a link names a strategy not
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
      ImmutableMap.Builder<StrategyPair, LinkageCell> cells = ImmutableMap.builder();
      for (StrategyPair position : shape.allowedPositions()) {
        TreeSet<LinkageStatement> inCell = statements.get(position);
        if (inCell != null) {
          cells.put(position, LinkageCell.of(position, ImmutableList.copyOf(inCell)));
        }
      }
      return new LinkageMatrix(shape, cells.buildOrThrow());
    }
  }
}
