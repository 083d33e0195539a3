package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.FrameworkRule;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.StandardRules;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.ValidationReport;

/** The README's samples of the rules engine, kept compiling and true. */
class RulesReadmeSampleTest {

  private static List<String> summary(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.location())
        .collect(Collectors.toList());
  }

  @Test
  void validatingTheFlawedCountryProgrammeAgainstTheProgrammeAndBudget() {
    ResultsFramework countryProgramme = ValidationSection.flawedCountryProgramme();
    ResultsFramework programmeAndBudget = IloFramework.programmeAndBudget2008();
    // README sample starts
    ValidationReport report = StandardRules.validator()
        .validate(countryProgramme, ValidationContext.of(List.of(programmeAndBudget)));
    if (report.hasErrors()) {
      for (Finding f : report.findings(Severity.ERROR)) {
        System.out.println(f.ruleId() + " " + f.location() + ": " + f.message());
        System.out.println("  " + f.message(Locale.FRENCH));       // or Locale.forLanguageTag("es")
      }
    }
    // README sample ends
    assertEquals(ImmutableMap.of(Severity.ERROR, 8, Severity.WARNING, 2, Severity.INFO, 0),
        report.countsBySeverity());
    assertEquals(1, report.countsByRule().get(RuleId.of("RBM-RES-004")));
    Finding lost = report.findings(RuleId.of("RBM-RES-004")).get(0);
    assertEquals("/results/DW1/DW1.1/contributions/PB-2008-09/IO9.9", lost.location().toString());
    // The programme's second contribution link.
    assertEquals(Optional.of("contributions[1]"), lost.location().indexPath());
    assertEquals("RBM-RES-004.missingTarget", lost.messageKey());
    assertEquals("Country programme outcome DW1.1 contributes to IO9.9, which PB-2008-09 does not"
        + " have.", lost.message());
    assertEquals("Le résultat DW1.1 (country programme outcome) contribue à IO9.9, qui n'existe pas"
        + " dans PB-2008-09.", lost.message(Locale.FRENCH));
    assertEquals("El resultado DW1.1 (country programme outcome) contribuye a IO9.9, que no existe"
        + " en PB-2008-09.", lost.message(Locale.forLanguageTag("es")));
  }

  @Test
  void ownRuleSeverityOverrideAndSwitchingOff() {
    ResultsFramework framework = ReadmeSamplesTest.readmeFramework();
    // README sample starts
    MessageKey noDefinition =
        MessageKey.of("ACME-002.noDefinition", "Indicator {indicator} has no definition.");
    FrameworkRule definitionGiven = FrameworkRule.forEachIndicator(
        RuleInfo.of("ACME-002", Severity.INFO, "Every indicator has a definition",
            "A definition says exactly what is counted", "ACME M&E guide"),
        (visit, out) -> {
          if (visit.indicator().definition().isEmpty()) {
            out.report(visit.location(), noDefinition, visit.indicator().id());
          }
        });

    RuleSet<ResultsFramework> rules = StandardRules.ruleSet()
        .withSeverity(StandardRules.BASELINE_VALUE_AVAILABLE, Severity.ERROR)  // strict IATI 8.8.1
        .disable(StandardRules.SIBLING_TITLES_DISTINCT)
        .with(definitionGiven);
    ValidationReport report = StandardRules.validator(rules).validate(framework);
    // README sample ends
    assertTrue(StandardRules.validator().validate(framework).isClean());
    assertEquals(List.of("ACME-002 INFO /results/SO2/OC2a/IO2a.1/indicators/IND-1"), summary(report));
    assertEquals("Indicator IND-1 has no definition.", report.findings().get(0).message());
    assertEquals("Indicator IND-1 has no definition.",
        report.findings().get(0).message(Locale.FRENCH));

    ResultsFramework noSurvey = framework.withResults(
        framework.results().get(0),
        framework.results().get(1),
        framework.results().get(2).withIndicators(framework.results().get(2).indicators().get(0)
            .withDefinition(Optional.of("Finalized: signed by the tripartite constituents"))
            .withBaseline(Baseline.notAvailable("No count was kept before 2008"))));
    assertEquals(
        List.of("RBM-VAL-001 ERROR /results/SO2/OC2a/IO2a.1/indicators/IND-1/baseline"),
        summary(StandardRules.validator(rules).validate(noSurvey)));
  }
}
