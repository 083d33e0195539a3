package org.rbm.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * An ILO-style fragment of the Programme and Budget for 2008-09: two strategic objectives, their
 * outcomes and immediate outcomes, with indicators, baselines, biennial targets split by year, and
 * the actuals of 2008.
 *
 * <p>The structure follows the ILO's results framework (GB.300/PFA/9/1). The figures are
 * illustrative, except the baseline of 30 countries with a finalized Decent Work Country Programme,
 * which is the paper's own count for 2007.
 */
public final class IloFramework {
  /** The date the 2008-09 baselines were taken. */
  static final LocalDate BASELINE_DATE = LocalDate.of(2007, 11, 1);

  private IloFramework() {}

  /**
   * Builds the example framework.
   *
   * @return the Programme and Budget 2008-09 fragment
   */
  public static ResultsFramework programmeAndBudget2008() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09 (fragment)")
        .owner("International Labour Office")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.ILO)
        .addResult(
            result("SO1", "strategic objective", null,
                "Promote and realize standards and fundamental principles and rights at work"))
        .addResult(
            result("OC1a", "outcome", "SO1",
                "Fundamental principles and rights at work are realized"))
        .addResult(
            result("IO1a.1", "immediate outcome", "OC1a",
                    "Member States take action to end child labour")
                .withExternalReferences(ExternalReference.of("SDG", "8.7"))
                .withAssumptions("Governments keep child labour on the national agenda")
                .withIndicators(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-1a.1-1"))
                        .title("Member States that adopt time-bound programmes against the worst"
                            + " forms of child labour")
                        .measure(Measure.COUNT)
                        .unit("countries")
                        .direction(Direction.INCREASE)
                        .cumulative(true)
                        .reportingFrequency(ReportingFrequency.ANNUAL)
                        .meansOfVerification("Government reports under Convention No. 182")
                        .baseline(Baseline.of(Value.of(12), BASELINE_DATE))
                        .addPeriod(year(2008, 16, 15L))
                        .addPeriod(year(2009, 20, null))
                        .build()))
        .addResult(
            result("OC1b", "outcome", "SO1",
                "International labour standards are ratified and applied"))
        .addResult(
            result("IO1b.1", "immediate outcome", "OC1b",
                    "Increased ratification of up-to-date Conventions")
                .withIndicators(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-1b.1-1"))
                        .title("Ratifications of up-to-date Conventions")
                        .measure(Measure.COUNT)
                        .unit("ratifications")
                        .direction(Direction.INCREASE)
                        .reportingFrequency(ReportingFrequency.ANNUAL)
                        .dataSource("NORMLEX ratification records")
                        .baseline(Baseline.of(Value.of(0), BASELINE_DATE))
                        .addPeriod(year(2008, 30, 34L))
                        .addPeriod(year(2009, 30, null))
                        .build()))
        .addResult(
            result("SO2", "strategic objective", null,
                "Create greater opportunities for women and men to secure decent employment and"
                    + " income"))
        .addResult(
            result("OC2a", "outcome", "SO2",
                "Coherent policies support inclusive job-rich growth"))
        .addResult(
            result("IO2a.1", "immediate outcome", "OC2a",
                    "Decent Work Country Programmes are finalized and quality-assured")
                .withIndicators(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-2a.1-1"))
                        .title("Member States with a finalized Decent Work Country Programme")
                        .measure(Measure.COUNT)
                        .unit("countries")
                        .direction(Direction.INCREASE)
                        .cumulative(true)
                        .reportingFrequency(ReportingFrequency.ANNUAL)
                        .meansOfVerification("Regional quality-assurance reports")
                        .baseline(Baseline.builder()
                            .value(Value.of(30))
                            .date(BASELINE_DATE)
                            .comment("DWCPs finalized in 30 countries; 49 more being developed")
                            .build())
                        .addPeriod(year(2008, 45, 41L))
                        .addPeriod(year(2009, 60, null))
                        .build(),
                    Indicator.builder()
                        .id(IndicatorId.of("IND-2a.1-2"))
                        .title("Share of DWCPs assessed by regional quality assurance")
                        .measure(Measure.PERCENTAGE)
                        .unit("% of DWCPs")
                        .direction(Direction.INCREASE)
                        .reportingFrequency(ReportingFrequency.ANNUAL)
                        .baseline(Baseline.of(
                            Value.fraction(BigDecimal.valueOf(26), BigDecimal.valueOf(79)),
                            BASELINE_DATE))
                        .addPeriod(IndicatorPeriod.builder()
                            .period(DateRange.ofYear(2008))
                            .addTarget(DataPoint.of(Value.of(50)))
                            .addActual(DataPoint.of(
                                Value.fraction(BigDecimal.valueOf(40), BigDecimal.valueOf(88))))
                            .build())
                        .build()))
        .addResult(
            result("OC2b", "outcome", "SO2",
                "Skills development increases the employability of women and men"))
        .addResult(
            result("IO2b.1", "immediate outcome", "OC2b",
                    "Constituents apply skills policies that reach women and men alike")
                .withIndicators(
                    Indicator.builder()
                        .id(IndicatorId.of("IND-2b.1-1"))
                        .title("Trainers certified under ILO-supported programmes")
                        .measure(Measure.COUNT)
                        .unit("trainers")
                        .direction(Direction.INCREASE)
                        .reportingFrequency(ReportingFrequency.ANNUAL)
                        .dimension("sex", "female", "male")
                        .baseline(Baseline.notAvailable("No count was kept before 2008"))
                        .addPeriod(IndicatorPeriod.builder()
                            .period(DateRange.ofYear(2008))
                            .addTarget(DataPoint.of(Value.of(400)))
                            .addTarget(DataPoint.of(Value.of(200), "sex", "female"))
                            .addTarget(DataPoint.of(Value.of(200), "sex", "male"))
                            .addActual(DataPoint.of(Value.of(380)))
                            .addActual(sex("female", 170))
                            .addActual(sex("male", 210))
                            .build())
                        .build(),
                    Indicator.builder()
                        .id(IndicatorId.of("IND-2b.1-2"))
                        .title("National skills policy adopted with the social partners")
                        .measure(Measure.QUALITATIVE)
                        .direction(Direction.NOT_APPLICABLE)
                        .reportingFrequency(ReportingFrequency.BIENNIAL)
                        .baseline(Baseline.of(Value.text("No tripartite skills policy")))
                        .addPeriod(IndicatorPeriod.builder()
                            .period(DateRange.of(LocalDate.of(2008, 1, 1),
                                LocalDate.of(2009, 12, 31)))
                            .addTarget(DataPoint.of(
                                Value.text("Policy adopted by the tripartite council")))
                            .build())
                        .build()))
        .build();
  }

  private static Result result(
      String id, String level, @org.jspecify.annotations.Nullable String parent, String title) {
    Result.Builder b = Result.builder().id(ResultId.of(id)).level(level).title(title);
    if (parent != null) {
      b.parent(ResultId.of(parent));
    }
    return b.build();
  }

  private static IndicatorPeriod year(
      int year, long target, @org.jspecify.annotations.Nullable Long actual) {
    IndicatorPeriod.Builder p =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(year))
            .addTarget(DataPoint.of(Value.of(target)));
    if (actual != null) {
      p.addActual(DataPoint.of(Value.of(actual)));
    }
    return p.build();
  }

  private static DataPoint sex(String category, long count) {
    return DataPoint.builder()
        .value(Value.of(count))
        .disaggregation(Disaggregation.of("sex", category))
        .build();
  }
}
