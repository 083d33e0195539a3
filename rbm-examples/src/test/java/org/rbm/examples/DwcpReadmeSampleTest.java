package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpRules;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.OfficeLevel;
import org.rbm.core.dwcp.Partner;
import org.rbm.core.dwcp.PartnerRole;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.dwcp.ResultResource;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.text.DwcpPortfolios;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/** The DWCP sample and printed table of README.md, kept compiling and true. */
class DwcpReadmeSampleTest {
  private static final ResultsFramework KENYA_FRAMEWORK = ResultsFramework.builder()
      .id(FrameworkId.of("DWCP-KE")).title("DWCP Kenya").owner("ILO")
      .planningPeriod(PlanningPeriod.of(2007, 2010))
      .levelScheme(LevelScheme.of("DWCP", "country programme outcome", "output"))
      .addResult(Result.builder().id(ResultId.of("KE-1")).level("country programme outcome")
          .title("More and better jobs for young women and men").build())
      .addContribution(ContributionLink.of(
          ResultId.of("KE-1"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1a.1")))
      .build();

  @Test
  void sampleAnswersAsTheReadmeSays() {
    Dwcp kenya = Dwcp.builder()
        .country("KE").region(IloRegion.AFRICA).period(PlanningPeriod.of(2007, 2010))
        .addPriority("Youth employment")
        .framework(KENYA_FRAMEWORK)
        .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
        .addResource(new ResultResource(ResultId.of("KE-1"), FundingSource.REGULAR_BUDGET,
            OfficeLevel.COUNTRY_OFFICE, Money.parse("USD 200000")))
        .recordedOn(LocalDate.of(2007, 1, 15)).recordedBy("ILO Dar es Salaam")
        .build();
    Dwcp fin = kenya
        .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 2, 1), "ILO Dar es Salaam")
        .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED_WITH_COMMENTS), LocalDate.of(2007, 4, 2),
            "Regional QA team")
        .apply(DwcpEvent.finalizeDocument(), LocalDate.of(2007, 6, 15), "ILO Dar es Salaam");
    assertEquals(Optional.of(DwcpStage.DRAFT), fin.stageOn(LocalDate.of(2007, 3, 1)));
    assertEquals(List.of("RBM-DWCP-003", "RBM-DWCP-003"),
        DwcpRules.validator().validate(fin).findings().stream()
            .map(f -> f.ruleId().toString()).toList());

    DwcpPortfolio portfolio = DwcpPortfolio.of(List.of(fin));
    DwcpStageTable table = portfolio.countsByRegionAndStage(LocalDate.of(2007, 12, 31));
    assertTrue(DwcpPortfolios.render(table, TableFormat.MARKDOWN, RenderOptions.defaults())
        .contains("| Africa | – | – | 1 | 1 |"));
  }

  @Test
  void printedTableIsWhatTheReportPrints() throws Exception {
    String readme = Files.readString(Repository.root().resolve("README.md"));
    int start = readme.indexOf("DWCP documents by region (status on 2007-12-31)");
    int end = readme.indexOf("```", start);
    String sample = readme.substring(start, end);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DwcpSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains(sample), sample);
  }
}
