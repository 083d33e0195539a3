package org.rbm.core.rules;

import static org.rbm.core.rules.IndicatorVisit.describe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rbm.core.indicators.IndicatorPeriod;

/** The standard rules on reporting periods: RBM-PER-001 and RBM-PER-002 (see {@link StandardRules}). */
final class PeriodRules {
  private PeriodRules() {}

  static List<FrameworkRule> all() {
    return List.of(new PeriodsDoNotOverlap(), new PeriodHasValue());
  }

  static final class PeriodsDoNotOverlap extends FrameworkRule {
    private static final Comparator<IndicatorPeriod> BY_RANGE =
        Comparator.comparing(IndicatorPeriod::period);

    PeriodsDoNotOverlap() {
      super(RuleInfo.of(
          "RBM-PER-001", Severity.ERROR,
          "The reporting periods of one indicator do not overlap",
          "Days counted in two periods are counted twice: sums over periods overstate"
              + " achievement, and the latest value of a cumulative indicator becomes ambiguous.",
          "This SDK: IATI has no rule for overlapping periods"));
    }

    /**
     * Sorted by start, each period is compared with the one that reaches furthest among those
     * before it: O(p log p) for p periods, and no sort when they are given in order.
     */
    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      List<IndicatorPeriod> periods = visit.indicator().periods();
      if (periods.size() < 2) {
        return;
      }
      List<IndicatorPeriod> sorted = periods;
      for (int i = 1; i < periods.size(); i++) {
        if (BY_RANGE.compare(periods.get(i - 1), periods.get(i)) > 0) {
          sorted = new ArrayList<>(periods);
          sorted.sort(BY_RANGE);
          break;
        }
      }
      IndicatorPeriod furthest = sorted.get(0);
      for (IndicatorPeriod p : sorted.subList(1, sorted.size())) {
        if (p.period().overlaps(furthest.period())) {
          reporter.report(visit.locationOf(p), "The period " + describe(p.period())
              + " of indicator " + visit.indicator().id() + " overlaps its period "
              + describe(furthest.period()) + ".");
        }
        if (p.period().end().isAfter(furthest.period().end())) {
          furthest = p;
        }
      }
    }
  }

  static final class PeriodHasValue extends FrameworkRule {
    PeriodHasValue() {
      super(RuleInfo.of(
          "RBM-PER-002", Severity.WARNING,
          "Every reporting period has a target or an actual",
          "An empty period says nothing; a future period needs its target, a past one may have"
              + " only its actual, but one of them must be there.",
          "Peers' users (DOMAIN.md, request 4): a period needs a target or an actual, not"
              + " necessarily both"));
    }

    @Override
    protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
      for (IndicatorPeriod p : visit.indicator().periods()) {
        if (p.targets().isEmpty() && p.actuals().isEmpty()) {
          reporter.report(visit.locationOf(p), "The period " + describe(p.period())
              + " of indicator " + visit.indicator().id() + " has neither a target nor an actual.");
        }
      }
    }
  }
}
