package org.rbm.core.dwcp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rbm.core.money.Money;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * A global immediate outcome that DWCP priorities ask for, with the countries that ask and the
 * resources their results bring to it: one line of the Programme and Budget's summary of DWCP
 * priorities, and the resource side of its priority-resource gap. Computed by {@link
 * DwcpPortfolio#outcomeDemand}. Immutable and thread-safe.
 */
public final class OutcomeDemand {
  private final FrameworkId framework;
  private final ResultId outcome;
  private final ImmutableSortedSet<String> countries;
  private final ImmutableMap<FundingSource, ImmutableList<Money>> resourcesBySource;
  private final ImmutableList<Money> resources;

  OutcomeDemand(FrameworkId framework, ResultId outcome, ImmutableSortedSet<String> countries,
      ImmutableMap<FundingSource, ImmutableList<Money>> resourcesBySource,
      ImmutableList<Money> resources) {
    this.framework = framework;
    this.outcome = outcome;
    this.countries = countries;
    this.resourcesBySource = resourcesBySource;
    this.resources = resources;
  }

  /**
   * Returns the framework of the global outcome (the Programme and Budget).
   *
   * @return the framework's id
   */
  public FrameworkId framework() {
    return framework;
  }

  /**
   * Returns the global immediate outcome.
   *
   * @return its id
   */
  public ResultId outcome() {
    return outcome;
  }

  /**
   * Returns the countries whose programmes contribute to the outcome.
   *
   * @return ISO 3166 alpha-2 codes, sorted
   */
  public ImmutableSortedSet<String> countries() {
    return countries;
  }

  /**
   * Returns the resources by funding source, one amount per currency.
   *
   * @return the sources that bring anything, in declaration order; amounts sorted by currency code
   */
  public ImmutableMap<FundingSource, ImmutableList<Money>> resourcesBySource() {
    return resourcesBySource;
  }

  /**
   * Returns the resources from every source, one amount per currency.
   *
   * @return the amounts, sorted by currency code; empty if no resources are stated
   */
  public ImmutableList<Money> resources() {
    return resources;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OutcomeDemand that
        && framework.equals(that.framework)
        && outcome.equals(that.outcome)
        && countries.equals(that.countries)
        && resourcesBySource.equals(that.resourcesBySource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, outcome, countries, resourcesBySource);
  }

  /** Returns {@code OutcomeDemand{PB-2008-09/IO1.1, 3 countries, [150000 USD]}}. */
  @Override
  public String toString() {
    return "OutcomeDemand{" + framework + "/" + outcome + ", " + countries.size() + " countries, "
        + resources + "}";
  }
}
