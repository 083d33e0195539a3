package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * Small frameworks built by hand. {@link #valid()} breaks no standard rule: the ILO's three levels
 * (SO1 → OC1 → IO1.1), one count indicator IND-1 with a dated baseline of 30 and targets of 40 (2008)
 * and 50 (2009), an actual of 38 for 2008, planning period 2008-09. Each test changes one thing.
 */
final class Fixtures {
  static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  static final LocalDate BASELINE_DATE = LocalDate.of(2007, 11, 1);
  /** The location of IND-1 in {@link #valid()}. */
  static final String IND_1 = "/results/SO1/OC1/IO1.1/indicators/IND-1";

  private Fixtures() {}

  static IndicatorPeriod year(int year, long target, long actual) {
    return IndicatorPeriod.builder()
        .period(DateRange.ofYear(year))
        .addTarget(DataPoint.of(Value.of(target)))
        .addActual(DataPoint.of(Value.of(actual)))
        .build();
  }

  static IndicatorPeriod yearTarget(int year, long target) {
    return IndicatorPeriod.builder()
        .period(DateRange.ofYear(year))
        .addTarget(DataPoint.of(Value.of(target)))
        .build();
  }

  /** A valid count indicator: countries, increasing, baseline 30, targets 40 and 50. */
  static Indicator.Builder indicator(String id) {
    Indicator.Builder b = Indicator.builder();
    b.id(IndicatorId.of(id))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .unit("countries")
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(Value.of(30), BASELINE_DATE))
        .addPeriod(year(2008, 40, 38))
        .addPeriod(yearTarget(2009, 50));
    return b;
  }

  static Result result(String id, String level, @Nullable String parent, String title) {
    Result.Builder b = Result.builder();
    b.id(ResultId.of(id)).level(level).title(title);
    if (parent != null) {
      b.parent(ResultId.of(parent));
    }
    return b.build();
  }

  static Result so1() {
    return result("SO1", "strategic objective", null, "Standards and rights at work");
  }

  static Result oc1() {
    return result("OC1", "outcome", "SO1", "Fundamental principles and rights are realized");
  }

  static Result io11(Indicator... indicators) {
    return result("IO1.1", "immediate outcome", "OC1", "Member States act against child labour")
        .withIndicators(indicators);
  }

  static ResultsFramework framework(List<Result> results) {
    return ResultsFramework.builder()
        .id(PB)
        .title("Programme and Budget 2008-09")
        .owner("ILO")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.ILO)
        .addAllResults(results)
        .build();
  }

  static ResultsFramework valid() {
    return withIndicator(indicator("IND-1").build());
  }

  /** {@link #valid()} with IND-1 replaced. */
  static ResultsFramework withIndicator(Indicator indicator) {
    return framework(List.of(so1(), oc1(), io11(indicator)));
  }

  static ValidationReport validate(ResultsFramework framework) {
    return StandardRules.validator().validate(framework);
  }

  /** "RULE SEVERITY location" of each finding, in the report's order. */
  static List<String> summary(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.location())
        .collect(Collectors.toList());
  }

  /** Asserts that the report has exactly the given findings, as "RULE SEVERITY location". */
  static void assertFindings(ValidationReport report, String... expected) {
    assertEquals(ImmutableList.copyOf(expected), summary(report), report.findings().toString());
  }
}
