package org.rbm.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;

/**
 * One indicator as a {@link FrameworkRule} sees it during the walk: the indicator, its result, and
 * the locations of its parts, by ids and by index path (see {@link Location} for their form).
 * Made by the walk for one validation; thread-safe as far as rules need (its one lazily made
 * location is immutable and the same whichever thread makes it).
 */
public final class IndicatorVisit {
  private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
  private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

  private final ResultsFramework framework;
  private final ValidationContext context;
  private final Result result;
  private final Indicator indicator;
  private final Location resultLocation;
  private final String resultIndexPath;
  private final int index;
  // Made when a rule first asks: most indicators have no finding.
  private @Nullable Location location;

  IndicatorVisit(
      ResultsFramework framework,
      ValidationContext context,
      Result result,
      Indicator indicator,
      Location resultLocation,
      String resultIndexPath,
      int index) {
    this.framework = framework;
    this.context = context;
    this.result = result;
    this.indicator = indicator;
    this.resultLocation = resultLocation;
    this.resultIndexPath = resultIndexPath;
    this.index = index;
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
   * Returns where the indicator is, such as {@code /results/SO2/OC2.1/indicators/IND-7}, with its
   * index path, such as {@code results[4].indicators[0]}.
   *
   * @return the location
   */
  public Location location() {
    Location made = location;
    if (made == null) {
      made = resultLocation.child("indicators", indicator.id().code())
          .withTrustedIndexPath(indexPath());
      location = made;
    }
    return made;
  }

  private String indexPath() {
    return resultIndexPath + ".indicators[" + index + "]";
  }

  private Location at(String indexSuffix, String... segments) {
    return location().child(segments).withTrustedIndexPath(indexPath() + indexSuffix);
  }

  /**
   * Returns the location of the indicator's baseline, such as {@code .../indicators/IND-7/baseline}
   * ({@code results[4].indicators[0].baseline}).
   *
   * @return the location
   */
  public Location baselineLocation() {
    return at(".baseline", "baseline");
  }

  /**
   * Returns the location of a reporting period, such as {@code .../indicators/IND-7/periods/2009}
   * ({@code ...indicators[0].periods[1]}).
   *
   * @param period one of the indicator's periods
   * @return the location
   */
  public Location locationOf(IndicatorPeriod period) {
    return periodLocation(FrameworkWalk.position(indicator.periods(), period));
  }

  /** The location of the period at the given index of the indicator's periods. */
  Location periodLocation(int periodIndex) {
    IndicatorPeriod period = indicator.periods().get(periodIndex);
    return at(".periods[" + periodIndex + "]", "periods", segmentOf(period.period()));
  }

  /**
   * Returns the location of a period's targets as a whole, such as {@code
   * .../indicators/IND-7/targets/2009} ({@code ...periods[1].targets}).
   *
   * @param period one of the indicator's periods
   * @return the location
   */
  public Location targetsLocation(IndicatorPeriod period) {
    return pointsLocation(period, "targets");
  }

  /**
   * Returns the location of a period's actuals as a whole, such as {@code
   * .../indicators/IND-7/actuals/2009} ({@code ...periods[1].actuals}).
   *
   * @param period one of the indicator's periods
   * @return the location
   */
  public Location actualsLocation(IndicatorPeriod period) {
    return pointsLocation(period, "actuals");
  }

  private Location pointsLocation(IndicatorPeriod period, String kind) {
    int p = FrameworkWalk.position(indicator.periods(), period);
    return at(".periods[" + p + "]." + kind, kind, segmentOf(period.period()));
  }

  /**
   * Returns the location of the sum of one breakdown of a period's targets or actuals, such as
   * {@code .../actuals/2009/sex} or {@code .../actuals/2009/@Geneva/sex;age}: by ids, the points'
   * location then the dimensions; by index, the period's {@code targets} or {@code actuals}.
   */
  Location sumLocation(
      IndicatorPeriod period, String kind, Optional<String> place, String dimensions) {
    Location all = pointsLocation(period, kind);
    String indexPath = all.indexPath().orElseThrow();
    Location at = place.map(l -> all.child("@" + l)).orElse(all);
    return at.child(dimensions).withTrustedIndexPath(indexPath);
  }

  /**
   * Returns the location of one target, such as {@code .../targets/2009} for the total or {@code
   * .../targets/2009/@Geneva/sex=female} for a breakdown at a location ({@code
   * ...periods[1].targets[2]}).
   *
   * @param period one of the indicator's periods
   * @param target one of its targets
   * @return the location
   */
  public Location targetLocation(IndicatorPeriod period, DataPoint target) {
    return pointLocation(period, "targets", period.targets(), target);
  }

  /**
   * Returns the location of one actual, such as {@code .../actuals/2009/sex=female} ({@code
   * ...periods[1].actuals[0]}).
   *
   * @param period one of the indicator's periods
   * @param actual one of its actuals
   * @return the location
   */
  public Location actualLocation(IndicatorPeriod period, DataPoint actual) {
    return pointLocation(period, "actuals", period.actuals(), actual);
  }

  private Location pointLocation(
      IndicatorPeriod period, String kind, List<DataPoint> points, DataPoint point) {
    Location all = pointsLocation(period, kind);
    String indexPath =
        all.indexPath().orElseThrow() + "[" + FrameworkWalk.position(points, point) + "]";
    Location at = point.location().map(place -> all.child("@" + place)).orElse(all);
    return (point.disaggregation().isTotal() ? at : at.child(point.disaggregation().toString()))
        .withTrustedIndexPath(indexPath);
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
