package org.rbm.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.SpfVersion;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * A small SPF 2010-15 (SO2 &gt; OC2a &gt; IO2a.1 with IND-1, 40 Member States in 2011), adopted on
 * 20 November 2008, and the events of its amendment record worked by hand.
 */
final class SpfFixtures {
  static final LocalDate ADOPTED = LocalDate.of(2008, 11, 20);
  static final IndicatorId IND1 = IndicatorId.of("IND-1");

  private SpfFixtures() {}

  static StrategicPolicyFramework spf() {
    PlanningPeriod period = PlanningPeriod.parse("2010-15");
    Indicator ind1 =
        Indicator.builder()
            .id(IND1)
            .title("Member States with integrated employment policies")
            .measure(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2011))
                    .addTarget(DataPoint.of(Value.of(40)))
                    .build())
            .build();
    ResultsFramework framework =
        ResultsFramework.builder()
            .id(FrameworkId.of("SPF-2010-15-RF"))
            .title("Results framework 2010-15")
            .owner("International Labour Office")
            .planningPeriod(period)
            .levelScheme(LevelScheme.ILO)
            .addResult(
                Result.builder()
                    .id(ResultId.of("SO2"))
                    .level("strategic objective")
                    .title("Greater opportunities for decent employment and income")
                    .build())
            .addResult(
                Result.builder()
                    .id(ResultId.of("OC2a"))
                    .level("outcome")
                    .parent(ResultId.of("SO2"))
                    .title("Coherent policies support inclusive job-rich growth")
                    .build())
            .addResult(
                Result.builder()
                    .id(ResultId.of("IO2a.1"))
                    .level("immediate outcome")
                    .parent(ResultId.of("OC2a"))
                    .title("Employment policies are integrated")
                    .addIndicator(ind1)
                    .build())
            .build();
    return StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(period)
        .adoptedOn(ADOPTED)
        .vision("Decent work for all")
        .framework(framework)
        .build();
  }

  /** Sets IND-1's 2011 target. */
  static SpfChange target2011(int target) {
    return SpfChange.changeTarget(IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(target)));
  }

  /** A Governing Body proposal to set IND-1's 2011 target. */
  static AmendmentEvent.Propose proposeTarget(String reference, int target) {
    return AmendmentEvent.propose(DecidingBody.GOVERNING_BODY, reference, List.of(target2011(target)));
  }

  /** IND-1's 2011 target in a version of the SPF. */
  static BigDecimal target2011Of(SpfVersion v) {
    return ((NumericValue)
            v.framework().indicator(IND1).orElseThrow().periods().get(0).totalTarget()
                .orElseThrow().value())
        .amount();
  }
}
