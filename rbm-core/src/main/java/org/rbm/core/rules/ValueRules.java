package org.rbm.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.BreakdownTotals;

/** The standard rules on values: RBM-VAL-001 to RBM-VAL-004 (see {@link StandardRules}). */
final class ValueRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static final MessageKey NO_BASELINE_VALUE = MessageKey.standard(
      "RBM-VAL-001.noValue", "indicator", "reason", "measure");
  static final MessageKey NO_BASELINE_VALUE_NO_REASON = MessageKey.standard(
      "RBM-VAL-001.noValueNoReason", "indicator", "measure");
  static final MessageKey TARGETS_SUM = MessageKey.standard(
      "RBM-VAL-002.targetsSum", "period", "dimensions", "sum", "relation", "total");
  static final MessageKey TARGETS_SUM_AT = MessageKey.standard(
      "RBM-VAL-002.targetsSumAt", "period", "place", "dimensions", "sum", "relation", "total");
  static final MessageKey ACTUALS_SUM = MessageKey.standard(
      "RBM-VAL-002.actualsSum", "period", "dimensions", "sum", "relation", "total");
  static final MessageKey ACTUALS_SUM_AT = MessageKey.standard(
      "RBM-VAL-002.actualsSumAt", "period", "place", "dimensions", "sum", "relation", "total");
  static final MessageKey FAR_ABOVE_TARGET = MessageKey.standard(
      "RBM-VAL-003.farAbove", "actual", "indicator", "period", "percent", "target", "tolerance");
  static final MessageKey FAR_BELOW_TARGET = MessageKey.standard(
      "RBM-VAL-003.farBelow", "actual", "indicator", "period", "percent", "target", "tolerance");

  static final MessageKey TARGETS_NOT_ADDITIVE = breakdownOnly("targetsNotAdditive", "measure");
  static final MessageKey ACTUALS_NOT_ADDITIVE = breakdownOnly("actualsNotAdditive", "measure");
  static final MessageKey TARGETS_INCOMPLETE = breakdownOnly("targetsIncomplete", "missing");
  static final MessageKey ACTUALS_INCOMPLETE = breakdownOnly("actualsIncomplete", "missing");
  static final MessageKey TARGETS_UNDECLARED = breakdownOnly("targetsUndeclared");
  static final MessageKey ACTUALS_UNDECLARED = breakdownOnly("actualsUndeclared");
  static final MessageKey TARGETS_NOT_SUMMABLE = breakdownOnly("targetsNotSummable");
  static final MessageKey ACTUALS_NOT_SUMMABLE = breakdownOnly("actualsNotSummable");

  /** A key of RBM-VAL-004: the indicator, the period and the dimension, then the others given. */
  private static MessageKey breakdownOnly(String name, String... more) {
    String[] arguments = new String[3 + more.length];
    arguments[0] = "indicator";
    arguments[1] = "period";
    arguments[2] = "dimension";
    System.arraycopy(more, 0, arguments, 3, more.length);
    return MessageKey.standard("RBM-VAL-004." + name, arguments);
  }

  private ValueRules() {}

  static List<FrameworkRule> all(RuleSettings settings) {
    return List.of(
        new BaselineValueAvailable(),
        new BreakdownWithinTotal(settings.disaggregationMustEqualTotal()),
        new ActualNotFarAboveTarget(settings.overTargetTolerancePercent()),
        new BreakdownGivesTotal());
  }

  static final class BreakdownGivesTotal extends FrameworkRule {
    BreakdownGivesTotal() {
      super(RuleInfo.of(
          "RBM-VAL-004", Severity.WARNING,
          "A period given only by breakdown has a complete breakdown of an additive measure",
          "Without a total, progress adds up the breakdown: female 60 and male 45 are an actual of"
              + " 105. It can do so only when the measure adds up (Indicator.additive: counts and"
              + " amounts by default) and one dimension gives every category the indicator"
              + " declares for it (Indicator.dimensionCategories); otherwise the period has no"
              + " total, and its progress says NO_DATA. Checked for the whole, not by location.",
          "Issue 10 of this SDK (sex-disaggregated actuals entered without a total); TolaData"
              + " and DHIS2 derive totals from complete category combinations"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      if (i.disaggregationDimensions().isEmpty()) {
        return;
      }
      for (IndicatorPeriod p : i.periods()) {
        check(visit, p, p.targets(), true, reporter);
        check(visit, p, p.actuals(), false, reporter);
      }
    }

    private static void check(
        IndicatorVisit visit,
        IndicatorPeriod p,
        List<DataPoint> points,
        boolean targets,
        Reporter reporter) {
      Optional<BreakdownTotals.Gap> gap = BreakdownTotals.gap(visit.indicator(), points);
      if (gap.isEmpty()) {
        return;
      }
      BreakdownTotals.Gap g = gap.get();
      MessageKey key = switch (g.reason()) {
        case NOT_ADDITIVE -> targets ? TARGETS_NOT_ADDITIVE : ACTUALS_NOT_ADDITIVE;
        case INCOMPLETE -> targets ? TARGETS_INCOMPLETE : ACTUALS_INCOMPLETE;
        case UNDECLARED -> targets ? TARGETS_UNDECLARED : ACTUALS_UNDECLARED;
        case NOT_SUMMABLE -> targets ? TARGETS_NOT_SUMMABLE : ACTUALS_NOT_SUMMABLE;
      };
      Location at = visit.sumLocation(
          p, targets ? "targets" : "actuals", Optional.empty(), g.dimension());
      Indicator i = visit.indicator();
      switch (g.reason()) {
        case NOT_ADDITIVE ->
            reporter.report(at, key, i.id(), p.period(), g.dimension(), i.measure());
        case INCOMPLETE -> reporter.report(
            at, key, i.id(), p.period(), g.dimension(), String.join(";", g.missing()));
        default -> reporter.report(at, key, i.id(), p.period(), g.dimension());
      }
    }
  }

  static final class BaselineValueAvailable extends FrameworkRule {
    BaselineValueAvailable() {
      super(RuleInfo.of(
          "RBM-VAL-001", Severity.WARNING,
          "The baseline of a quantitative indicator has a value",
          "IATI requires a baseline value for measures 1 to 4; a baseline stated as not available"
              + " is allowed here (RBM-IND-002) but leaves progress without a starting point, and"
              + " the IATI export without a value. IATI itself softened this rule to a \"should\".",
          "IATI 8.8.1 (error in IATI's ruleset; override the severity for strict IATI)"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      Optional<Baseline> baseline = i.baseline();
      if (i.measure().isQuantitative() && baseline.isPresent() && !baseline.get().isAvailable()) {
        Optional<String> reason = baseline.get().unavailableReason();
        if (reason.isPresent()) {
          reporter.report(visit.baselineLocation(), NO_BASELINE_VALUE,
              i.id(), reason.get(), i.measure());
        } else {
          reporter.report(visit.baselineLocation(), NO_BASELINE_VALUE_NO_REASON,
              i.id(), i.measure());
        }
      }
    }
  }

  /**
   * The sum of the values of one breakdown, for one period, one kind (targets or actuals) and one
   * place: amounts, or numerators and denominators. Not comparable with the total when a value is
   * of another kind than the total.
   */
  private static final class Sum {
    final Value total;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    boolean comparable = true;

    Sum(Value total) {
      this.total = total;
    }
  }

  static final class BreakdownWithinTotal extends FrameworkRule {
    private final boolean mustEqual;

    BreakdownWithinTotal(boolean mustEqual) {
      super(RuleInfo.of(
          "RBM-VAL-002", Severity.ERROR,
          mustEqual
              ? "The values of one breakdown add up to exactly the total"
              : "The values of one breakdown do not add up to more than the total",
          "Women and men together cannot be more than everyone: a breakdown above its total"
              + " double-counts or mistypes a value. Counts and amounts add up; fractions add their"
              + " numerators and denominators; other percentages and ratios do not add up and are"
              + " not checked. A setting (RuleSettings.disaggregationMustEqualTotal) asks for"
              + " equality.",
          "Peers' users (DOMAIN.md, request 1): disaggregated values must not exceed (some: must"
              + " equal) the total; IATI has no rule for it"));
      this.mustEqual = mustEqual;
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Measure measure = visit.indicator().measure();
      for (IndicatorPeriod p : visit.indicator().periods()) {
        check(measure, p.targets(), visit, "targets", p, reporter);
        check(measure, p.actuals(), visit, "actuals", p, reporter);
      }
    }

    private void check(
        Measure measure,
        List<DataPoint> points,
        IndicatorVisit visit,
        String kind,
        IndicatorPeriod period,
        Reporter reporter) {
      if (points.size() < 2 || !anyBreakdown(points)) {
        return;
      }
      // By place (the data point's location), the total and the sums of each set of dimensions.
      Map<Optional<String>, Value> totals = new HashMap<>();
      Map<Optional<String>, Map<String, Sum>> sums = new LinkedHashMap<>();
      for (DataPoint d : points) {
        if (d.disaggregation().isTotal()) {
          totals.put(d.location(), d.value());
        }
      }
      for (DataPoint d : points) {
        Disaggregation breakdown = d.disaggregation();
        Value total = totals.get(d.location());
        if (breakdown.isTotal() || total == null || !additive(total, measure)) {
          continue;
        }
        String dimensions = String.join(";", breakdown.categories().keySet());
        Sum sum = sums.computeIfAbsent(d.location(), k -> new LinkedHashMap<>())
            .computeIfAbsent(dimensions, k -> new Sum(total));
        if (total instanceof NumericValue && d.value() instanceof NumericValue n) {
          sum.amount = sum.amount.add(n.amount());
        } else if (total instanceof FractionValue && d.value() instanceof FractionValue f) {
          sum.amount = sum.amount.add(f.numerator());
          sum.denominator = sum.denominator.add(f.denominator());
        } else {
          sum.comparable = false;
        }
      }
      for (Map.Entry<Optional<String>, Map<String, Sum>> place : sums.entrySet()) {
        for (Map.Entry<String, Sum> byDimensions : place.getValue().entrySet()) {
          Problem problem = problem(byDimensions.getValue());
          if (problem == null) {
            continue;
          }
          Location at = visit.sumLocation(period, kind, place.getKey(), byDimensions.getKey());
          boolean targets = kind.equals("targets");
          if (place.getKey().isPresent()) {
            reporter.report(at, targets ? TARGETS_SUM_AT : ACTUALS_SUM_AT, period.period(),
                place.getKey().get(), byDimensions.getKey(), problem.sum, problem.relation,
                problem.total);
          } else {
            reporter.report(at, targets ? TARGETS_SUM : ACTUALS_SUM, period.period(),
                byDimensions.getKey(), problem.sum, problem.relation, problem.total);
          }
        }
      }
    }

    /** Whether some point is a breakdown: without one, nothing is summed (and no map made). */
    private static boolean anyBreakdown(List<DataPoint> points) {
      for (DataPoint d : points) {
        if (!d.disaggregation().isTotal()) {
          return true;
        }
      }
      return false;
    }

    /** Counts and amounts add up; so do fractions, by numerators and denominators. */
    private static boolean additive(Value total, Measure measure) {
      return total instanceof FractionValue
          || (total instanceof NumericValue
              && (measure == Measure.COUNT || measure == Measure.CURRENCY));
    }

    /** What is wrong with the sum, or null when it fits the total. */
    private @Nullable Problem problem(Sum sum) {
      Value total = sum.total;
      if (!sum.comparable) {
        return null;
      }
      if (total instanceof NumericValue n) {
        return fits(sum.amount, n.amount())
            ? null
            : new Problem(Amounts.format(sum.amount), relation(sum.amount, n.amount()), n);
      }
      if (total instanceof FractionValue f) {
        boolean fits = fits(sum.amount, f.numerator()) && fits(sum.denominator, f.denominator());
        return fits
            ? null
            : new Problem(Amounts.format(sum.amount) + "/" + Amounts.format(sum.denominator),
                mustEqual ? "NOT_EQUAL" : "MORE", f);
      }
      return null;
    }

    /** A sum that does not fit its total: the sum, how it relates to the total, the total. */
    private record Problem(String sum, String relation, Value total) {}

    private boolean fits(BigDecimal sum, BigDecimal total) {
      int c = sum.compareTo(total);
      return mustEqual ? c == 0 : c <= 0;
    }

    private static String relation(BigDecimal sum, BigDecimal total) {
      return sum.compareTo(total) > 0 ? "MORE" : "LESS";
    }
  }

  static final class ActualNotFarAboveTarget extends FrameworkRule {
    /** Up to this many targets in a period, the target of an actual is found by a scan. */
    private static final int SCAN_LIMIT = 8;
    /** The relative margin of {@link #fractionsSurelyWithin}: 10^-30. */
    private static final int MARGIN_DIGITS = 30;

    private final BigDecimal tolerancePercent;
    private final BigDecimal above;
    private final BigDecimal below;
    // Whether the bounds keep their value in Decimals.CONTEXT (always, but for absurd tolerances).
    private final boolean aboveExact;
    private final boolean belowExact;

    ActualNotFarAboveTarget(BigDecimal tolerancePercent) {
      super(RuleInfo.of(
          "RBM-VAL-003", Severity.WARNING,
          "No actual is more than " + Amounts.format(tolerancePercent)
              + "% above its target, or below it for a decreasing indicator (flagged for review)",
          "An actual far beyond its target is often a typing error (a zero too many) or a target"
              + " set too low; either deserves a second look. \"Beyond\" is below for a decreasing"
              + " indicator, as TolaData inverts its over/under band. Compared breakdown by"
              + " breakdown, for counts, amounts, ratios and percentages; targets of zero or less"
              + " are not compared. The tolerance is a setting"
              + " (RuleSettings.overTargetTolerancePercent).",
          "DHIS2-based applications warn above 120% of the target; peers' users (DOMAIN.md,"
              + " request 8)"));
      this.tolerancePercent = tolerancePercent;
      BigDecimal share = tolerancePercent.divide(HUNDRED, Decimals.CONTEXT);
      this.above = BigDecimal.ONE.add(share);
      this.below = BigDecimal.ONE.subtract(share);
      this.aboveExact = above.round(Decimals.CONTEXT).compareTo(above) == 0;
      this.belowExact = below.round(Decimals.CONTEXT).compareTo(below) == 0;
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      // IATI measures 1 (unit) and 2 (percentage): codes on a nominal or ordinal scale and
      // narratives have no "percent beyond".
      if (i.measure().iatiCode() > 2) {
        return;
      }
      boolean decreasing = i.direction().filter(Direction.DECREASE::equals).isPresent();
      for (IndicatorPeriod p : i.periods()) {
        if (p.targets().isEmpty() || p.actuals().isEmpty()) {
          continue;
        }
        // A few points per period: a scan costs less than a map; many: a map, for linear time.
        Map<List<Object>, DataPoint> targets = null;
        if (p.targets().size() > SCAN_LIMIT) {
          targets = new HashMap<>();
          for (DataPoint t : p.targets()) {
            targets.put(key(t), t);
          }
        }
        for (DataPoint a : p.actuals()) {
          DataPoint t = targets == null ? sameBreakdown(p.targets(), a) : targets.get(key(a));
          if (t == null) {
            continue;
          }
          if (t.value() instanceof FractionValue tf && a.value() instanceof FractionValue af
              && (tf.numerator().signum() == 0 || fractionsSurelyWithin(af, tf, decreasing))) {
            continue;
          }
          BigDecimal target = number(t.value(), i.measure());
          BigDecimal actual = number(a.value(), i.measure());
          if (target == null || actual == null || target.signum() <= 0) {
            continue;
          }
          if (beyond(actual, target, decreasing)) {
            BigDecimal ratio = actual.divide(target, Decimals.CONTEXT);
            BigDecimal percent = ratio.subtract(BigDecimal.ONE).abs().multiply(HUNDRED)
                .setScale(1, RoundingMode.HALF_EVEN);
            reporter.report(visit.actualLocation(p, a),
                decreasing ? FAR_BELOW_TARGET : FAR_ABOVE_TARGET,
                a.value(), i.id(), p.period(), percent, t.value(), tolerancePercent);
          }
        }
      }
    }

    /**
     * Whether an actual is beyond the tolerance of a positive target: its quotient, divided in
     * {@code Decimals.CONTEXT}, above {@code 1 + tolerance} (below {@code 1 - tolerance} when
     * decreasing). Divides only when a multiplication cannot decide.
     */
    boolean beyond(BigDecimal actual, BigDecimal target, boolean decreasing) {
      if (surelyWithin(actual, target, decreasing)) {
        return false;
      }
      BigDecimal ratio = actual.divide(target, Decimals.CONTEXT);
      return decreasing ? ratio.compareTo(below) < 0 : ratio.compareTo(above) > 0;
    }

    /**
     * Whether the actual is within the tolerance without dividing: when the bound is exact in
     * {@code Decimals.CONTEXT}, an exact quotient on the right side of it stays there once rounded
     * (rounding is monotonic), so {@code actual <= above * target} (or {@code >= below * target})
     * decides as the rounded quotient would. Otherwise the caller divides, as before.
     */
    private boolean surelyWithin(BigDecimal actual, BigDecimal target, boolean decreasing) {
      if (decreasing) {
        return belowExact && actual.compareTo(below.multiply(target)) >= 0;
      }
      return aboveExact && actual.compareTo(above.multiply(target)) <= 0;
    }

    /**
     * Whether an actual fraction is within the tolerance of a target fraction, decided without
     * dividing and with a margin: the quotient {@code (an * td) / (ad * tn)} is exact here, while
     * the one compared in {@link #beyond} comes from three roundings in {@code Decimals.CONTEXT}
     * (the two values, then their ratio), each off by less than 10^-33 of it. When the exact
     * quotient is inside the bound by more than 10^-30 of itself, the rounded one is inside too;
     * else the caller divides, as before. The target's numerator is positive.
     */
    boolean fractionsSurelyWithin(
        FractionValue actual, FractionValue target, boolean decreasing) {
      BigDecimal lhs = actual.numerator().multiply(target.denominator());
      BigDecimal scale = actual.denominator().multiply(target.numerator());
      BigDecimal margin = lhs.movePointLeft(MARGIN_DIGITS);
      if (decreasing) {
        return lhs.subtract(margin).compareTo(below.multiply(scale)) >= 0;
      }
      return lhs.add(margin).compareTo(above.multiply(scale)) <= 0;
    }

    /** The amount of a number as is; a fraction's through {@link Amounts#of}; else null. */
    private static @Nullable BigDecimal number(Value value, Measure measure) {
      if (value instanceof NumericValue n) {
        return n.amount();
      }
      return Amounts.of(value, measure).orElse(null);
    }

    /** The target of the same breakdown at the same place as the actual, if any. */
    private static @Nullable DataPoint sameBreakdown(List<DataPoint> targets, DataPoint actual) {
      DataPoint found = null;
      for (DataPoint t : targets) {
        if (t.disaggregation().equals(actual.disaggregation())
            && t.location().equals(actual.location())) {
          found = t; // the last, as the map kept it
        }
      }
      return found;
    }

    private static List<Object> key(DataPoint d) {
      List<Object> key = new ArrayList<>(2);
      key.add(d.disaggregation());
      key.add(d.location());
      return key;
    }
  }
}
