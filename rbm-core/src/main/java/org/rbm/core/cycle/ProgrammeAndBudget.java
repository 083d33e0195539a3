package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;

/**
 * A Programme and Budget (P&amp;B): the biennial plan inside a Strategic Policy Framework, such as
 * {@code 2008-09}, holding per immediate outcome its indicators and performance targets with
 * baselines (its {@linkplain #framework() results framework}), the resources allocated from each
 * funding source (regular budget, RBSA, extra-budgetary technical cooperation) for each year, and
 * an outcome strategy in the standard format of eight topics; plus the summary of Decent Work
 * Country Programme priorities it serves (GB.300/PFA/9/1, paragraphs 46-51).
 *
 * <pre>{@code
 * ProgrammeAndBudget pb = ProgrammeAndBudget.builder()
 *     .id(DocumentId.of("PB-2008-09"))
 *     .biennium(PlanningPeriod.parse("2008-09"))
 *     .spf(DocumentId.of("SPF-2006-09"))
 *     .currency(Currency.getInstance("USD"))
 *     .framework(resultsFramework2008to09)
 *     .addAllocation(Allocation.of(io21, FundingSource.REGULAR_BUDGET, 2008, Money.parse("USD 4500000")))
 *     .addAllocation(Allocation.of(io21, FundingSource.RBSA, 2008, Money.parse("USD 500000")))
 *     .addStatedTotal(StatedTotal.of(FundingSource.REGULAR_BUDGET, Money.parse("USD 9000000")))
 *     .build();
 * Money rb = pb.totalsBySource().get(FundingSource.REGULAR_BUDGET);
 * }</pre>
 *
 * <p>Invariants checked when built, each an {@link InvalidValueException} naming the field: the
 * biennium is two years and is the framework's planning period; every amount (allocations, stated
 * totals) is in the P&amp;B's {@linkplain #currency() currency} (convert others first with an
 * {@link org.rbm.core.money.ExchangeRate}) and not negative; an allocation's year lies in the
 * biennium, its outcome is a result of the framework, and there is at most one allocation per
 * outcome, source and year; at most one stated total per source; at most one outcome strategy per
 * outcome, each for a result of the framework; every DWCP priority names results of the framework.
 *
 * <p>Rules that span objects are not construction's business: the biennium inside its SPF's period,
 * every outcome an outcome of the SPF as it stood on adoption, every immediate outcome resourced,
 * stated totals equal to the allocations' totals, all eight topics covered, budgeting by results.
 * The totals they need are here, each computed once, on first use, in time linear in the number of
 * allocations. Immutable and thread-safe.
 */
@Immutable
public abstract class ProgrammeAndBudget implements WithProgrammeAndBudget {
  ProgrammeAndBudget() {}

  /**
   * Returns the identifier.
   *
   * @return the id, such as {@code PB-2008-09}
   */
  public abstract DocumentId id();

  /**
   * Returns the biennium.
   *
   * @return two years, such as {@code 2008-09}
   */
  public abstract PlanningPeriod biennium();

  /**
   * Returns the Strategic Policy Framework this P&amp;B belongs to.
   *
   * @return the SPF's id
   */
  public abstract DocumentId spf();

  /**
   * Returns the day the P&amp;B was adopted (by the International Labour Conference, for the ILO).
   *
   * @return the adoption date; empty for proposals not yet adopted
   */
  public abstract Optional<LocalDate> adoptedOn();

  /**
   * Returns the currency of every amount of the P&amp;B.
   *
   * @return the currency, such as USD
   */
  public abstract Currency currency();

  /**
   * Returns the results framework for the biennium: the outcomes and immediate outcomes, their
   * indicators, performance targets and baselines.
   *
   * @return the framework, over {@link #biennium()}
   */
  public abstract ResultsFramework framework();

  /**
   * Returns the resources allocated by immediate outcome, funding source and year.
   *
   * @return the allocations, in the order given
   */
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns the totals by funding source as the document states them.
   *
   * @return the stated totals, at most one per source, in the order given
   */
  public abstract ImmutableList<StatedTotal> statedTotals();

  /**
   * Returns the outcome strategies.
   *
   * @return the strategies, at most one per outcome, in the order given
   */
  public abstract ImmutableList<OutcomeStrategy> outcomeStrategies();

  /**
   * Returns the summary of Decent Work Country Programme priorities the P&amp;B serves.
   *
   * @return the priorities, in the order given
   */
  public abstract ImmutableList<DwcpPriority> dwcpPriorities();

  @Check
  final void check() {
    if (!biennium().isBiennium()) {
      throw new InvalidValueException("biennium", biennium(), "a period of two years, such as 2008-09");
    }
    if (!framework().planningPeriod().equals(biennium())) {
      throw new InvalidValueException(
          "framework.planningPeriod",
          framework().planningPeriod(),
          biennium() + ", the biennium of the Programme and Budget");
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < allocations().size(); i++) {
      Allocation a = allocations().get(i);
      String at = "allocations[" + i + "]";
      requireCurrency(at + ".amount", a.amount());
      requireResult(at + ".outcome", a.outcome());
      if (a.year() < biennium().firstYear() || a.year() > biennium().lastYear()) {
        throw new InvalidValueException(at + ".year", a.year(), "a year of the biennium " + biennium());
      }
      if (!seen.add(List.of(a.outcome(), a.source(), a.year()))) {
        throw new InvalidValueException(
            at,
            a.outcome() + " " + a.source() + " " + a.year(),
            "one allocation per outcome, funding source and year");
      }
    }
    Set<FundingSource> stated = new HashSet<>();
    for (int i = 0; i < statedTotals().size(); i++) {
      StatedTotal t = statedTotals().get(i);
      requireCurrency("statedTotals[" + i + "].amount", t.amount());
      if (!stated.add(t.source())) {
        throw new InvalidValueException(
            "statedTotals[" + i + "].source", t.source(), "a funding source not given before");
      }
    }
    Set<ResultId> withStrategy = new HashSet<>();
    for (int i = 0; i < outcomeStrategies().size(); i++) {
      ResultId outcome = outcomeStrategies().get(i).outcome();
      requireResult("outcomeStrategies[" + i + "].outcome", outcome);
      if (!withStrategy.add(outcome)) {
        throw new InvalidValueException(
            "outcomeStrategies[" + i + "].outcome", outcome, "an outcome without a strategy before");
      }
    }
    for (int i = 0; i < dwcpPriorities().size(); i++) {
      int j = 0;
      for (ResultId outcome : dwcpPriorities().get(i).outcomes()) {
        requireResult("dwcpPriorities[" + i + "].outcomes[" + j + "]", outcome);
        j++;
      }
    }
  }

  private void requireCurrency(String field, Money amount) {
    if (!amount.currency().equals(currency())) {
      throw new InvalidValueException(
          field,
          amount,
          "an amount in " + currency() + ", the currency of the Programme and Budget;"
              + " convert with an ExchangeRate");
    }
  }

  private void requireResult(String field, ResultId id) {
    if (framework().result(id).isEmpty()) {
      throw new InvalidValueException(field, id, "the id of a result of the framework");
    }
  }

  /**
   * Returns the total allocated from each funding source over the biennium.
   *
   * @return every source, in the order of {@link FundingSource}, with zero where nothing is
   *     allocated
   */
  public final ImmutableMap<FundingSource, Money> totalsBySource() {
    Map<FundingSource, Money> totals = new HashMap<>();
    for (Allocation a : allocations()) {
      totals.merge(a.source(), a.amount(), Money::plus);
    }
    ImmutableMap.Builder<FundingSource, Money> bySource = ImmutableMap.builder();
    for (FundingSource source : FundingSource.values()) {
      bySource.put(source, totals.getOrDefault(source, Money.zero(currency())));
    }
    return bySource.buildOrThrow();
  }

  /**
   * Returns the total allocated for each year of the biennium, all sources together.
   *
   * @return both years, in order, with zero where nothing is allocated
   */
  public final ImmutableMap<Integer, Money> totalsByYear() {
    Map<Integer, Money> totals = new HashMap<>();
    for (Allocation a : allocations()) {
      totals.merge(a.year(), a.amount(), Money::plus);
    }
    ImmutableMap.Builder<Integer, Money> byYear = ImmutableMap.builder();
    for (int year = biennium().firstYear(); year <= biennium().lastYear(); year++) {
      byYear.put(year, totals.getOrDefault(year, Money.zero(currency())));
    }
    return byYear.buildOrThrow();
  }

  /**
   * Returns the total allocated to each outcome that has allocations, all sources and years.
   *
   * @return the totals, outcomes in the order of their first allocation
   */
  public final ImmutableMap<ResultId, Money> totalsByOutcome() {
    Map<ResultId, Money> totals = new java.util.LinkedHashMap<>();
    for (Allocation a : allocations()) {
      totals.merge(a.outcome(), a.amount(), Money::plus);
    }
    return ImmutableMap.copyOf(totals);
  }

  /**
   * Returns the grand total: every allocation, all sources and years.
   *
   * @return the total, zero if there are no allocations
   */
  public final Money total() {
    return Money.sum(currency(), allocations().stream().map(Allocation::amount).toList());
  }

  /**
   * Returns the total allocated from one funding source.
   *
   * @param source the funding source
   * @return the total, zero if nothing is allocated from it
   */
  public final Money total(FundingSource source) {
    requireNonNull(source, "source");
    List<Money> amounts = new ArrayList<>();
    for (Allocation a : allocations()) {
      if (a.source() == source) {
        amounts.add(a.amount());
      }
    }
    return Money.sum(currency(), amounts);
  }

  /**
   * Returns the total allocated to one outcome from one source, both years.
   *
   * @param outcome the outcome's id
   * @param source the funding source
   * @return the total, zero if nothing is allocated
   */
  public final Money total(ResultId outcome, FundingSource source) {
    requireNonNull(outcome, "outcome");
    requireNonNull(source, "source");
    List<Money> amounts = new ArrayList<>();
    for (Allocation a : allocations()) {
      if (a.outcome().equals(outcome) && a.source() == source) {
        amounts.add(a.amount());
      }
    }
    return Money.sum(currency(), amounts);
  }

  /**
   * Returns the allocations to one outcome.
   *
   * @param outcome the outcome's id
   * @return its allocations, in the order given; empty if it has none
   */
  public final ImmutableList<Allocation> allocationsTo(ResultId outcome) {
    requireNonNull(outcome, "outcome");
    return allocations().stream()
        .filter(a -> a.outcome().equals(outcome))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the total the document states for a source.
   *
   * @param source the funding source
   * @return the stated total, or empty if the document states none
   */
  public final Optional<Money> statedTotal(FundingSource source) {
    requireNonNull(source, "source");
    return statedTotals().stream()
        .filter(t -> t.source() == source)
        .map(StatedTotal::amount)
        .findFirst();
  }

  /**
   * Finds the strategy of an outcome.
   *
   * @param outcome the outcome's id
   * @return the strategy, or empty if the outcome has none
   */
  public final Optional<OutcomeStrategy> outcomeStrategy(ResultId outcome) {
    requireNonNull(outcome, "outcome");
    return outcomeStrategies().stream().filter(s -> s.outcome().equals(outcome)).findFirst();
  }

  /**
   * Returns the outcomes that DWCP priorities ask for.
   *
   * @return the outcomes named by at least one priority, in the order first named
   */
  public final ImmutableSet<ResultId> outcomesAskedForByDwcps() {
    ImmutableSet.Builder<ResultId> asked = ImmutableSet.builder();
    dwcpPriorities().forEach(p -> asked.addAll(p.outcomes()));
    return asked.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a required
   *     attribute is missing or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeAndBudget}. */
  public static final class Builder extends ImmutableProgrammeAndBudget.Builder {
    Builder() {}
  }
}
