package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;

/**
 * Draws the parts of frameworks one at a time, outside a framework: breakdowns, data points,
 * baselines, reporting periods, references, links, results.
 */
public final class Parts {
  private Parts() {}

  /** Where standalone dates and ranges lie: 2000 to 2030. */
  private static final DateRange DEFAULT_BOUNDS =
      DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));

  private static final ImmutableList<Disaggregation> BY_SEX =
      ImmutableList.of(
          Disaggregation.TOTAL, Disaggregation.of("sex", "female"), Disaggregation.of("sex", "male"));

  /**
   * Draws any value: a number, a fraction or a narrative.
   *
   * @param in the randomness
   * @return the value, shrinking towards numbers
   */
  public static Value value(RandomnessSource in) {
    return switch (Draw.between(in, 0, 2)) {
      case 0 -> Values.number(in);
      case 1 -> Values.fraction(in);
      default -> Values.text(in);
    };
  }

  /**
   * Draws the total or one to four dimensions among sex, area, age and disability and the less
   * common {@link Texts#OTHER_DIMENSIONS} (accents, quotes, inner tabs, other scripts): several
   * thousand distinct breakdowns.
   *
   * @param in the randomness
   * @return the breakdown, shrinking towards the total
   */
  public static Disaggregation disaggregation(RandomnessSource in) {
    ImmutableList<String> dimensions =
        ImmutableList.<String>builder()
            .addAll(Texts.DIMENSIONS.keySet())
            .addAll(Texts.OTHER_DIMENSIONS.keySet())
            .build();
    int count = Draw.between(in, 0, 4);
    ImmutableMap.Builder<String, String> categories = ImmutableMap.builder();
    int first = Draw.between(in, 0, dimensions.size() - 1);
    for (int d = 0; d < count; d++) {
      // Consecutive dimensions from the first drawn: distinct without rejection.
      String dimension = dimensions.get((first + d) % dimensions.size());
      categories.put(dimension, Draw.pick(in, Texts.categories(dimension)));
    }
    return Disaggregation.of(categories.buildOrThrow());
  }

  /**
   * Draws a data point: a number, a breakdown, sometimes a location and a comment.
   *
   * @param in the randomness
   * @return the data point
   */
  public static DataPoint dataPoint(RandomnessSource in) {
    DataPoint.Builder point =
        DataPoint.builder().value(Values.number(in)).disaggregation(disaggregation(in));
    if (Draw.chance(in, 30)) {
      point.location(Draw.pick(in, Texts.LOCATIONS));
    }
    if (Draw.chance(in, 30)) {
      point.comment(Draw.pick(in, Texts.COMMENTS));
    }
    return point.build();
  }

  /**
   * Draws a baseline: mostly a value, sometimes dated and commented; sometimes "not available".
   *
   * @param in the randomness
   * @return the baseline, shrinking towards an available one
   */
  public static Baseline baseline(RandomnessSource in) {
    if (Draw.chance(in, 20)) {
      return Baseline.notAvailable(Draw.pick(in, Texts.NO_BASELINE_REASONS));
    }
    Baseline.Builder baseline = Baseline.builder().value(value(in));
    if (Draw.chance(in, 70)) {
      baseline.date(Periods.date(in, DEFAULT_BOUNDS));
    }
    if (Draw.chance(in, 30)) {
      baseline.comment(Draw.pick(in, Texts.COMMENTS));
    }
    return baseline.build();
  }

  /**
   * Draws a reporting period of up to two years with up to three numeric targets and actuals, for
   * the total and the categories of sex.
   *
   * @param in the randomness
   * @return the period, shrinking towards one without targets and actuals
   */
  public static IndicatorPeriod indicatorPeriod(RandomnessSource in) {
    IndicatorPeriod.Builder period =
        IndicatorPeriod.builder().period(Periods.dateRange(in, DEFAULT_BOUNDS, 731));
    int targets = Draw.between(in, 0, BY_SEX.size());
    for (int t = 0; t < targets; t++) {
      period.addTargets(
          DataPoint.builder().value(Values.number(in)).disaggregation(BY_SEX.get(t)).build());
    }
    int actuals = Draw.between(in, 0, BY_SEX.size());
    for (int a = 0; a < actuals; a++) {
      period.addActuals(
          DataPoint.builder().value(Values.number(in)).disaggregation(BY_SEX.get(a)).build());
    }
    return period.build();
  }

  /**
   * Draws a reference: mostly an SDG target, now and then a UN cooperation framework outcome.
   *
   * @param in the randomness
   * @return the reference, shrinking towards {@code SDG:8.5}
   */
  public static ExternalReference externalReference(RandomnessSource in) {
    if (Draw.chance(in, 20)) {
      return ExternalReference.of("UNSDCF", Draw.between(in, 1, 5) + "." + Draw.between(in, 1, 5));
    }
    return ExternalReference.of("SDG", Draw.pick(in, Texts.SDG_TARGETS));
  }

  /**
   * Draws a link from a result to a result of a Programme and Budget, sometimes with a note.
   *
   * @param in the randomness
   * @return the link
   */
  public static ContributionLink contributionLink(RandomnessSource in) {
    ContributionLink.Builder link =
        ContributionLink.builder()
            .source(Ids.resultId(in))
            .targetFramework(FrameworkId.of("PB-" + PeriodSpec.BIENNIUMS.draw(in)))
            .targetResult(Ids.resultId(in));
    if (Draw.chance(in, 30)) {
      link.note(Draw.pick(in, Texts.CONTRIBUTION_NOTES));
    }
    return link.build();
  }

  /**
   * Draws a result of the ILO scheme with its parent one level up, a title, sometimes a
   * description, assumptions and a reference, and zero to two indicators for a biennium.
   *
   * @param in the randomness
   * @return the result, shrinking towards a strategic objective without indicators
   */
  public static Result result(RandomnessSource in) {
    int rank = Draw.between(in, 0, 2);
    String path = Ids.path(in, rank);
    Result.Builder result =
        Result.builder()
            .id(ResultId.of(LevelSchemes.idPrefix(LevelScheme.ILO, rank) + path))
            .level(LevelScheme.ILO.levels().get(rank))
            .title(Draw.pick(in, Texts.RESULT_TITLES));
    if (rank > 0) {
      String parentPath = path.substring(0, path.lastIndexOf('.'));
      result.parent(ResultId.of(LevelSchemes.idPrefix(LevelScheme.ILO, rank - 1) + parentPath));
    }
    if (Draw.chance(in, 30)) {
      result.description(Draw.pick(in, Texts.RESULT_TITLES));
    }
    int assumptions = Draw.between(in, 0, 2);
    for (int a = 0; a < assumptions; a++) {
      result.addAssumptions(Draw.pick(in, Texts.ASSUMPTIONS));
    }
    if (Draw.chance(in, 40)) {
      result.addExternalReferences(externalReference(in));
    }
    PlanningPeriod period = PeriodSpec.BIENNIUMS.draw(in);
    int indicators = Draw.between(in, 0, 2);
    for (int n = 1; n <= indicators; n++) {
      result.addIndicators(
          IndicatorFactory.draw(in, IndicatorId.of("IND-" + n), period, IndicatorSpec.DEFAULT));
    }
    return result.build();
  }
}
