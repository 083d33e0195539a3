package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The number of DWCP documents in each region and stage on a day: the paper's table of DWCP
 * documents by region, whose rows are the {@link IloRegion regions} and columns the {@link
 * DwcpStage stages}. Computed by {@link DwcpPortfolio#countsByRegionAndStage(LocalDate)}; every
 * region and stage has a cell, zero when no document is in it. Immutable and thread-safe.
 */
public final class DwcpStageTable {
  private final LocalDate asOf;
  private final ImmutableTable<IloRegion, DwcpStage, Integer> counts;

  DwcpStageTable(LocalDate asOf, ImmutableTable<IloRegion, DwcpStage, Integer> counts) {
    this.asOf = asOf;
    this.counts = counts;
  }

  /**
   * Returns the day the counts hold for.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns every cell, regions and stages in declaration order.
   *
   * @return the counts
   */
  public ImmutableTable<IloRegion, DwcpStage, Integer> counts() {
    return counts;
  }

  /**
   * Returns the number of documents of a region in a stage.
   *
   * @param region the region
   * @param stage the stage
   * @return the count, zero or more
   */
  public int count(IloRegion region, DwcpStage stage) {
    Integer n = counts.get(requireNonNull(region, "region"), requireNonNull(stage, "stage"));
    return n == null ? 0 : n;
  }

  /**
   * Returns the number of documents of a region, in any stage.
   *
   * @param region the region
   * @return the count
   */
  public int regionTotal(IloRegion region) {
    int n = 0;
    for (DwcpStage s : DwcpStage.values()) {
      n += count(region, s);
    }
    return n;
  }

  /**
   * Returns the number of documents in a stage, over all regions (the table's total row).
   *
   * @param stage the stage
   * @return the count
   */
  public int stageTotal(DwcpStage stage) {
    int n = 0;
    for (IloRegion r : IloRegion.values()) {
      n += count(r, stage);
    }
    return n;
  }

  /**
   * Returns the number of documents in the table.
   *
   * @return the count
   */
  public int total() {
    int n = 0;
    for (DwcpStage s : DwcpStage.values()) {
      n += stageTotal(s);
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DwcpStageTable that && asOf.equals(that.asOf) && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * asOf.hashCode() + counts.hashCode();
  }

  /** Returns {@code DwcpStageTable{2007-12-31, 79 documents}}. */
  @Override
  public String toString() {
    return "DwcpStageTable{" + asOf + ", " + total() + " documents}";
  }
}
