package org.rbm.core.cycle;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Immutable;
import org.rbm.core.Decimals;
import org.rbm.core.money.Money;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.results.Result;

/**
 * One outcome of a biennial {@link ImplementationReport}, reported separately: the progress of
 * each of its indicators, what the Office and its partners wrote about it, how many of its
 * indicators have baselines and targets, and its money by funding source. Computed by {@link
 * ImplementationReport#of}, never built by callers. Immutable and thread-safe.
 */
@Immutable
public abstract class OutcomeReport {
  OutcomeReport() {}

  /**
   * Returns the outcome, as the Programme and Budget's framework states it.
   *
   * @return the result, with its id, level and title
   */
  public abstract Result outcome();

  /**
   * Returns the progress of the outcome's own indicators against their targets.
   *
   * @return one entry per indicator, in the outcome's order
   */
  public abstract ImmutableList<IndicatorProgress> indicators();

  /**
   * Returns what the Office wrote about the outcome.
   *
   * @return the narrative, or empty if none was given
   */
  public abstract Optional<OutcomeNarrative> narrative();

  /**
   * Returns how many of the outcome's indicators have baselines and targets.
   *
   * @return the counts
   */
  public abstract MeasurementCounts measurement();

  /**
   * Returns the outcome's money by funding source.
   *
   * @return one entry per {@link org.rbm.core.strategies.FundingSource}, in its order
   */
  public abstract ImmutableList<SourceFinance> finances();

  /**
   * Returns the achievement of the outcome: the mean of its indicators' plan ratios (actual to
   * date against target to date), over the indicators that have one.
   *
   * <pre>{@code
   * // ratios 0.8 and 1.1, a third indicator without data: (0.8 + 1.1) / 2 = 0.95
   * }</pre>
   *
   * @return the mean ratio, in {@link Decimals#CONTEXT}; empty if no indicator has a ratio
   */
  public final Optional<BigDecimal> achievement() {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (IndicatorProgress p : indicators()) {
      Optional<BigDecimal> ratio = p.plan().ratio();
      if (ratio.isPresent()) {
        sum = sum.add(ratio.get(), Decimals.CONTEXT);
        n++;
      }
    }
    return n == 0
        ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(n), Decimals.CONTEXT));
  }

  /**
   * Returns the number of the outcome's indicators with a status.
   *
   * @param status the status
   * @return how many of {@link #indicators()} have it
   */
  public final int count(ProgressStatus status) {
    int n = 0;
    for (IndicatorProgress p : indicators()) {
      n += p.status() == status ? 1 : 0;
    }
    return n;
  }

  /**
   * Returns the total allocated to the outcome, every source.
   *
   * @return the allocation over the biennium
   */
  public final Money allocated() {
    return Money.sum(currency(), finances().stream().map(SourceFinance::allocated).toList());
  }

  /**
   * Returns the total spent on the outcome, every source.
   *
   * @return the expenditure reported
   */
  public final Money spent() {
    return Money.sum(currency(), finances().stream().map(SourceFinance::spent).toList());
  }

  abstract java.util.Currency currency();
}
