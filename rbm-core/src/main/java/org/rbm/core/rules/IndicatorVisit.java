package org.rbm.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * One indicator as a {@link FrameworkRule} sees it during the walk: the indicator, its result, and
 * the locations of its parts (see {@link Location} for their form). Immutable and thread-safe.
 */
public final class IndicatorVisit {
  private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
  private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

  private final ResultsFramework framework;
  private final ValidationContext context;
  private final Result result;
  private final Indicator indicator;
  private final Location location;

  IndicatorVisit(
      ResultsFramework framework,
      ValidationContext context,
      Result result,
      Indicator indicator,
      Location location) {
    this.framework = framework;
    this.context = context;
    this.result = result;
    this.indicator = indicator;
    this.location = location;
  }

  /**
   * Returns the framework being walked.
   *
   * @return the framework
   */
  public ResultsFramework framework() {
    return framework;
  }

  /**
   * Returns what the validation knows besides the framework.
   *
   * @return the context
   */
  public ValidationContext context() {
    return context;
  }

  /**
   * Returns the result the indicator measures.
   *
   * @return the result
   */
  public Result result() {
    return result;
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns where the indicator is, such as {@code /results/SO2/OC2.1/indicators/IND-7}.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the location of the indicator's baseline, such as {@code .../indicators/IND-7/baseline}.
   *
   * @return the location
   */
  public Location baselineLocation() {
    return location.child("baseline");
  }

  /**
   * Returns the location of a reporting period, such as {@code .../indicators/IND-7/periods/2009}.
   *
   * @param period the period
   * @return the location
   */
  public Location locationOf(IndicatorPeriod period) {
    return location.child("periods", segmentOf(period.period()));
  }

  /**
   * Returns the location of a period's targets as a whole, such as {@code
   * .../indicators/IND-7/targets/2009}.
   *
   * @param period the period
   * @return the location
   */
  public Location targetsLocation(IndicatorPeriod period) {
    return location.child("targets", segmentOf(period.period()));
  }

  /**
   * Returns the location of a period's actuals as a whole, such as {@code
   * .../indicators/IND-7/actuals/2009}.
   *
   * @param period the period
   * @return the location
   */
  public Location actualsLocation(IndicatorPeriod period) {
    return location.child("actuals", segmentOf(period.period()));
  }

  /**
   * Returns the location of one target, such as {@code .../targets/2009} for the total or {@code
   * .../targets/2009/@Geneva/sex=female} for a breakdown at a location.
   *
   * @param period the period that holds the target
   * @param target the target
   * @return the location
   */
  public Location targetLocation(IndicatorPeriod period, DataPoint target) {
    return pointLocation(targetsLocation(period), target);
  }

  /**
   * Returns the location of one actual, such as {@code .../actuals/2009/sex=female}.
   *
   * @param period the period that holds the actual
   * @param actual the actual
   * @return the location
   */
  public Location actualLocation(IndicatorPeriod period, DataPoint actual) {
    return pointLocation(actualsLocation(period), actual);
  }

  private static Location pointLocation(Location all, DataPoint point) {
    Location at = point.location().map(place -> all.child("@" + place)).orElse(all);
    return point.disaggregation().isTotal() ? at : at.child(point.disaggregation().toString());
  }

  /**
   * Describes a period for a message: {@code 2009} for a calendar year, {@code 2008-09} for whole
   * calendar years, else {@code 2008-07-01 to 2009-06-30}.
   *
   * @param period the period
   * @return the description
   */
  public static String describe(DateRange period) {
    String segment = segmentOf(period);
    return segment.contains("--") ? period.start() + " to " + period.end() : segment;
  }

  /**
   * Returns the path segment naming a period: {@code 2009} for a calendar year, {@code 2008-09}
   * for whole calendar years (the ILO notation of {@link PlanningPeriod}), else the dates joined by
   * {@code --}, such as {@code 2008-01-01--2008-06-30}.
   *
   * @param period the period
   * @return the segment
   */
  public static String segmentOf(DateRange period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (MonthDay.from(start).equals(FIRST_DAY)
        && MonthDay.from(end).equals(LAST_DAY)
        && start.getYear() >= PlanningPeriod.MIN_YEAR
        && end.getYear() <= PlanningPeriod.MAX_YEAR) {
      return PlanningPeriod.of(start.getYear(), end.getYear()).toString();
    }
    return start + "--" + end;
  }
}
