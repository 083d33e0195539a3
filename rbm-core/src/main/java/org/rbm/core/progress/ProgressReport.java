package org.rbm.core.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.internal.ProgressValues;
import org.rbm.core.results.ResultsFramework;

/**
 * The progress of every indicator of a results framework as of a date: the framework itself (the
 * exact value progress was computed from), the as-of date, the settings, and each indicator's
 * progress. Roll-ups and performance tables are derived from a report, so that progress can never be
 * combined with another version of its framework.
 *
 * <pre>{@code
 * ProgressReport report = ProgressCalculator.of(ProgressSettings.defaults())
 *     .report(framework, LocalDate.of(2009, 1, 1));
 * RollUp rollUp = report.rollUp(RollUpPolicy.worstStatus());
 * PerformanceTable table = report.table();
 * }</pre>
 *
 * <p>Computed by {@link ProgressCalculator#report}, never built by callers: the JSON module reads a
 * stored report through an internal route (see {@link ProgressValues}) that runs the same checks.
 * Immutable and thread-safe.
 */
@Immutable
public abstract class ProgressReport {
  static {
    ProgressValues.register(new StoredProgress());
  }

  ProgressReport() {}

  /**
   * Returns the framework progress was computed from.
   *
   * @return the framework, the exact value given to the calculator
   */
  public abstract ResultsFramework framework();

  /**
   * Returns the as-of date.
   *
   * @return the date progress was computed for
   */
  public abstract LocalDate asOf();

  /**
   * Returns the settings progress was computed by.
   *
   * @return the settings
   */
  public abstract ProgressSettings settings();

  /**
   * Returns the progress of each indicator of the framework, in tree order of their results.
   *
   * @return one entry per indicator of {@link #framework()}, in the order of {@link
   *     ResultsFramework#indicators()}
   */
  public abstract ImmutableList<IndicatorProgress> indicators();

  @Lazy
  ImmutableMap<IndicatorId, IndicatorProgress> byId() {
    ImmutableMap.Builder<IndicatorId, IndicatorProgress> map = ImmutableMap.builder();
    for (IndicatorProgress p : indicators()) {
      map.put(p.id(), p);
    }
    return map.buildOrThrow();
  }

  /**
   * Finds the progress of one indicator.
   *
   * @param id the indicator's id
   * @return its progress, or empty if the framework has no such indicator
   */
  public final Optional<IndicatorProgress> indicator(IndicatorId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * Rolls the report up along the framework's results chain.
   *
   * @param policy how a result's status follows from its indicators'
   * @return the roll-up
   * @throws InvalidValueException if the policy weighs an indicator the framework does not have
   */
  public final RollUp rollUp(RollUpPolicy policy) {
    return RollUp.of(this, policy);
  }

  /**
   * Lays the report out as a performance table (IPTT) with the default options: one column group
   * per period of the framework's most common frequency; render it with {@code
   * org.rbm.text.PerformanceTables}.
   *
   * @return the table
   */
  public final PerformanceTable table() {
    return table(PerformanceTableOptions.defaults());
  }

  /**
   * Lays the report out as a performance table (IPTT) in a chosen frequency, window or with the
   * plan totals only, such as a yearly table of quarterly and yearly indicators; see {@link
   * PerformanceTableOptions}. Linear in the framework's periods (plus sorting each row's columns
   * and the table's distinct columns).
   *
   * @param options the layout
   * @return the table
   * @throws InvalidValueException if a sum of an indicator's targets or actuals rolled up into one
   *     column reaches 10^30 (the limit of a {@link org.rbm.core.indicators.Value})
   */
  public final PerformanceTable table(PerformanceTableOptions options) {
    return PerformanceTable.of(this, java.util.Objects.requireNonNull(options, "options"));
  }

  @Check
  final void check() {
    ImmutableList<Indicator> expected = framework().indicators();
    if (expected.size() != indicators().size()) {
      throw new InvalidValueException(
          "indicators",
          indicators().size() + " indicators",
          "the progress of each of the framework's " + expected.size() + " indicators");
    }
    for (int i = 0; i < expected.size(); i++) {
      IndicatorProgress p = indicators().get(i);
      Indicator own = expected.get(i);
      if (!p.id().equals(own.id())) {
        throw new InvalidValueException(
            "indicators[" + i + "].indicator",
            p.id(),
            "the progress of indicator " + own.id() + " (the framework's indicators, in order)");
      }
      if (!p.indicator().equals(own)) {
        throw new InvalidValueException(
            "indicators[" + i + "].indicator",
            p.id(),
            "the progress of indicator "
                + own.id()
                + " as framework "
                + framework().id()
                + " has it, not of another version of it");
      }
      if (!p.asOf().equals(asOf()) || p.method() != settings().method()) {
        throw new InvalidValueException(
            "indicators[" + i + "]",
            p.asOf() + " by " + p.method(),
            "progress as of " + asOf() + " by " + settings().method());
      }
    }
  }
}
