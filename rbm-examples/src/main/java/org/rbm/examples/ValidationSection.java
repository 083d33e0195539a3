package org.rbm.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.StandardRules;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.ValidationReport;

/**
 * The report's validation section: a Decent Work Country Programme with deliberate flaws, checked
 * with the standard rules against the Programme and Budget it contributes to. Prints the findings
 * grouped by result (rule id, severity, location, message), two of them in French and Spanish, then
 * the counts.
 */
final class ValidationSection {
  /** The levels of the country programme: priorities, outcomes, outputs. */
  static final LevelScheme DWCP =
      LevelScheme.of("DWCP", "country priority", "country programme outcome", "output");

  private static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private ValidationSection() {}

  /**
   * Validates the flawed country programme and prints the findings.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    ResultsFramework dwcp = flawedCountryProgramme();
    ResultsFramework pb = IloFramework.programmeAndBudget2008();
    ValidationReport report =
        StandardRules.validator().validate(dwcp, ValidationContext.of(List.of(pb)));
    out.printf(
        Locale.ROOT,
        "%s (%s) checked against the %d standard rules; contributions checked against %s.%n",
        dwcp.title(), dwcp.id(), StandardRules.ruleSet().rules().size(), pb.id());
    for (Map.Entry<String, List<Finding>> group : groupByResult(dwcp, report).entrySet()) {
      out.println();
      out.println(group.getKey());
      for (Finding f : group.getValue()) {
        out.printf(
            "  %-7s %s  %s%n          %s%n",
            f.severity().name().toLowerCase(Locale.ROOT), f.ruleId(), f.location(), f.message());
      }
    }
    out.println();
    out.println("Two findings in French and Spanish (the caller chooses the locale):");
    for (RuleId rule : List.of(RuleId.of("RBM-IND-002"), RuleId.of("RBM-RES-002"))) {
      Finding f = report.findings(rule).get(0);
      out.println("  " + f.ruleId() + "  " + f.location());
      for (Locale locale : List.of(Locale.FRENCH, SPANISH)) {
        out.println("    " + locale.getLanguage() + "  " + f.message(locale));
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Findings: %d errors, %d warnings, %d info%n",
        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
    List<String> byRule = new ArrayList<>();
    for (Map.Entry<RuleId, Integer> e : report.countsByRule().entrySet()) {
      byRule.add(e.getKey() + " (" + e.getValue() + ")");
    }
    out.println("By rule: " + String.join(", ", byRule));
    out.println(report.hasErrors()
        ? "The programme has errors: fix them before it is submitted."
        : "The programme has no error.");
  }

  /**
   * Groups findings under the result they are about (the result itself, its indicators and its
   * links), results in tree order; findings about the framework as a whole come first.
   */
  static Map<String, List<Finding>> groupByResult(ResultsFramework f, ValidationReport report) {
    Map<Location, Result> byLocation = new HashMap<>();
    Map<ResultId, Location> locations = new HashMap<>();
    for (Result r : f.resultsInTreeOrder()) {
      Location parent = r.parent().map(locations::get).orElse(Location.of("results"));
      Location at = parent.child(r.id().code());
      locations.put(r.id(), at);
      byLocation.put(at, r);
    }
    Map<ResultId, List<Finding>> perResult = new HashMap<>();
    List<Finding> framework = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Result owner = ownerOf(finding.location(), byLocation);
      if (owner == null) {
        framework.add(finding);
      } else {
        perResult.computeIfAbsent(owner.id(), id -> new ArrayList<>()).add(finding);
      }
    }
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    if (!framework.isEmpty()) {
      groups.put("The framework " + f.id(), framework);
    }
    for (Result r : f.resultsInTreeOrder()) {
      List<Finding> found = perResult.get(r.id());
      if (found != null) {
        groups.put(r.id() + " [" + r.level() + "] " + r.title(), found);
      }
    }
    return groups;
  }

  /** The result whose location is the longest prefix of the given one, if any. */
  private static @Nullable Result ownerOf(Location location, Map<Location, Result> byLocation) {
    List<String> segments = location.segments();
    for (int n = segments.size(); n > 0; n--) {
      Result r = byLocation.get(Location.of(segments.subList(0, n)));
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * A fictional country programme for 2008-09 with one flaw of each common kind: an outcome with
   * no output, an output with no indicator, a link to an outcome the Programme and Budget does not
   * have, two outputs with one title, an indicator with no baseline, a target for 2010, overlapping
   * periods, a breakdown above its total, a percentage above 100 and an actual far above its target.
   */
  static ResultsFramework flawedCountryProgramme() {
    LocalDate baselineDate = LocalDate.of(2007, 12, 31);
    Indicator youthPlaced = Indicator.builder()
        .id(IndicatorId.of("DW-IND-1"))
        .title("Young people placed in jobs through the employment services")
        .measure(Measure.COUNT)
        .unit("young people")
        .direction(Direction.INCREASE)
        .addDisaggregationDimension("sex")
        .baseline(Baseline.of(Value.of(1200), baselineDate))
        .addPeriod(IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addTarget(DataPoint.of(Value.of(1500)))
            .addActual(DataPoint.of(Value.of(1450)))
            .addActual(women(900))
            .addActual(men(700))
            .build())
        .addPeriod(IndicatorPeriod.builder()
            .period(DateRange.of(LocalDate.of(2008, 7, 1), LocalDate.of(2009, 12, 31)))
            .addTarget(DataPoint.of(Value.of(1800)))
            .build())
        .build();
    Indicator inspectorsTrained = Indicator.builder()
        .id(IndicatorId.of("DW-IND-2"))
        .title("Labour inspectors trained on child labour")
        .measure(Measure.COUNT)
        .unit("inspectors")
        .direction(Direction.INCREASE)
        .addPeriod(target(2008, 40, 90L))
        .addPeriod(target(2010, 80, null))
        .build();
    Indicator coverage = Indicator.builder()
        .id(IndicatorId.of("DW-IND-3"))
        .title("Share of workers covered by a collective agreement")
        .measure(Measure.PERCENTAGE)
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(Value.of(35), baselineDate))
        .addPeriod(IndicatorPeriod.builder()
            .period(DateRange.ofYear(2009))
            .addTarget(DataPoint.of(Value.of(new BigDecimal("105"))))
            .build())
        .build();
    return ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-XL-2008-09"))
        .title("Decent Work Country Programme of Exland 2008-09 (fictional)")
        .owner("ILO Country Office for Exland")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(DWCP)
        .addResult(result("DW1", "country priority", null, "More and better jobs for young people"))
        .addResult(result("DW1.1", "country programme outcome", "DW1",
            "Employment services reach young jobseekers"))
        .addResult(result("DW1.1.1", "output", "DW1.1", "Job centres run youth desks")
            .withIndicators(youthPlaced))
        .addResult(result("DW1.1.2", "output", "DW1.1", "Job centres run youth desks")
            .withIndicators(coverage))
        .addResult(result("DW1.2", "country programme outcome", "DW1",
            "Youth entrepreneurship is supported"))
        .addResult(result("DW2", "country priority", null, "Child labour is eliminated"))
        .addResult(result("DW2.1", "country programme outcome", "DW2",
            "Labour inspection covers child labour"))
        .addResult(result("DW2.1.1", "output", "DW2.1", "Inspectors are trained")
            .withIndicators(inspectorsTrained))
        .addResult(result("DW2.1.2", "output", "DW2.1", "Inspection guidelines are issued"))
        .addContribution(ContributionLink.of(ResultId.of("DW2.1"), PB, ResultId.of("IO1a.1")))
        .addContribution(ContributionLink.of(ResultId.of("DW1.1"), PB, ResultId.of("IO9.9")))
        .build();
  }

  private static Result result(String id, String level, @Nullable String parent, String title) {
    Result.Builder b = Result.builder();
    b.id(ResultId.of(id)).level(level).title(title);
    Optional.ofNullable(parent).map(ResultId::of).ifPresent(b::parent);
    return b.build();
  }

  private static IndicatorPeriod target(int year, long target, @Nullable Long actual) {
    IndicatorPeriod.Builder b = IndicatorPeriod.builder();
    b.period(DateRange.ofYear(year)).addTarget(DataPoint.of(Value.of(target)));
    if (actual != null) {
      b.addActual(DataPoint.of(Value.of(actual)));
    }
    return b.build();
  }

  private static DataPoint women(long count) {
    return DataPoint.builder()
        .value(Value.of(count))
        .disaggregation(Disaggregation.of("sex", "female"))
        .build();
  }

  private static DataPoint men(long count) {
    return DataPoint.builder()
        .value(Value.of(count))
        .disaggregation(Disaggregation.of("sex", "male"))
        .build();
  }
}
