package org.rbm.core.dwcp;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.Reporter;
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.Validator;
import org.rbm.core.strategies.FundingSource;

/**
 * What a DWCP should meet, as rules of the rules engine: each reports findings instead of
 * throwing.
 *
 * <pre>{@code
 * ValidationReport report = DwcpRules.validator().validate(dwcp);
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.location() + ": " + f.message()));
 * }</pre>
 *
 * <table>
 *   <caption>The DWCP rules</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th></tr>
 *   <tr><td>RBM-DWCP-001</td><td>error</td><td>A final document has passed regional QA (its latest
 *       review passed, with or without comments)</td></tr>
 *   <tr><td>RBM-DWCP-002</td><td>error</td><td>Every country programme outcome contributes to at
 *       least one global immediate outcome</td></tr>
 *   <tr><td>RBM-DWCP-003</td><td>warning</td><td>The government, an employers' and a workers'
 *       organisation are named as partners</td></tr>
 *   <tr><td>RBM-DWCP-004</td><td>warning</td><td>Resources by funding source are stated for the
 *       programme</td></tr>
 * </table>
 *
 * <p>Locations: {@code /stage}, {@code /outcomes/<result id>}, {@code /partners}, {@code
 * /resources}. Each rule costs time linear in the size of the programme.
 */
public final class DwcpRules {
  /** RBM-DWCP-001: a final document has passed regional QA. */
  public static final RuleId FINAL_PASSED_QA = RuleId.of("RBM-DWCP-001");
  /** RBM-DWCP-002: every country programme outcome contributes to a global immediate outcome. */
  public static final RuleId OUTCOMES_CONTRIBUTE = RuleId.of("RBM-DWCP-002");
  /** RBM-DWCP-003: the tripartite constituents are named as partners. */
  public static final RuleId CONSTITUENTS_NAMED = RuleId.of("RBM-DWCP-003");
  /** RBM-DWCP-004: resources by funding source are stated. */
  public static final RuleId RESOURCES_STATED = RuleId.of("RBM-DWCP-004");

  private static final String SOURCE = "ILO GB.300/PFA/9/1 (2007), Decent Work Country Programmes";

  private static final MessageKey NOT_REVIEWED = key("RBM-DWCP-001.notReviewed");
  private static final MessageKey NOT_PASSED = key("RBM-DWCP-001.notPassed", "outcome", "date");
  private static final MessageKey NO_CONTRIBUTION = key("RBM-DWCP-002.noContribution", "result");
  private static final MessageKey MISSING_CONSTITUENT =
      key("RBM-DWCP-003.missingConstituent", "role");
  private static final MessageKey NO_RESOURCES = key("RBM-DWCP-004.noResources");

  private static final RuleSet<Dwcp> DEFAULT = RuleSet.of(List.of(
      Rule.of(info(FINAL_PASSED_QA, Severity.ERROR,
          "A final DWCP document has passed regional quality assurance",
          "Regional QA checks that the programme is built on results before it is final."),
          DwcpRules::finalPassedQa),
      Rule.of(info(OUTCOMES_CONTRIBUTE, Severity.ERROR,
          "Every country programme outcome contributes to at least one global immediate outcome",
          "The resource system links each DWCP result to the global immediate outcomes; an outcome"
              + " linked to none cannot be counted in the Programme and Budget."),
          DwcpRules::outcomesContribute),
      Rule.of(info(CONSTITUENTS_NAMED, Severity.WARNING,
          "The government, employers' and workers' organisations are named as partners",
          "A DWCP states tripartite priorities: the constituents own it."),
          DwcpRules::constituentsNamed),
      Rule.of(info(RESOURCES_STATED, Severity.WARNING,
          "Resources by funding source are stated",
          "Without resources by source the priority-resource gap cannot be computed."),
          DwcpRules::resourcesStated)));

  private DwcpRules() {}

  private static MessageKey key(String key, String... argumentNames) {
    return RuleValues.get().standardKey(key, argumentNames);
  }

  private static RuleInfo info(RuleId id, Severity severity, String description, String why) {
    return RuleInfo.builder()
        .id(id)
        .defaultSeverity(severity)
        .description(description)
        .rationale(why)
        .source(SOURCE)
        .build();
  }

  /**
   * Returns the four rules with their default severities.
   *
   * @return the rule set, in the order of the ids
   */
  public static RuleSet<Dwcp> ruleSet() {
    return DEFAULT;
  }

  /**
   * Returns a validator of DWCPs by the default rules; findings name the programme by its country
   * and period, such as {@code KE 2007-11}.
   *
   * @return the validator
   */
  public static Validator<Dwcp> validator() {
    return validator(DEFAULT);
  }

  /**
   * Returns a validator of DWCPs by the given rules.
   *
   * @param rules the rules
   * @return the validator
   */
  public static Validator<Dwcp> validator(RuleSet<Dwcp> rules) {
    return Validator.of(requireNonNull(rules, "rules"), d -> d.country() + " " + d.period());
  }

  private static void finalPassedQa(Dwcp d, ValidationContext context, Reporter reporter) {
    if (d.stage() != DwcpStage.FINAL) {
      return;
    }
    var latest = d.latestQaReview();
    if (latest.isEmpty()) {
      reporter.report(Location.of("stage"), NOT_REVIEWED);
    } else if (!latest.get().outcome().passed()) {
      reporter.report(Location.of("stage"), NOT_PASSED, latest.get().outcome(), latest.get().date());
    }
  }

  private static void outcomesContribute(Dwcp d, ValidationContext context, Reporter reporter) {
    Set<ResultId> linked = new HashSet<>();
    for (ContributionLink link : d.framework().contributions()) {
      linked.add(link.source());
    }
    for (Result outcome : d.outcomes()) {
      if (!linked.contains(outcome.id())) {
        reporter.report(Location.of("outcomes", outcome.id().toString()), NO_CONTRIBUTION,
            outcome.id());
      }
    }
  }

  private static void constituentsNamed(Dwcp d, ValidationContext context, Reporter reporter) {
    Set<PartnerRole> missing = EnumSet.of(
        PartnerRole.GOVERNMENT, PartnerRole.EMPLOYERS_ORGANISATION, PartnerRole.WORKERS_ORGANISATION);
    for (Partner p : d.partners()) {
      missing.remove(p.role());
    }
    for (PartnerRole role : missing) {
      reporter.report(Location.of("partners"), MISSING_CONSTITUENT, role);
    }
  }

  private static void resourcesStated(Dwcp d, ValidationContext context, Reporter reporter) {
    Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
    d.resources().forEach(r -> sources.add(r.source()));
    if (sources.isEmpty()) {
      reporter.report(Location.of("resources"), NO_RESOURCES);
    }
  }
}
