package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultsFramework;

/**
 * Computes the progress of indicators as of a date, by the given {@link ProgressSettings}.
 *
 * <pre>{@code
 * ProgressCalculator calculator = ProgressCalculator.of(ProgressSettings.defaults());
 * ProgressReport report = calculator.report(framework, LocalDate.of(2009, 1, 1));
 * IndicatorProgress dwcps = report.indicator(IndicatorId.of("IND-2a.1-1")).orElseThrow();
 * dwcps.plan().ratio(); // 41 / 45 = 0.9111…, on track within ±15%
 * }</pre>
 *
 * <h2>Each period</h2>
 *
 * A period's target and actual are its totals (no breakdown, no location); a period that has only
 * broken-down values has no total. A fraction stands for its percent (percentage measure) or its
 * quotient (ratio measure). As of the date (see {@link PeriodTiming}):
 *
 * <ul>
 *   <li>a period that has not started, or is running while {@link
 *       ProgressSettings#expectedTrajectory()} is off, is {@link ProgressStatus#NOT_YET_DUE};
 *   <li>a completed period without an actual is {@link ProgressStatus#NO_DATA};
 *   <li>a quantitative indicator (count, percentage, ratio, currency) is judged by the band on its
 *       score (see {@link ProgressStatus}); when its direction is {@linkplain
 *       org.rbm.core.indicators.Direction#NOT_APPLICABLE not applicable}, when it has no target, or
 *       when the relative method has no baseline, it is {@link ProgressStatus#NOT_ASSESSED}. An
 *       indicator without a stated direction is taken as increasing (IATI's default);
 *   <li>when the target equals the baseline (relative method) or is 0 (percent of target), the ratio
 *       carries no information (it is 0, or empty, by {@link AchievementMethod}'s conventions) and
 *       the status compares the actual with the target directly: reached (at or beyond it, in the
 *       indicator's direction) is achieved, otherwise behind;
 *   <li>an indicator to {@linkplain org.rbm.core.indicators.Direction#MAINTAIN maintain} is achieved
 *       (running: on track) while within {@link ProgressSettings#maintainTolerance()} of its
 *       baseline (or, without a baseline, of the period's target), behind otherwise;
 *   <li>a qualitative or nominal indicator takes its status from an explicit {@link
 *       PeriodAssessment} grade: achieved is achieved; partly achieved is behind once the period is
 *       completed (on track while it runs); not achieved is behind; without an assessment it is not
 *       assessed;
 *   <li>an ordinal indicator compares the level reached (an explicit assessment's level, else the
 *       period's actual) with the target level in the indicator's direction: beyond is ahead of
 *       target, equal is achieved, short is behind (not yet due while the period runs); no
 *       ratio is computed on an ordinal scale;
 *   <li>a running period, when trajectories are on, is judged against the value expected on the
 *       as-of date on a straight line from the start to the target on the day after the period's
 *       last day. The start is the baseline on its date (or on the period's first day if the
 *       baseline is undated or dated after the period) for levels, and 0 on the period's first day
 *       for flows (non-cumulative counts and amounts); without a baseline a level has no trajectory
 *       and stays not yet due. The band applies to the score against the expected value, and a
 *       running period is on track at best, never achieved.
 * </ul>
 *
 * <p>The whole plan combines the periods as {@link PlanProgress} describes. For a non-cumulative
 * percentage or ratio this depends on how its actuals are given: "percentages given as numerator and
 * denominator aggregate by summing both" (issue 4), that is, by pooling; plain-number percentages take
 * the latest completed period. With targets of 80 (%) for 2008 and for 2009:
 *
 * <ul>
 *   <li>actuals of 10/100 and 45/50 pool to 55/150, 36.7% against the latest target of 80: behind
 *       (a ratio of 0.458), although the second year alone is 90%;
 *   <li>actuals given as the numbers 10 and 90 give the latest, 90 against 80: a ratio of 1.125,
 *       within the default band of 1.15, so achieved.
 * </ul>
 *
 * <h2>Cost</h2>
 *
 * Linear in the number of indicators, periods, data points and assessments: each indicator's periods
 * are checked for order in one pass and only sorted (n log n in that indicator's periods) when they
 * were not given in date order; the periods of each assessed indicator are put in a hash set once,
 * so that each assessment's period is found in constant time. Thread-safe: the calculator holds only its immutable settings.
 */
public final class ProgressCalculator {
  private final ProgressSettings settings;

  private ProgressCalculator(ProgressSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns a calculator using the given settings.
   *
   * @param settings the settings
   * @return the calculator
   */
  public static ProgressCalculator of(ProgressSettings settings) {
    return new ProgressCalculator(requireNonNull(settings, "settings"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ProgressSettings settings() {
    return settings;
  }

  /**
   * Computes the progress of one indicator as of a date, without assessments.
   *
   * @param indicator the indicator
   * @param asOf the as-of date
   * @return the indicator's progress
   * @throws InvalidValueException if the indicator gives the same period twice, or a sum of its
   *     targets or actuals reaches 10^30 (the limit of a {@link org.rbm.core.indicators.Value})
   */
  public IndicatorProgress indicator(Indicator indicator, LocalDate asOf) {
    return indicator(indicator, asOf, List.of());
  }

  /**
   * Computes the progress of one indicator as of a date, with explicit assessments of its periods.
   *
   * @param indicator the indicator
   * @param asOf the as-of date
   * @param assessments assessments of this indicator's periods
   * @return the indicator's progress
   * @throws InvalidValueException if an assessment is of another indicator, of a period the
   *     indicator does not have, of a kind that does not fit the indicator's measure, or repeats a
   *     period; or if the indicator gives the same period twice, or a sum of its targets or actuals
   *     reaches 10^30
   */
  public IndicatorProgress indicator(
      Indicator indicator, LocalDate asOf, Iterable<PeriodAssessment> assessments) {
    requireNonNull(indicator, "indicator");
    requireNonNull(asOf, "asOf");
    Map<IndicatorId, Map<DateRange, PeriodAssessment>> byIndicator =
        group(assessments, id -> id.equals(indicator.id()) ? indicator : null);
    return new IndicatorAssessor(
            indicator, asOf, settings, byIndicator.getOrDefault(indicator.id(), Map.of()))
        .assess();
  }

  /**
   * Computes the progress of every indicator of a framework as of a date, without assessments.
   *
   * @param framework the framework
   * @param asOf the as-of date
   * @return the report, which holds the framework, the date and these settings
   * @throws InvalidValueException if an indicator gives the same period twice, or a sum of an
   *     indicator's targets or actuals reaches 10^30
   */
  public ProgressReport report(ResultsFramework framework, LocalDate asOf) {
    return report(framework, asOf, List.of());
  }

  /**
   * Computes the progress of every indicator of a framework as of a date, with explicit assessments
   * of qualitative, nominal and ordinal indicators.
   *
   * @param framework the framework
   * @param asOf the as-of date
   * @param assessments assessments of periods of the framework's indicators
   * @return the report, which holds the framework, the date and these settings, indicators in
   *     tree order of their results
   * @throws InvalidValueException if an assessment names an indicator the framework does not have,
   *     a period the indicator does not have, is of a kind that does not fit the indicator's measure,
   *     or repeats a period; or if an indicator gives the same period twice, or a sum of an
   *     indicator's targets or actuals reaches 10^30
   */
  public ProgressReport report(
      ResultsFramework framework, LocalDate asOf, Iterable<PeriodAssessment> assessments) {
    requireNonNull(framework, "framework");
    requireNonNull(asOf, "asOf");
    Map<IndicatorId, Map<DateRange, PeriodAssessment>> byIndicator =
        group(assessments, id -> framework.indicator(id).orElse(null));
    ImmutableList<Indicator> indicators = framework.indicators();
    ImmutableList.Builder<IndicatorProgress> progress =
        ImmutableList.builderWithExpectedSize(indicators.size());
    for (Indicator indicator : indicators) {
      progress.add(
          new IndicatorAssessor(
                  indicator, asOf, settings, byIndicator.getOrDefault(indicator.id(), Map.of()))
              .assess());
    }
    return ImmutableProgressReport.builder()
        .framework(framework)
        .asOf(asOf)
        .settings(settings)
        .indicators(progress.build())
        .build();
  }

  /** Finds an indicator by id, or null. */
  private interface Lookup {
    @Nullable Indicator find(IndicatorId id);
  }

  /** Checks each assessment against its indicator and groups them by indicator and period. */
  private static Map<IndicatorId, Map<DateRange, PeriodAssessment>> group(
      Iterable<PeriodAssessment> assessments, Lookup lookup) {
    Map<IndicatorId, Map<DateRange, PeriodAssessment>> grouped = new HashMap<>();
    // Each assessed indicator's periods, collected once: one lookup per assessment keeps the whole
    // linear in periods plus assessments.
    Map<IndicatorId, Set<DateRange>> periods = new HashMap<>();
    int i = 0;
    for (PeriodAssessment a : assessments) {
      String field = "assessments[" + i++ + "]";
      @Nullable Indicator indicator = lookup.find(a.indicator());
      if (indicator == null) {
        throw new InvalidValueException(
            field + ".indicator", a.indicator(), "an indicator of the framework being assessed");
      }
      Set<DateRange> known = periods.computeIfAbsent(indicator.id(), k -> periodsOf(indicator));
      if (!known.contains(a.period())) {
        throw new InvalidValueException(
            field + ".period", a.period(), "a reporting period of indicator " + indicator.id());
      }
      Measure measure = indicator.measure();
      boolean graded = measure == Measure.QUALITATIVE || measure == Measure.NOMINAL;
      if (a.grade().isPresent() && !graded) {
        throw new InvalidValueException(
            field + ".grade",
            a.grade().get(),
            "no grade for a " + measure + " indicator (grades are for qualitative and nominal ones)");
      }
      if (a.levelReached().isPresent() && measure != Measure.ORDINAL) {
        throw new InvalidValueException(
            field + ".levelReached",
            a.levelReached().get(),
            "no level for a " + measure + " indicator (levels are for ordinal ones)");
      }
      @Nullable PeriodAssessment earlier =
          grouped.computeIfAbsent(a.indicator(), k -> new HashMap<>()).putIfAbsent(a.period(), a);
      if (earlier != null) {
        throw new InvalidValueException(
            field + ".period",
            a.period(),
            "one assessment per period of indicator " + a.indicator());
      }
    }
    return grouped;
  }

  private static Set<DateRange> periodsOf(Indicator indicator) {
    Set<DateRange> periods = new HashSet<>();
    for (IndicatorPeriod p : indicator.periods()) {
      periods.add(p.period());
    }
    return periods;
  }
}
