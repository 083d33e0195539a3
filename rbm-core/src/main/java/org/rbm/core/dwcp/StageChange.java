package org.rbm.core.dwcp;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.period.PlanningPeriod;

/**
 * A DWCP whose document stage differs between two days: recorded in between ({@link #before()}
 * empty) or moved on. Computed by {@link DwcpPortfolio#changes}. Immutable and thread-safe.
 */
public final class StageChange {
  private final String country;
  private final PlanningPeriod period;
  private final IloRegion region;
  private final @Nullable DwcpStage before;
  private final DwcpStage after;

  StageChange(Dwcp d, @Nullable DwcpStage before, DwcpStage after) {
    this.country = d.country();
    this.period = d.period();
    this.region = d.region();
    this.before = before;
    this.after = after;
  }

  /**
   * Returns the country's ISO 3166 alpha-2 code.
   *
   * @return the code
   */
  public String country() {
    return country;
  }

  /**
   * Returns the programme's period.
   *
   * @return the period
   */
  public PlanningPeriod period() {
    return period;
  }

  /**
   * Returns the programme's region.
   *
   * @return the region
   */
  public IloRegion region() {
    return region;
  }

  /**
   * Returns the stage on the first day.
   *
   * @return the stage; empty if the programme was not yet recorded
   */
  public Optional<DwcpStage> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the stage on the second day.
   *
   * @return the stage
   */
  public DwcpStage after() {
    return after;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StageChange that
        && country.equals(that.country)
        && period.equals(that.period)
        && region == that.region
        && before == that.before
        && after == that.after;
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, period, region, before, after);
  }

  /** Returns {@code KE 2007-11: CONCEPT -> DRAFT} ({@code (new)} when recorded in between). */
  @Override
  public String toString() {
    return country + " " + period + ": " + (before == null ? "(new)" : before.name()) + " -> "
        + after.name();
  }
}
