package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.quicktheories.generators.Generate;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.testkit.internal.FrameworkSpec;
import org.rbm.testkit.internal.Ids;
import org.rbm.testkit.internal.IndicatorSpec;
import org.rbm.testkit.internal.LevelSchemes;
import org.rbm.testkit.internal.Parts;
import org.rbm.testkit.internal.PeriodSpec;
import org.rbm.testkit.internal.Periods;
import org.rbm.testkit.internal.Ranges;
import org.rbm.testkit.internal.Values;

/**
 * Generators of valid values of every public type of {@code rbm-core}, for property tests with
 * QuickTheories and, from a seed, for benchmarks and demos. The defaults are realistic rather than
 * the whole domain: ILO-style ids ({@code SO1}, {@code OC1.2}, {@code IND-3}), biennium planning
 * periods ({@code 2008-09}), indicators whose baselines and targets lie in the planning period.
 *
 * <pre>{@code
 * // A property over generated frameworks (QuickTheories shrinks a failure to a small framework):
 * qt().forAll(RbmGen.frameworks()).checkAssert(f -> assertFalse(f.roots().isEmpty()));
 *
 * // A sample for a benchmark or a demo, the same for the same seed:
 * ResultsFramework demo = RbmGen.frameworks().resultsPerLevel(2, 4).sample(2008);
 * }</pre>
 *
 * <p>Every generator is a QuickTheories {@link org.quicktheories.core.Gen}, built from
 * QuickTheories' own draws so that shrinking works, and a {@link SeededGen} with {@code
 * sample(seed)}. Generators with settings ({@link #frameworks()}, {@link #indicators()}, {@link
 * #planningPeriods()}, {@link #dateRanges()}) are immutable fluent builders.
 */
public final class RbmGen {
  private RbmGen() {}

  // ---- identifiers ----------------------------------------------------------------------------

  /**
   * Returns codes of every form an {@link org.rbm.core.Identifier} accepts: 1 to 64 letters, digits,
   * {@code . _ : -}, starting with a letter or a digit. Not realistic, but the whole domain: for
   * round trips of parsing and printing.
   *
   * @return the generator; shrinks towards {@code A}
   */
  public static SeededGen<String> identifierCodes() {
    return Ids::code;
  }

  /**
   * Returns ILO-style result ids: {@code SO2} (strategic objective), {@code OC2.1} (outcome),
   * {@code IO2.1.3} (immediate outcome).
   *
   * @return the generator; shrinks towards {@code SO1}
   */
  public static SeededGen<ResultId> resultIds() {
    return Ids::resultId;
  }

  /**
   * Returns indicator ids such as {@code IND-7}, numbered 1 to 999.
   *
   * @return the generator; shrinks towards {@code IND-1}
   */
  public static SeededGen<IndicatorId> indicatorIds() {
    return Ids::indicatorId;
  }

  /**
   * Returns framework ids such as {@code PB-2008-09} or {@code DWCP-KEN-2010-11}: a kind of
   * framework and a biennium.
   *
   * @return the generator; shrinks towards {@code PB-2000-01}
   */
  public static SeededGen<FrameworkId> frameworkIds() {
    return Ids::frameworkId;
  }

  // ---- periods --------------------------------------------------------------------------------

  /**
   * Returns planning periods: by default ILO bienniums from {@code 2000-01} to {@code 2030-31},
   * starting in even years.
   *
   * @return the generator, with settings
   */
  public static PlanningPeriodGen planningPeriods() {
    return new PlanningPeriodGen(PeriodSpec.BIENNIUMS);
  }

  /**
   * Returns date ranges: by default within 2000 to 2030, of one day to two years.
   *
   * @return the generator, with settings
   */
  public static DateRangeGen dateRanges() {
    return new DateRangeGen(DateRangeGen.DEFAULT_BOUNDS, 731);
  }

  // ---- values ---------------------------------------------------------------------------------

  /**
   * Returns numbers: integers and decimals of up to four places between -10^6 and 10^6.
   *
   * @return the generator; shrinks towards {@code 0}
   */
  public static SeededGen<NumericValue> numericValues() {
    return Values::number;
  }

  /**
   * Returns fractions such as {@code 12/40}: denominators 1 to 200, numerators 0 to the
   * denominator.
   *
   * @return the generator; shrinks towards {@code 0/1}
   */
  public static SeededGen<FractionValue> fractionValues() {
    return Values::fraction;
  }

  /**
   * Returns narratives of qualitative indicators, such as {@code Policy adopted by the Council of
   * Ministers}.
   *
   * @return the generator
   */
  public static SeededGen<TextValue> textValues() {
    return Values::text;
  }

  /**
   * Returns values of every kind: numbers, fractions and narratives.
   *
   * @return the generator; shrinks towards numbers
   */
  public static SeededGen<Value> values() {
    return Parts::value;
  }

  /**
   * Returns values a measure accepts, on the measure's realistic scale: counts up to 1,000,
   * percentages 0 to 100 (sometimes as a fraction), amounts with cents, narratives for {@link
   * Measure#QUALITATIVE}.
   *
   * @param measure the measure
   * @return the generator
   */
  public static SeededGen<Value> values(Measure measure) {
    requireNonNull(measure, "measure");
    return in -> Values.draw(in, measure);
  }

  // ---- indicators -----------------------------------------------------------------------------

  /**
   * Returns breakdowns: the total, or one or two dimensions among {@code sex}, {@code area}, {@code
   * age} and {@code disability}, such as {@code age=15-24;sex=female}.
   *
   * @return the generator; shrinks towards {@link Disaggregation#TOTAL}
   */
  public static SeededGen<Disaggregation> disaggregations() {
    return Parts::disaggregation;
  }

  /**
   * Returns data points: a number, a breakdown, and sometimes a location and a comment.
   *
   * @return the generator
   */
  public static SeededGen<DataPoint> dataPoints() {
    return Parts::dataPoint;
  }

  /**
   * Returns baselines: mostly a value of any kind, sometimes dated and commented; sometimes "not
   * available" with a reason.
   *
   * @return the generator; shrinks towards an available baseline
   */
  public static SeededGen<Baseline> baselines() {
    return Parts::baseline;
  }

  /**
   * Returns reporting periods of indicators: a date range with up to three numeric targets and up
   * to three actuals, for the total and the categories of {@code sex}.
   *
   * @return the generator; shrinks towards a period with no target and no actual
   */
  public static SeededGen<IndicatorPeriod> indicatorPeriods() {
    return Parts::indicatorPeriod;
  }

  /**
   * Returns the measures of indicators.
   *
   * @return the generator; shrinks towards {@link Measure#COUNT}
   */
  public static SeededGen<Measure> measures() {
    return SeededGen.of(Generate.enumValues(Measure.class));
  }

  /**
   * Returns the directions of change of indicators.
   *
   * @return the generator; shrinks towards {@link Direction#INCREASE}
   */
  public static SeededGen<Direction> directions() {
    return SeededGen.of(Generate.enumValues(Direction.class));
  }

  /**
   * Returns the reporting frequencies of indicators.
   *
   * @return the generator; shrinks towards {@link ReportingFrequency#LIFE_OF_PROGRAMME}
   */
  public static SeededGen<ReportingFrequency> reportingFrequencies() {
    return SeededGen.of(Generate.enumValues(ReportingFrequency.class));
  }

  /**
   * Returns indicators with baselines and targets inside a biennium; see {@link IndicatorGen}.
   *
   * @return the generator, with settings
   */
  public static IndicatorGen indicators() {
    return new IndicatorGen(IndicatorSpec.DEFAULT, Optional.empty(), PeriodSpec.BIENNIUMS);
  }

  // ---- results and frameworks -----------------------------------------------------------------

  /**
   * Returns level schemes: the ILO's, OECD-DAC's, the logframe, DFID's, the EC's five tiers, or
   * numbered tiers of one to eight levels.
   *
   * @return the generator; shrinks towards {@link LevelScheme#ILO}
   */
  public static SeededGen<LevelScheme> levelSchemes() {
    return LevelSchemes::draw;
  }

  /**
   * Returns references to external vocabularies: SDG targets such as {@code SDG:8.7}, now and then
   * a UN cooperation framework outcome such as {@code UNSDCF:2.1}.
   *
   * @return the generator; shrinks towards {@code SDG:8.5}
   */
  public static SeededGen<ExternalReference> externalReferences() {
    return Parts::externalReference;
  }

  /**
   * Returns contribution links from a country programme outcome to an immediate outcome of a
   * Programme and Budget, such as {@code OC1.2 -> PB-2008-09/IO1.1.3}, sometimes with a note.
   *
   * @return the generator
   */
  public static SeededGen<ContributionLink> contributionLinks() {
    return Parts::contributionLink;
  }

  /**
   * Returns results of the ILO scheme, each with its parent one level up (none for a strategic
   * objective), a title, sometimes a description, assumptions and an SDG reference, and zero to two
   * indicators for a biennium.
   *
   * @return the generator; shrinks towards a strategic objective without indicators
   */
  public static SeededGen<Result> results() {
    return Parts::result;
  }

  /**
   * Returns whole results frameworks, by default ILO Programmes and Budgets of a biennium; see
   * {@link FrameworkGen} for the size settings.
   *
   * @return the generator, with settings
   */
  public static FrameworkGen frameworks() {
    return new FrameworkGen(FrameworkSpec.defaults());
  }

  /**
   * Returns frameworks that break the given standard quality rule at one place, each with the
   * location of the rule's finding; the catalogue is {@link BrokenFrameworks}.
   *
   * @param rule the id of a standard rule, such as {@code StandardRules.TARGET_GIVEN}
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the id is not that of a standard rule
   */
  public static SeededGen<BrokenFramework> frameworksBreaking(org.rbm.core.rules.RuleId rule) {
    return BrokenFrameworks.breaking(rule);
  }

  /**
   * Returns the reporting periods {@link #indicators()} and {@link #frameworks()} give an indicator
   * with {@code count} periods: consecutive slices of the planning period without gap or overlap
   * (years, half-years, quarters or months when the months divide evenly, otherwise nearly equal
   * runs of days).
   *
   * @param period the planning period
   * @param count how many periods, 1 to the number of days of the period
   * @return the periods, in order
   */
  public static ImmutableList<DateRange> reportingPeriods(PlanningPeriod period, int count) {
    Ranges.check(
        "count", count, count, 1, period.toDateRange().lengthInDays());
    return Periods.split(period, count);
  }

  // ---- observations over time -----------------------------------------------------------------

  /**
   * Returns indicators observed over time, with the date as of which to measure their progress;
   * see {@link ObservationGen}.
   *
   * @return the generator, with settings
   */
  public static ObservationGen observationsOverTime() {
    return ObservationGen.defaults();
  }

  // ---- milestones -----------------------------------------------------------------------------

  /**
   * Returns dues: years 2000 to 2012, sometimes a day of the year.
   *
   * @return the generator; shrinks towards the year 2000
   */
  public static SeededGen<org.rbm.core.milestones.Due> dues() {
    return in -> org.rbm.testkit.internal.MilestoneDraws.due(in, 2000, 2012);
  }

  /**
   * Returns milestone events of every kind with any payload; a milestone's state may not allow
   * them, and guards may refuse them.
   *
   * @return the generator; shrinks towards approve
   */
  public static SeededGen<org.rbm.core.milestones.MilestoneEvent> milestoneEvents() {
    return org.rbm.testkit.internal.MilestoneDraws::anyEvent;
  }

  /**
   * Returns milestones with a valid history; see {@link MilestoneGen}.
   *
   * @return the generator, with settings
   */
  public static MilestoneGen milestones() {
    return new MilestoneGen(0, 10);
  }

  /**
   * Returns sequences of events to apply to a milestone, allowed or not; see {@link
   * EventSequenceGen}.
   *
   * @return the generator, with settings
   */
  public static EventSequenceGen eventSequences() {
    return new EventSequenceGen(0, 20);
  }

  /**
   * Returns roadmaps of zero to eight milestones numbered {@code 1} to {@code n}, in the areas of
   * the ILO's roadmap.
   *
   * @return the generator; shrinks towards an empty roadmap
   */
  public static SeededGen<org.rbm.core.milestones.Roadmap> roadmaps() {
    return org.rbm.testkit.internal.MilestoneDraws::roadmap;
  }

  // ---- strategies -----------------------------------------------------------------------------

  /**
   * Returns linkage statements: paper-like texts (some with commas, quotes, pipes, brackets or
   * accents), sometimes referring to a result or a milestone.
   *
   * @return the generator; shrinks towards the first text without references
   */
  public static SeededGen<org.rbm.core.strategies.LinkageStatement> linkageStatements() {
    return org.rbm.testkit.internal.StrategyDraws::statement;
  }

  /**
   * Returns linkage matrices: one to five of the ILO's core strategies, up to four other
   * strategies, up to three statements in each allowed cell.
   *
   * @return the generator; shrinks towards one core strategy and no statement
   */
  public static SeededGen<org.rbm.core.strategies.LinkageMatrix> linkageMatrices() {
    return in -> org.rbm.testkit.internal.StrategyDraws.matrix(in, 4, 3);
  }

  /**
   * Returns strategies over a biennium from 2000-01 to 2012-13, with up to three milestones and
   * expected results, and coordination, partnerships, priority areas (up to seven), costs (some
   * not positive) and a review mechanism each sometimes missing: they meet the common criteria
   * or not.
   *
   * @return the generator; shrinks towards a bare strategy of 2000-01
   */
  public static SeededGen<org.rbm.core.strategies.Strategy> strategies() {
    return org.rbm.testkit.internal.StrategyDraws::strategy;
  }

  // ---- Decent Work Country Programmes --------------------------------------------------------

  /**
   * Returns DWCPs of the five ILO regions, recorded in any stage between 2006 and 2008 and moved
   * on by up to five events the standard workflow allows (QA reviews with every outcome, final
   * only after a passed review); the constituents, contribution links and resources are
   * sometimes missing, so the DWCP rules are met or not.
   *
   * @return the generator; shrinks towards a concept document of Kenya with one outcome
   */
  public static SeededGen<org.rbm.core.dwcp.Dwcp> dwcps() {
    return org.rbm.testkit.internal.DwcpDraws::dwcp;
  }

  /**
   * Returns portfolios of zero to twelve DWCPs, at most one per country and period.
   *
   * @return the generator; shrinks towards an empty portfolio
   */
  public static SeededGen<org.rbm.core.dwcp.DwcpPortfolio> dwcpPortfolios() {
    return org.rbm.testkit.internal.DwcpDraws::portfolio;
  }

  // ---- evaluation follow-up -------------------------------------------------------------------

  /**
   * Returns evaluations of every type, global or of a region, with zero to four recommendations
   * (some without a response; accepted ones with zero to three follow-up actions moved on by up to
   * two events the standard workflow allows, completions always with evidence) and zero to two
   * lessons.
   *
   * @return the generator; shrinks towards an evaluation without recommendations
   */
  public static SeededGen<org.rbm.core.evaluation.Evaluation> evaluations() {
    return org.rbm.testkit.internal.EvaluationDraws::evaluation;
  }

  /**
   * Returns lists of zero to six evaluations with distinct ids, as {@code FollowUpTracking.of}
   * takes them.
   *
   * @return the generator; shrinks towards an empty list
   */
  public static SeededGen<ImmutableList<org.rbm.core.evaluation.Evaluation>>
      evaluationLists() {
    return org.rbm.testkit.internal.EvaluationDraws::evaluationList;
  }

  // ---- programme cycle ------------------------------------------------------------------------

  /**
   * Returns Strategic Policy Frameworks of six years from 2000-05 to 2016-21, with one to four
   * immediate outcomes, up to three high-level strategies, and up to five amendments of one to
   * three changes of every kind, on distinct days; each amendment applies to the SPF as it stood
   * before it, and they are recorded in any order (not only in date order).
   *
   * @return the generator; shrinks towards an SPF of 2000-05 with one outcome and no amendment
   */
  public static SeededGen<org.rbm.core.cycle.StrategicPolicyFramework> spfs() {
    return org.rbm.testkit.internal.CycleDraws::spf;
  }

  /**
   * Returns Programmes and Budgets for a biennium from 2000-01 to 2016-17 in USD, CHF or EUR, with
   * allocations for about two in three combinations of outcome, funding source and year, stated
   * totals for some sources (mostly equal to the allocations'), outcome strategies covering some
   * of the eight topics (some marked as not applying), and up to two DWCP priorities.
   *
   * @return the generator; shrinks towards a P&amp;B of 2000-01 with one outcome
   */
  public static SeededGen<org.rbm.core.cycle.ProgrammeAndBudget> programmesAndBudgets() {
    return org.rbm.testkit.internal.CycleDraws::programmeAndBudget;
  }

  /**
   * Returns the expenditure reported against a P&amp;B of a biennium from 2000-01 to 2016-17: for
   * about half the combinations of four immediate outcomes, three funding sources and each year
   * (or half year) of the biennium, an amount from 0 to 3 million with cents.
   *
   * @return the generator; shrinks towards the expenditure of 2000-01 in USD
   */
  public static SeededGen<org.rbm.core.cycle.Expenditure> expenditures() {
    return org.rbm.testkit.internal.CycleDraws::expenditure;
  }
}
