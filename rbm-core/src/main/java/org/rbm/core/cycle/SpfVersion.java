package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.StrategyId;

/**
 * A Strategic Policy Framework as it stood on a date: the SPF as adopted with the amendments
 * decided up to that day applied. Computed by {@link StrategicPolicyFramework#asOf}, never built by
 * callers.
 *
 * <pre>{@code
 * SpfVersion inMarch2011 = spf.asOf(LocalDate.of(2011, 3, 31));
 * boolean stillThere = inMarch2011.framework().result(ResultId.of("OC2a")).isPresent();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class SpfVersion {
  private final DocumentId spf;
  private final LocalDate asOf;
  private final ResultsFramework framework;
  private final ImmutableList<HighLevelStrategy> strategies;
  private final ImmutableList<String> evaluationLessons;
  private final Optional<String> vision;
  private final ImmutableList<Amendment> amendmentsApplied;

  SpfVersion(
      DocumentId spf,
      LocalDate asOf,
      ResultsFramework framework,
      ImmutableList<HighLevelStrategy> strategies,
      ImmutableList<String> evaluationLessons,
      Optional<String> vision,
      ImmutableList<Amendment> amendmentsApplied) {
    this.spf = spf;
    this.asOf = asOf;
    this.framework = framework;
    this.strategies = strategies;
    this.evaluationLessons = evaluationLessons;
    this.vision = vision;
    this.amendmentsApplied = amendmentsApplied;
  }

  /**
   * Returns the id of the SPF this is a version of.
   *
   * @return the SPF's id
   */
  public DocumentId spf() {
    return spf;
  }

  /**
   * Returns the day this version stood on.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the results framework as amended up to {@link #asOf()}.
   *
   * @return the framework
   */
  public ResultsFramework framework() {
    return framework;
  }

  /**
   * Returns the high-level strategies as amended.
   *
   * @return the strategies; added ones at the end
   */
  public ImmutableList<HighLevelStrategy> strategies() {
    return strategies;
  }

  /**
   * Finds a high-level strategy by id.
   *
   * @param id the strategy's id
   * @return the strategy, or empty if this version has none with that id
   */
  public Optional<HighLevelStrategy> strategy(StrategyId id) {
    requireNonNull(id, "id");
    return strategies.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the evaluation lessons, those added by amendments at the end.
   *
   * @return the lessons
   */
  public ImmutableList<String> evaluationLessons() {
    return evaluationLessons;
  }

  /**
   * Returns the vision statement as last revised.
   *
   * @return the vision, if any
   */
  public Optional<String> vision() {
    return vision;
  }

  /**
   * Returns the amendments applied, in the order they were applied (by date; one day's in the
   * order recorded).
   *
   * @return the amendments dated on or before {@link #asOf()}
   */
  public ImmutableList<Amendment> amendmentsApplied() {
    return amendmentsApplied;
  }

  /** Equal when every attribute is, including the as-of date and the amendments applied. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SpfVersion that
        && that.spf.equals(spf)
        && that.asOf.equals(asOf)
        && that.framework.equals(framework)
        && that.strategies.equals(strategies)
        && that.evaluationLessons.equals(evaluationLessons)
        && that.vision.equals(vision)
        && that.amendmentsApplied.equals(amendmentsApplied);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        spf, asOf, framework, strategies, evaluationLessons, vision, amendmentsApplied);
  }

  /** Returns {@code SPF-2010-15 as of 2011-03-31 (1 amendment applied)}. */
  @Override
  public String toString() {
    return spf + " as of " + asOf + " (" + amendmentsApplied.size()
        + (amendmentsApplied.size() == 1 ? " amendment" : " amendments") + " applied)";
  }
}
