package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * The expenditure reported against a Programme and Budget: money spent by immediate outcome,
 * funding source and period (GB.300/PFA/9/1, paragraph 60), with the totals the implementation
 * report and the budgeting-by-results rules compare with the allocations.
 *
 * <pre>{@code
 * Expenditure spent2008 = Expenditure.builder()
 *     .programmeAndBudget(DocumentId.of("PB-2008-09"))
 *     .currency(Currency.getInstance("USD"))
 *     .reportedOn(LocalDate.of(2009, 3, 31))
 *     .addEntry(ExpenditureEntry.ofYear(io21, FundingSource.REGULAR_BUDGET, 2008,
 *         Money.parse("USD 2100000")))
 *     .build();
 * Money rb = spent2008.total(io21, FundingSource.REGULAR_BUDGET);
 * }</pre>
 *
 * <p>Invariants checked when built: every amount is in the {@linkplain #currency() currency} and
 * not negative; at most one entry per outcome, source and period. Whether the outcomes are those of
 * the Programme and Budget, and whether periods of one outcome and source overlap, are rules. The
 * totals take time linear in the number of entries. Immutable and thread-safe.
 */
@Immutable
public abstract class Expenditure implements WithExpenditure {
  Expenditure() {}

  /**
   * Returns the Programme and Budget the expenditure is reported against.
   *
   * @return the P&amp;B's id
   */
  public abstract DocumentId programmeAndBudget();

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * Returns the day the figures were reported.
   *
   * @return the date, if given
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * Returns the amounts spent.
   *
   * @return the entries, in the order given
   */
  public abstract ImmutableList<ExpenditureEntry> entries();

  @Check
  final void check() {
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      ExpenditureEntry e = entries().get(i);
      if (!e.amount().currency().equals(currency())) {
        throw new InvalidValueException(
            "entries[" + i + "].amount",
            e.amount(),
            "an amount in " + currency() + ", the currency of the expenditure;"
                + " convert with an ExchangeRate");
      }
      if (!seen.add(List.of(e.outcome(), e.source(), e.period()))) {
        throw new InvalidValueException(
            "entries[" + i + "]",
            e.outcome() + " " + e.source() + " " + e.period(),
            "one entry per outcome, funding source and period");
      }
    }
  }

  /**
   * Returns the total spent, every outcome, source and period.
   *
   * @return the total, zero if there are no entries
   */
  public final Money total() {
    return Money.sum(currency(), entries().stream().map(ExpenditureEntry::amount).toList());
  }

  /**
   * Returns the total spent from each funding source.
   *
   * @return every source, in the order of {@link FundingSource}, with zero where nothing was spent
   */
  public final ImmutableMap<FundingSource, Money> totalsBySource() {
    Map<FundingSource, Money> totals = new HashMap<>();
    for (ExpenditureEntry e : entries()) {
      totals.merge(e.source(), e.amount(), Money::plus);
    }
    ImmutableMap.Builder<FundingSource, Money> bySource = ImmutableMap.builder();
    for (FundingSource source : FundingSource.values()) {
      bySource.put(source, totals.getOrDefault(source, Money.zero(currency())));
    }
    return bySource.buildOrThrow();
  }

  /**
   * Returns the total spent on each outcome that has entries.
   *
   * @return the totals, outcomes in the order of their first entry
   */
  public final ImmutableMap<ResultId, Money> totalsByOutcome() {
    Map<ResultId, Money> totals = new LinkedHashMap<>();
    for (ExpenditureEntry e : entries()) {
      totals.merge(e.outcome(), e.amount(), Money::plus);
    }
    return ImmutableMap.copyOf(totals);
  }

  /**
   * Returns the total spent from one funding source.
   *
   * @param source the funding source
   * @return the total, zero if nothing is spent from it
   */
  public final Money total(FundingSource source) {
    requireNonNull(source, "source");
    List<Money> amounts = new ArrayList<>();
    for (ExpenditureEntry e : entries()) {
      if (e.source() == source) {
        amounts.add(e.amount());
      }
    }
    return Money.sum(currency(), amounts);
  }

  /**
   * Returns the total spent on one outcome from one source, every period.
   *
   * @param outcome the outcome's id
   * @param source the funding source
   * @return the total, zero if nothing was spent
   */
  public final Money total(ResultId outcome, FundingSource source) {
    requireNonNull(outcome, "outcome");
    requireNonNull(source, "source");
    List<Money> amounts = new ArrayList<>();
    for (ExpenditureEntry e : entries()) {
      if (e.outcome().equals(outcome) && e.source() == source) {
        amounts.add(e.amount());
      }
    }
    return Money.sum(currency(), amounts);
  }

  /**
   * Returns the total of the entries whose period lies wholly within a range, such as a year.
   *
   * @param range the range
   * @return the total of the entries the range encloses, zero if none
   */
  public final Money totalWithin(DateRange range) {
    requireNonNull(range, "range");
    List<Money> amounts = new ArrayList<>();
    for (ExpenditureEntry e : entries()) {
      if (range.encloses(e.period())) {
        amounts.add(e.amount());
      }
    }
    return Money.sum(currency(), amounts);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the
   *     Programme and Budget or the currency is missing, or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Expenditure}. */
  public static final class Builder extends ImmutableExpenditure.Builder {
    Builder() {}
  }
}
