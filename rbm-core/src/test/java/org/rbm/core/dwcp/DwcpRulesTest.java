package org.rbm.core.dwcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.dwcp.SampleDwcps.concept;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;

class DwcpRulesTest {
  private static List<String> findings(Dwcp d) {
    return DwcpRules.validator().validate(d).findings().stream()
        .map(f -> f.ruleId() + " " + f.location() + ": " + f.message())
        .toList();
  }

  @Test
  void aCompleteConceptHasNoFinding() {
    assertEquals(List.of(), findings(concept("KE", IloRegion.AFRICA).build()));
  }

  @Test
  void aFinalDocumentWithoutQaIsAnError() {
    Dwcp legacy = concept("KE", IloRegion.AFRICA).initialStage(DwcpStage.FINAL).build();
    assertEquals(List.of("RBM-DWCP-001 /stage: The DWCP document is final, but no regional"
        + " quality-assurance review is recorded."), findings(legacy));
  }

  @Test
  void aFinalDocumentWhoseLatestReviewReturnedItIsAnError() {
    var noGuard = DwcpWorkflows.builder()
        .permit(DwcpStage.DRAFT, DwcpEvent.ReviewQuality.class, DwcpStage.DRAFT)
        .permit(DwcpStage.DRAFT, DwcpEvent.Finalize.class, DwcpStage.FINAL)
        .build();
    Dwcp d = concept("KE", IloRegion.AFRICA).workflow(noGuard).initialStage(DwcpStage.DRAFT)
        .build()
        .apply(DwcpEvent.reviewQuality(QaOutcome.RETURNED), LocalDate.of(2007, 5, 10), "RO")
        .apply(DwcpEvent.finalizeDocument(), LocalDate.of(2007, 6, 1), "ILO");
    assertEquals(List.of("RBM-DWCP-001 /stage: The DWCP document is final, but its latest"
        + " regional quality-assurance review, on 2007-05-10, returned it."), findings(d));
  }

  @Test
  void anOutcomeWithoutContributionAndMissingConstituentsAndResources() {
    ResultsFramework f = SampleDwcps.framework("KE");
    ResultsFramework unlinked = f.withContributions(f.contributions().subList(0, 1));
    Dwcp d = org.rbm.core.dwcp.Dwcp.builder()
        .country("KE").region(IloRegion.AFRICA).period(SampleDwcps.PERIOD)
        .framework(unlinked)
        .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
        .recordedOn(SampleDwcps.JAN_15).recordedBy("ILO")
        .build();
    assertEquals(List.of(
        "RBM-DWCP-002 /outcomes/KE-2: Country programme outcome KE-2 contributes to no global"
            + " immediate outcome.",
        "RBM-DWCP-003 /partners: The DWCP does not name a workers' organisation as a partner.",
        "RBM-DWCP-003 /partners: The DWCP does not name an employers' organisation as a partner.",
        "RBM-DWCP-004 /resources: The DWCP states no resources by funding source."),
        findings(d));
    Finding french = DwcpRules.validator().validate(d).findings().get(0);
    assertEquals("Le résultat de programme par pays KE-2 ne contribue à aucun résultat immédiat"
        + " mondial.", french.message(Locale.FRENCH));
  }
}
