package org.rbm.core.cycle;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rbm.core.period.PlanningPeriod;

/**
 * A document of the programme cycle and the month it is due, such as the implementation report on
 * 2010-11, due in March 2012. Computed by {@link CycleCalendar#schedule}, never built by callers.
 * Immutable and thread-safe.
 */
public final class DueDocument {
  private final DocumentKind kind;
  private final PlanningPeriod covers;
  private final YearMonth due;

  DueDocument(DocumentKind kind, PlanningPeriod covers, YearMonth due) {
    this.kind = kind;
    this.covers = covers;
    this.due = due;
  }

  /**
   * Returns the kind of document.
   *
   * @return the kind
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * Returns the period the document covers: the SPF's period, or a biennium.
   *
   * @return the period covered
   */
  public PlanningPeriod covers() {
    return covers;
  }

  /**
   * Returns the month the document is due.
   *
   * @return the due month
   */
  public YearMonth due() {
    return due;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DueDocument that
        && that.kind == kind
        && that.covers.equals(covers)
        && that.due.equals(due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, covers, due);
  }

  /** Returns {@code IMPLEMENTATION_REPORT 2010-11 due 2012-03}. */
  @Override
  public String toString() {
    return kind + " " + covers + " due " + due;
  }
}
