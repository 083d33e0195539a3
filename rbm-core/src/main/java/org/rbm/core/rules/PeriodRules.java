package org.rbm.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rbm.core.indicators.IndicatorPeriod;

/** The standard rules on reporting periods: RBM-PER-001 and RBM-PER-002 (see {@link StandardRules}). */
final class PeriodRules {
  static final MessageKey OVERLAP =
      MessageKey.standard("RBM-PER-001.overlap", "period", "indicator", "otherPeriod");
  static final MessageKey EMPTY = MessageKey.standard("RBM-PER-002.empty", "period", "indicator");

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
      // Indices into the indicator's periods, sorted by range: the locations need the index.
      List<Integer> sorted = new ArrayList<>(periods.size());
      boolean inOrder = true;
      for (int i = 0; i < periods.size(); i++) {
        sorted.add(i);
        inOrder &= i == 0 || BY_RANGE.compare(periods.get(i - 1), periods.get(i)) <= 0;
      }
      if (!inOrder) {
        sorted.sort(Comparator.comparing(periods::get, BY_RANGE));
      }
      IndicatorPeriod furthest = periods.get(sorted.get(0));
      for (int k : sorted.subList(1, sorted.size())) {
        IndicatorPeriod p = periods.get(k);
        if (p.period().overlaps(furthest.period())) {
          reporter.report(visit.periodLocation(k), OVERLAP,
              p.period(), visit.indicator().id(), furthest.period());
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
          reporter.report(visit.locationOf(p), EMPTY, p.period(), visit.indicator().id());
        }
      }
    }
  }
}
