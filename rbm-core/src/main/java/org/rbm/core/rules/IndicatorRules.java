package org.rbm.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** The standard SMART rules on indicators: RBM-IND-001 to RBM-IND-008 (see {@link StandardRules}). */
final class IndicatorRules {
  private static final String ILO = "ILO GB.300/PFA/9/1 (2007)";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static final MessageKey NO_UNIT_COUNT =
      MessageKey.standard("RBM-IND-001.noUnitCount", "indicator");
  static final MessageKey NO_UNIT_CURRENCY =
      MessageKey.standard("RBM-IND-001.noUnitCurrency", "indicator");
  static final MessageKey NO_UNIT_RATIO =
      MessageKey.standard("RBM-IND-001.noUnitRatio", "indicator");
  static final MessageKey NO_BASELINE = MessageKey.standard("RBM-IND-002.noBaseline", "indicator");
  static final MessageKey NO_TARGET = MessageKey.standard("RBM-IND-003.noTarget", "indicator");
  static final MessageKey TARGETS_OUTSIDE = MessageKey.standard(
      "RBM-IND-004.targetsOutside", "indicator", "period", "planningPeriod");
  static final MessageKey NO_DIRECTION =
      MessageKey.standard("RBM-IND-005.noDirection", "indicator");
  static final MessageKey INCREASE_BELOW_BASELINE = MessageKey.standard(
      "RBM-IND-006.increaseBelowBaseline", "indicator", "target", "period", "baseline");
  static final MessageKey DECREASE_ABOVE_BASELINE = MessageKey.standard(
      "RBM-IND-006.decreaseAboveBaseline", "indicator", "target", "period", "baseline");
  static final MessageKey BASELINE_PERCENT_OUT_OF_RANGE = MessageKey.standard(
      "RBM-IND-007.baselineOutOfRange", "value", "minimum", "maximum");
  static final MessageKey TARGET_PERCENT_OUT_OF_RANGE = MessageKey.standard(
      "RBM-IND-007.targetOutOfRange", "period", "value", "minimum", "maximum");
  static final MessageKey ACTUAL_PERCENT_OUT_OF_RANGE = MessageKey.standard(
      "RBM-IND-007.actualOutOfRange", "period", "value", "minimum", "maximum");
  static final MessageKey BASELINE_AFTER_START = MessageKey.standard(
      "RBM-IND-008.baselineAfterStart", "indicator", "date", "period");

  private IndicatorRules() {}

  static List<FrameworkRule> all() {
    return List.of(
        new UnitStated(),
        new BaselineStated(),
        new TargetGiven(),
        new TargetsInPlanningPeriod(),
        new DirectionStated(),
        new TargetsFollowDirection(),
        new PercentagesInRange(),
        new BaselineBeforeTargets());
  }

  /** Measures whose values are amounts of something that must be named: countries, USD. */
  static boolean needsUnit(Measure measure) {
    return measure == Measure.COUNT || measure == Measure.CURRENCY || measure == Measure.RATIO;
  }

  /** Quantitative measures whose values are ordered, so that "better" has a direction. */
  static boolean needsDirection(Measure measure) {
    return measure.isQuantitative() && measure != Measure.NOMINAL;
  }

  static final class UnitStated extends FrameworkRule {
    UnitStated() {
      super(RuleInfo.of(
          "RBM-IND-001", Severity.ERROR,
          "Every count, currency or ratio indicator names its unit",
          "A number without its unit (countries, USD, staff per office) cannot be read, compared"
              + " or added up; the measure itself is required when the indicator is built.",
          ILO + ": measurable indicators; TolaData: unit of measure and type on every indicator"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      if (needsUnit(i.measure()) && i.unit().filter(u -> !u.isBlank()).isEmpty()) {
        MessageKey key = i.measure() == Measure.CURRENCY ? NO_UNIT_CURRENCY
            : i.measure() == Measure.RATIO ? NO_UNIT_RATIO
            : NO_UNIT_COUNT;
        reporter.report(visit.location(), key, i.id());
      }
    }
  }

  static final class BaselineStated extends FrameworkRule {
    BaselineStated() {
      super(RuleInfo.of(
          "RBM-IND-002", Severity.ERROR,
          "Every indicator has a baseline, or states that none is available and why",
          "Progress is measured from the baseline; stating that none exists, with the reason, is"
              + " enough, so the rule asks for a statement, not for data that does not exist.",
          ILO + ": indicators have baselines (measurement benchmarks); peers' users: allow"
              + " \"baseline not available\" with a reason"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      if (visit.indicator().baseline().isEmpty()) {
        reporter.report(visit.location(), NO_BASELINE, visit.indicator().id());
      }
    }
  }

  static final class TargetGiven extends FrameworkRule {
    TargetGiven() {
      super(RuleInfo.of(
          "RBM-IND-003", Severity.ERROR,
          "Every indicator has at least one target",
          "Without a target there is nothing to achieve and no way to say whether the result was"
              + " reached.",
          ILO + ": indicators have targets that are measurable and time-bound"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      for (IndicatorPeriod p : visit.indicator().periods()) {
        if (!p.targets().isEmpty()) {
          return;
        }
      }
      reporter.report(visit.location(), NO_TARGET, visit.indicator().id());
    }
  }

  static final class TargetsInPlanningPeriod extends FrameworkRule {
    TargetsInPlanningPeriod() {
      super(RuleInfo.of(
          "RBM-IND-004", Severity.ERROR,
          "Every period with targets lies inside the framework's planning period",
          "Targets are time-bound within the plan that sets them; a target outside the planning"
              + " period belongs to another plan and is never reported on in this one.",
          ILO + ": time-bound targets for the biennium; IATI has no rule for periods outside the"
              + " activity dates"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      DateRange plan = visit.framework().planningPeriod().toDateRange();
      for (IndicatorPeriod p : visit.indicator().periods()) {
        if (!p.targets().isEmpty() && !plan.encloses(p.period())) {
          reporter.report(visit.targetsLocation(p), TARGETS_OUTSIDE,
              visit.indicator().id(), p.period(), visit.framework().planningPeriod().toString());
        }
      }
    }
  }

  static final class DirectionStated extends FrameworkRule {
    DirectionStated() {
      super(RuleInfo.of(
          "RBM-IND-005", Severity.ERROR,
          "Every quantitative indicator with ordered values states its direction of change",
          "Whether a higher value is progress or decline decides how achievement is computed and"
              + " whether a target makes sense; nominal codes have no order and are exempt.",
          "TolaData: direction of change on every indicator; IATI: the ascending attribute"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      if (needsDirection(i.measure()) && i.direction().isEmpty()) {
        reporter.report(visit.location(), NO_DIRECTION, i.id());
      }
    }
  }

  static final class TargetsFollowDirection extends FrameworkRule {
    TargetsFollowDirection() {
      super(RuleInfo.of(
          "RBM-IND-006", Severity.WARNING,
          "The final target moves away from the baseline in the indicator's direction",
          "An increasing indicator whose final target is below its baseline (or a decreasing one"
              + " above it) plans a decline: either the direction or the target is wrong.",
          "TolaData and OKR progress formulas (direction of change); issue 3 of this SDK"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      Optional<Direction> direction = i.direction();
      Optional<Value> baselineValue = i.baseline().flatMap(Baseline::value);
      if (direction.isEmpty() || baselineValue.isEmpty()) {
        return;
      }
      boolean up = direction.get() == Direction.INCREASE;
      if (!up && direction.get() != Direction.DECREASE) {
        return;
      }
      IndicatorPeriod last = null;
      DataPoint lastTarget = null;
      for (IndicatorPeriod p : i.periods()) {
        Optional<DataPoint> total = p.totalTarget();
        if (total.isPresent() && (last == null || p.period().compareTo(last.period()) > 0)) {
          last = p;
          lastTarget = total.get();
        }
      }
      if (last == null || lastTarget == null) {
        return;
      }
      if (surelyFollows(baselineValue.get(), lastTarget.value(), up)) {
        return;
      }
      Optional<BigDecimal> baseline = Amounts.of(baselineValue.get(), i.measure());
      Optional<BigDecimal> target = Amounts.of(lastTarget.value(), i.measure());
      if (baseline.isEmpty() || target.isEmpty()) {
        return;
      }
      int c = target.get().compareTo(baseline.get());
      if (up ? c < 0 : c > 0) {
        reporter.report(visit.targetLocation(last, lastTarget),
            up ? INCREASE_BELOW_BASELINE : DECREASE_ABOVE_BASELINE,
            i.id(), lastTarget.value(), last.period(), baselineValue.get());
      }
    }
  }

  /**
   * Whether two fractions surely follow the direction, compared without dividing: their numbers
   * (percents or quotients, rounded the same way) cannot be in the wrong order when the exact
   * quotients are not, as rounding keeps order. False for other values, and when the exact order is
   * wrong: then the numbers decide, as before.
   */
  static boolean surelyFollows(Value baseline, Value target, boolean up) {
    if (baseline instanceof FractionValue b && target instanceof FractionValue t) {
      int exact = t.numerator().multiply(b.denominator())
          .compareTo(b.numerator().multiply(t.denominator()));
      return up ? exact >= 0 : exact <= 0;
    }
    return false;
  }

  static final class PercentagesInRange extends FrameworkRule {
    PercentagesInRange() {
      super(RuleInfo.of(
          "RBM-IND-007", Severity.ERROR,
          "Every value of a percentage indicator lies between 0 and 100",
          "A share cannot be negative or above 100%; such a value is a typing error or a count"
              + " entered as a percentage.",
          "IATI measure 2 (percentage); the SDK's Measure.PERCENTAGE (0 to 100)"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Indicator i = visit.indicator();
      if (i.measure() != Measure.PERCENTAGE) {
        return;
      }
      Optional<Value> baseline = i.baseline().flatMap(Baseline::value);
      if (baseline.isPresent() && outOfRange(baseline.get())) {
        reporter.report(visit.baselineLocation(), BASELINE_PERCENT_OUT_OF_RANGE,
            percent(baseline.get()), BigDecimal.ZERO, HUNDRED);
      }
      for (IndicatorPeriod p : i.periods()) {
        for (DataPoint t : p.targets()) {
          if (outOfRange(t.value())) {
            reporter.report(visit.targetLocation(p, t), TARGET_PERCENT_OUT_OF_RANGE,
                p.period(), percent(t.value()), BigDecimal.ZERO, HUNDRED);
          }
        }
        for (DataPoint a : p.actuals()) {
          if (outOfRange(a.value())) {
            reporter.report(visit.actualLocation(p, a), ACTUAL_PERCENT_OUT_OF_RANGE,
                p.period(), percent(a.value()), BigDecimal.ZERO, HUNDRED);
          }
        }
      }
    }

    /**
     * Whether a value is below 0 or above 100 percent. A fraction is compared without dividing:
     * its numerator is never negative and its denominator positive, so its percent (rounded in
     * {@code Decimals.CONTEXT}) can only exceed 100 when the numerator exceeds the denominator;
     * only then is the percent divided out, to decide exactly as before.
     */
    static boolean outOfRange(Value value) {
      if (value instanceof NumericValue n) {
        return n.amount().signum() < 0 || n.amount().compareTo(HUNDRED) > 0;
      }
      if (value instanceof FractionValue f && f.numerator().compareTo(f.denominator()) <= 0) {
        return false;
      }
      Optional<BigDecimal> percent = Amounts.of(value, Measure.PERCENTAGE);
      return percent.isPresent()
          && (percent.get().signum() < 0 || percent.get().compareTo(HUNDRED) > 0);
    }

    private static BigDecimal percent(Value value) {
      return Amounts.of(value, Measure.PERCENTAGE).orElseThrow();
    }
  }

  static final class BaselineBeforeTargets extends FrameworkRule {
    BaselineBeforeTargets() {
      super(RuleInfo.of(
          "RBM-IND-008", Severity.WARNING,
          "The baseline is dated no later than the first day of the first period with a target",
          "A baseline is the benchmark progress starts from; measured after the first target"
              + " period has begun, it already contains part of the change the targets plan for."
              + " A baseline taken on the first day (as at 1 January) is the usual practice.",
          ILO + ": baselines as measurement benchmarks; IATI baseline year"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      Optional<LocalDate> date = visit.indicator().baseline().flatMap(Baseline::date);
      if (date.isEmpty()) {
        return;
      }
      IndicatorPeriod first = null;
      for (IndicatorPeriod p : visit.indicator().periods()) {
        if (!p.targets().isEmpty()
            && (first == null || p.period().start().isBefore(first.period().start()))) {
          first = p;
        }
      }
      if (first != null && date.get().isAfter(first.period().start())) {
        reporter.report(visit.baselineLocation(), BASELINE_AFTER_START,
            visit.indicator().id(), date.get(), first.period());
      }
    }
  }
}
