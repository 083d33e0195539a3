package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.period.DateRange;

/**
 * The progress of one indicator as of a date: each reporting period's, in date order, and the whole
 * plan's, by the method it states, together with the indicator itself (its title, unit and measure).
 * Computed by {@link ProgressCalculator}, never built by callers. Immutable and thread-safe.
 */
@Immutable
public abstract class IndicatorProgress {
  IndicatorProgress() {}

  /**
   * Returns the indicator, exactly as it was when progress was computed.
   *
   * @return the indicator, with its title, measure and unit
   */
  public abstract Indicator indicator();

  /**
   * Returns the indicator's id.
   *
   * @return {@code indicator().id()}
   */
  public final IndicatorId id() {
    return indicator().id();
  }

  /**
   * Returns the as-of date.
   *
   * @return the date progress was computed for
   */
  public abstract LocalDate asOf();

  /**
   * Returns the achievement method the ratios were computed by.
   *
   * @return the method
   */
  public abstract AchievementMethod method();

  /**
   * Returns the progress of each reporting period, ordered by start, then end.
   *
   * @return the periods, each at most once
   */
  public abstract ImmutableList<PeriodProgress> periods();

  /**
   * Returns the progress over the whole plan.
   *
   * @return the plan's progress
   */
  public abstract PlanProgress plan();

  /**
   * Returns the indicator's status: the whole plan's.
   *
   * @return {@code plan().status()}
   */
  public final ProgressStatus status() {
    return plan().status();
  }

  /**
   * Finds the progress of one reporting period.
   *
   * @param period the period
   * @return its progress, or empty if the indicator has no such period
   */
  public final Optional<PeriodProgress> period(DateRange period) {
    for (PeriodProgress p : periods()) {
      if (p.period().equals(period)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Check
  final void check() {
    for (int i = 1; i < periods().size(); i++) {
      if (periods().get(i - 1).period().compareTo(periods().get(i).period()) >= 0) {
        throw new InvalidValueException(
            "periods[" + i + "].period",
            periods().get(i).period(),
            "a period after " + periods().get(i - 1).period());
      }
    }
  }
}
