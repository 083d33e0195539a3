package org.rbm.testkit.internal;

import static org.rbm.testkit.internal.RuleFrameworks.locationOf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.IndicatorVisit;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.StandardRules;
import org.rbm.testkit.BrokenFramework;
import org.rbm.testkit.FrameworkEdits;
import org.rbm.testkit.FrameworkGen;

/**
 * One mutation per standard rule, each breaking its rule at one drawn place of a framework that
 * keeps every rule (see {@link RuleFrameworks#keepingRules}), and causing no other rule's error.
 * Each mutation's comment says why no other error follows.
 */
public final class RuleBreakers {
  /** Measures whose indicators need a unit (RBM-IND-001). */
  private static final Measure[] UNIT_MEASURES = {Measure.COUNT, Measure.CURRENCY, Measure.RATIO};

  /** Measures whose indicators need a direction (RBM-IND-005). */
  private static final Measure[] ORDERED = {
    Measure.COUNT, Measure.PERCENTAGE, Measure.RATIO, Measure.CURRENCY, Measure.ORDINAL
  };

  /** Measures whose baselines need a value (RBM-VAL-001). */
  private static final Measure[] QUANTITATIVE = {
    Measure.COUNT, Measure.PERCENTAGE, Measure.RATIO, Measure.CURRENCY, Measure.NOMINAL,
    Measure.ORDINAL
  };

  /** The settings of the valid frameworks to break, and the mutation that breaks one rule. */
  public interface Breaker {
    /**
     * Returns the settings of the valid frameworks to break.
     *
     * @return the change to {@code RbmGen.frameworks()}
     */
    UnaryOperator<FrameworkGen> base();

    /**
     * Breaks the rule in a framework that keeps every rule.
     *
     * @param valid the framework
     * @param in the randomness for the choices
     * @return the broken framework and where the finding lies
     */
    BrokenFramework breakIn(ResultsFramework valid, RandomnessSource in);
  }

  private record Entry(UnaryOperator<FrameworkGen> base, Mutation mutation, RuleId rule)
      implements Breaker {
    @Override
    public BrokenFramework breakIn(ResultsFramework valid, RandomnessSource in) {
      Broken b = mutation.apply(valid, in);
      return new BrokenFramework(b.framework(), rule, b.location());
    }
  }

  /** A broken framework and the location of the finding. */
  private record Broken(ResultsFramework framework, Location location) {}

  @FunctionalInterface
  private interface Mutation {
    Broken apply(ResultsFramework valid, RandomnessSource in);
  }

  /** A change to one drawn indicator that also says where, below the indicator, the finding is. */
  @FunctionalInterface
  private interface IndicatorBreak {
    Located apply(Indicator valid, ResultsFramework framework, RandomnessSource in);
  }

  /** A changed indicator and the segments of the finding's location below the indicator's. */
  private record Located(Indicator indicator, List<String> below) {}

  /** Every standard rule's breaker, in the order of the standard rule set. */
  public static final ImmutableMap<RuleId, Breaker> ALL =
      ImmutableMap.<RuleId, Breaker>builder()
          .put(entry(StandardRules.LOWEST_RESULT_HAS_INDICATOR, g -> g, RuleBreakers::noIndicator))
          .put(entry(StandardRules.HIGHER_RESULT_HAS_CHILDREN, g -> g, RuleBreakers::childless))
          .put(entry(StandardRules.ROOT_ON_HIGHEST_LEVEL, g -> g, RuleBreakers::orphan))
          .put(entry(StandardRules.CONTRIBUTION_TARGET_EXISTS, g -> g,
              (f, in) -> link(f, in, f.id(), "X-MISSING")))
          .put(entry(StandardRules.CONTRIBUTION_FRAMEWORK_KNOWN, g -> g,
              (f, in) -> link(f, in, FrameworkId.of("X-UNKNOWN"), "IO1.1")))
          .put(entry(StandardRules.SIBLING_TITLES_DISTINCT, g -> g, RuleBreakers::twin))
          .put(indicator(StandardRules.UNIT_STATED, g -> g.measures(UNIT_MEASURES),
              (i, f, in) -> at(i.withUnit(Optional.empty()))))
          // Without a baseline, RBM-IND-006 and RBM-IND-008 have nothing to compare.
          .put(indicator(StandardRules.BASELINE_STATED, g -> g,
              (i, f, in) -> at(i.withBaseline(Optional.empty()))))
          .put(indicator(StandardRules.TARGET_GIVEN, g -> g, RuleBreakers::noTarget))
          .put(indicator(StandardRules.TARGETS_IN_PLANNING_PERIOD, g -> g, RuleBreakers::lateTarget))
          // Without a direction, RBM-IND-006 has nothing to compare.
          .put(indicator(StandardRules.DIRECTION_STATED, g -> g.measures(ORDERED),
              (i, f, in) -> at(i.withDirection(Optional.empty()))))
          .put(indicator(StandardRules.TARGETS_FOLLOW_DIRECTION, g -> g.measures(Measure.COUNT),
              RuleBreakers::wrongDirection))
          .put(indicator(StandardRules.PERCENTAGES_IN_RANGE, g -> g.measures(Measure.PERCENTAGE),
              RuleBreakers::overHundred))
          .put(indicator(StandardRules.BASELINE_BEFORE_TARGETS, g -> g, RuleBreakers::lateBaseline))
          .put(indicator(StandardRules.PERIODS_DO_NOT_OVERLAP, g -> g, RuleBreakers::twicePeriod))
          .put(indicator(StandardRules.PERIOD_HAS_VALUE, g -> g, RuleBreakers::emptyPeriod))
          // Without a baseline value, RBM-IND-006 has nothing to compare.
          .put(indicator(StandardRules.BASELINE_VALUE_AVAILABLE, g -> g.measures(QUANTITATIVE),
              (i, f, in) -> at(i.withBaseline(Baseline.notAvailable("No survey before the plan")),
                  "baseline")))
          .put(indicator(StandardRules.BREAKDOWN_WITHIN_TOTAL, g -> g.measures(Measure.COUNT),
              RuleBreakers::breakdownAboveTotal))
          .put(indicator(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET, g -> g.measures(Measure.COUNT),
              RuleBreakers::actualFarBeyond))
          .put(indicator(StandardRules.BREAKDOWN_GIVES_TOTAL, g -> g.measures(Measure.COUNT),
              RuleBreakers::incompleteBreakdown))
          .buildOrThrow();

  private RuleBreakers() {}

  private static Map.Entry<RuleId, Breaker> entry(
      RuleId rule, UnaryOperator<FrameworkGen> base, Mutation mutation) {
    return Maps.immutableEntry(rule, new Entry(base, mutation, rule));
  }

  private static Map.Entry<RuleId, Breaker> indicator(
      RuleId rule, UnaryOperator<FrameworkGen> base, IndicatorBreak edit) {
    return entry(rule, base, (f, in) -> {
      Indicator chosen = FrameworkEdits.someIndicator(f, in);
      Located changed = edit.apply(chosen, f, in);
      ResultsFramework broken =
          FrameworkEdits.replaceIndicator(f, chosen.id(), i -> changed.indicator());
      Location at = locationOf(broken, chosen.id());
      for (String segment : changed.below()) {
        at = at.child(segment);
      }
      return new Broken(broken, at);
    });
  }

  private static Located at(Indicator indicator, String... below) {
    return new Located(indicator, List.of(below));
  }

  private static <T> ImmutableList<T> append(List<T> list, T added) {
    return ImmutableList.<T>builder().addAll(list).add(added).build();
  }

  // ---- results chain --------------------------------------------------------------------------

  /** RBM-RES-001: a result on the lowest level loses its indicators. */
  private static Broken noIndicator(ResultsFramework f, RandomnessSource in) {
    Result r = Draw.pick(in, f.resultsAtLevel(f.levelScheme().lowest()));
    ResultsFramework broken =
        FrameworkEdits.replaceResult(f, r.id(), x -> x.withIndicators(List.of()));
    return new Broken(broken, locationOf(broken, r.id()));
  }

  /**
   * RBM-RES-002: a new result above the lowest level, with nothing below it. It needs no indicator
   * (RBM-RES-001 concerns the lowest level only).
   */
  private static Broken childless(ResultsFramework f, RandomnessSource in) {
    int rank = Draw.between(in, 0, f.levelScheme().levels().size() - 2);
    Result.Builder added = Result.builder()
        .id(ResultId.of("X-CHILDLESS"))
        .level(f.levelScheme().levels().get(rank))
        .title("A result added with nothing below it");
    if (rank > 0) {
      added.parent(Draw.pick(in, f.resultsAtLevel(f.levelScheme().levels().get(rank - 1))).id());
    }
    ResultsFramework broken = f.withResults(append(f.results(), added.build()));
    return new Broken(broken, locationOf(broken, ResultId.of("X-CHILDLESS")));
  }

  /**
   * RBM-RES-003: a new result on the lowest level without a parent, measured by a copy of a drawn
   * indicator so that RBM-RES-001 holds.
   */
  private static Broken orphan(ResultsFramework f, RandomnessSource in) {
    Indicator copy = FrameworkEdits.someIndicator(f, in).withId(IndicatorId.of("X-ORPHAN-IND"));
    Result orphan = Result.builder()
        .id(ResultId.of("X-ORPHAN"))
        .level(f.levelScheme().lowest())
        .title("A result added without a parent")
        .addIndicators(copy)
        .build();
    return new Broken(
        f.withResults(append(f.results(), orphan)), Location.of("results", "X-ORPHAN"));
  }

  /** RBM-RES-004 and RBM-RES-005: a drawn result gains a link to the given target. */
  private static Broken link(
      ResultsFramework f, RandomnessSource in, FrameworkId target, String result) {
    Result source = FrameworkEdits.someResult(f, in);
    ContributionLink link = ContributionLink.of(source.id(), target, ResultId.of(result));
    return new Broken(f.withContributions(append(f.contributions(), link)),
        locationOf(f, source.id()).child("contributions", target.code(), result));
  }

  /**
   * RBM-RES-006: a drawn result on the lowest level gets a twin with its title and a copy of an
   * indicator (so that RBM-RES-001 holds). The rule flags the one of the two with the later id.
   */
  private static Broken twin(ResultsFramework f, RandomnessSource in) {
    Result r = Draw.pick(in, f.resultsAtLevel(f.levelScheme().lowest()));
    Indicator copy = FrameworkEdits.someIndicator(f, in).withId(IndicatorId.of("X-TWIN-IND"));
    Result twin = r.withId(ResultId.of("X-TWIN")).withIndicators(copy);
    ResultsFramework broken = f.withResults(append(f.results(), twin));
    ResultId flagged = twin.id().compareTo(r.id()) > 0 ? twin.id() : r.id();
    return new Broken(broken, locationOf(broken, flagged));
  }

  // ---- indicators -----------------------------------------------------------------------------

  /**
   * RBM-IND-003: the targets go; periods that had an actual keep it, the others go, so that
   * RBM-PER-002 holds.
   */
  private static Located noTarget(Indicator i, ResultsFramework f, RandomnessSource in) {
    List<IndicatorPeriod> kept = new ArrayList<>();
    for (IndicatorPeriod p : i.periods()) {
      if (!p.actuals().isEmpty()) {
        kept.add(p.withTargets(List.<DataPoint>of()));
      }
    }
    return at(i.withPeriods(kept));
  }

  /** The period with targets that comes last; every generated indicator has one. */
  private static IndicatorPeriod lastWithTargets(Indicator i) {
    return i.periods().stream()
        .filter(p -> !p.targets().isEmpty())
        .max(Comparator.comparing(IndicatorPeriod::period))
        .orElseThrow(() -> new InvalidValueException(
            "periods", i.id(), "an indicator with a target, as RbmGen draws them"));
  }

  /**
   * RBM-IND-004: the year after the planning period gets the targets of the last period, so that
   * the final target (RBM-IND-006) does not change; it overlaps no period.
   */
  private static Located lateTarget(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod last = lastWithTargets(i);
    int year = f.planningPeriod().lastYear() + 1;
    IndicatorPeriod late = IndicatorPeriod.builder()
        .period(DateRange.ofYear(year))
        .addAllTargets(last.targets())
        .build();
    return at(i.withPeriods(append(i.periods(), late)), "targets", Integer.toString(year));
  }

  /**
   * RBM-IND-006: the count's direction turns against its move from baseline to final target; a
   * count that does not move gets a baseline one above its final target.
   */
  private static Located wrongDirection(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod last = lastWithTargets(i);
    long t = amount(last.totalTarget().orElseThrow().value());
    Baseline baseline = i.baseline().orElseThrow();
    long b = amount(baseline.value().orElseThrow());
    Indicator broken = t > b
        ? i.withDirection(Direction.DECREASE)
        : t < b
            ? i.withDirection(Direction.INCREASE)
            : i.withDirection(Direction.INCREASE).withBaseline(baseline.withValue(Value.of(t + 1)));
    return at(broken, "targets", IndicatorVisit.segmentOf(last.period()));
  }

  /** A count's value, a whole number as RbmGen draws counts. */
  private static long amount(Value count) {
    return ((NumericValue) count).amount().longValueExact();
  }

  /**
   * RBM-IND-007: the total target of a drawn period becomes 101%. Percentages have no breakdown
   * (RBM-VAL-002), and the actual stays below 100, so within the target (RBM-VAL-003).
   */
  private static Located overHundred(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod p = Draw.pick(in, i.periods());
    List<DataPoint> targets = new ArrayList<>();
    for (DataPoint d : p.targets()) {
      targets.add(isTotal(d) ? d.withValue(Value.of(101)) : d);
    }
    return at(i.withPeriods(replace(i.periods(), p, p.withTargets(targets))),
        "targets", IndicatorVisit.segmentOf(p.period()));
  }

  /** RBM-IND-008: the baseline is dated the day after the first target period starts. */
  private static Located lateBaseline(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod first = i.periods().stream()
        .filter(p -> !p.targets().isEmpty())
        .min(Comparator.comparing(p -> p.period().start()))
        .orElseThrow();
    Baseline moved = i.baseline().orElseThrow().withDate(first.period().start().plusDays(1));
    return at(i.withBaseline(moved), "baseline");
  }

  // ---- periods and values ---------------------------------------------------------------------

  /** RBM-PER-001: a drawn period is given twice; the rule flags the second. */
  private static Located twicePeriod(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod p = Draw.pick(in, i.periods());
    return at(i.withPeriods(append(i.periods(), p)),
        "periods", IndicatorVisit.segmentOf(p.period()));
  }

  /** RBM-PER-002: an empty period for the year after the planning period, overlapping none. */
  private static Located emptyPeriod(Indicator i, ResultsFramework f, RandomnessSource in) {
    int year = f.planningPeriod().lastYear() + 1;
    IndicatorPeriod empty = IndicatorPeriod.builder().period(DateRange.ofYear(year)).build();
    return at(i.withPeriods(append(i.periods(), empty)), "periods", Integer.toString(year));
  }

  /**
   * RBM-VAL-002: a drawn period's targets gain a breakdown by a new dimension, {@code zone}, whose
   * one category is one more than the total.
   */
  private static Located breakdownAboveTotal(
      Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod p = Draw.pick(in, i.periods());
    long t = amount(p.totalTarget().orElseThrow().value());
    DataPoint zone = DataPoint.builder()
        .value(Value.of(t + 1))
        .disaggregation(Disaggregation.of("zone", "north"))
        .build();
    Indicator broken = i
        .withDisaggregationDimensions(append(i.disaggregationDimensions().asList(), "zone"))
        .withPeriods(replace(i.periods(), p, p.withTargets(append(p.targets(), zone))));
    return at(broken, "targets", IndicatorVisit.segmentOf(p.period()), "zone");
  }

  /**
   * RBM-VAL-003: a drawn period's actual becomes twice its target plus one, or zero when the count
   * should decrease (a target of zero or less is first raised to 1, which keeps its breakdown
   * within it); the period keeps only that actual, so that no breakdown can exceed it.
   */
  private static Located actualFarBeyond(Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod p = Draw.pick(in, i.periods());
    long t = Math.max(1, amount(p.totalTarget().orElseThrow().value()));
    List<DataPoint> targets = new ArrayList<>();
    for (DataPoint d : p.targets()) {
      targets.add(isTotal(d) ? d.withValue(Value.of(t)) : d);
    }
    boolean decreasing = i.direction().filter(Direction.DECREASE::equals).isPresent();
    IndicatorPeriod changed = p.withTargets(targets)
        .withActuals(DataPoint.of(Value.of(decreasing ? 0 : 2 * t + 1)));
    return at(i.withPeriods(replace(i.periods(), p, changed)),
        "actuals", IndicatorVisit.segmentOf(p.period()));
  }

  /**
   * RBM-VAL-004: the indicator declares a new dimension, {@code zone}, with the categories north
   * and south, and a drawn period's actuals become north 1 alone: no total, and a breakdown that
   * lacks south. No target is broken down by zone, so RBM-VAL-003 has nothing to compare.
   */
  private static Located incompleteBreakdown(
      Indicator i, ResultsFramework f, RandomnessSource in) {
    IndicatorPeriod p = Draw.pick(in, i.periods());
    Indicator broken = i
        .withDisaggregationDimensions(append(i.disaggregationDimensions().asList(), "zone"))
        .withDimensionCategories(
            ImmutableSetMultimap.<String, String>builder()
                .putAll(i.dimensionCategories())
                .putAll("zone", "north", "south")
                .build())
        .withPeriods(replace(i.periods(), p,
            p.withActuals(DataPoint.of(Value.of(1), "zone", "north"))));
    return at(broken, "actuals", IndicatorVisit.segmentOf(p.period()), "zone");
  }

  private static boolean isTotal(DataPoint d) {
    return d.disaggregation().isTotal() && d.location().isEmpty();
  }

  /** The periods with the first one equal to {@code old} replaced. */
  private static ImmutableList<IndicatorPeriod> replace(
      List<IndicatorPeriod> periods, IndicatorPeriod old, IndicatorPeriod changed) {
    ImmutableList.Builder<IndicatorPeriod> out = ImmutableList.builder();
    boolean done = false;
    for (IndicatorPeriod p : periods) {
      if (!done && p.equals(old)) {
        out.add(changed);
        done = true;
      } else {
        out.add(p);
      }
    }
    return out.build();
  }
}
