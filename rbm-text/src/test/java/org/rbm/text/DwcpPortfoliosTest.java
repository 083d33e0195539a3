package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.DwcpStageTable;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.ResultResource;
import org.rbm.core.dwcp.OfficeLevel;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;

/**
 * Three programmes: Kenya and Uganda concept documents (Africa), Albania final (Europe); each
 * with one outcome linked to PB-2008-09/IO1.1, bringing USD 100 RB.
 */
class DwcpPortfoliosTest {
  private static final LocalDate DAY = LocalDate.of(2007, 12, 31);
  private static final PlanningPeriod PERIOD = PlanningPeriod.of(2007, 2011);

  private static Dwcp dwcp(String country, IloRegion region, DwcpStage stage) {
    ResultsFramework f = ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-" + country)).title("DWCP " + country).owner("ILO")
        .planningPeriod(PERIOD)
        .levelScheme(LevelScheme.of("DWCP", "country programme outcome", "output"))
        .addResult(Result.builder().id(ResultId.of(country + "-1"))
            .level("country programme outcome").title("Outcome").build())
        .addContribution(ContributionLink.of(
            ResultId.of(country + "-1"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1.1")))
        .build();
    return Dwcp.builder().country(country).region(region).period(PERIOD).framework(f)
        .addResource(new ResultResource(ResultId.of(country + "-1"), FundingSource.REGULAR_BUDGET,
            OfficeLevel.COUNTRY_OFFICE, Money.parse("USD 100")))
        .initialStage(stage).recordedOn(LocalDate.of(2007, 1, 1)).recordedBy("ILO").build();
  }

  private static DwcpPortfolio portfolio() {
    List<Dwcp> list = new ArrayList<>();
    list.add(dwcp("KE", IloRegion.AFRICA, DwcpStage.CONCEPT));
    list.add(dwcp("UG", IloRegion.AFRICA, DwcpStage.CONCEPT));
    list.add(dwcp("AL", IloRegion.EUROPE, DwcpStage.FINAL));
    return DwcpPortfolio.of(list);
  }

  private static final DwcpStageTable TABLE = portfolio().countsByRegionAndStage(DAY);

  @Test
  void rendersTheStageTableAsPlainText() {
    assertEquals("""
        DWCP documents by region (status on 2007-12-31)

        Region                Concept document  Draft document  Final document  Total
        Africa                               2               –               –      2
        Americas                             –               –               –      –
        Arab States                          –               –               –      –
        Asia and the Pacific                 –               –               –      –
        Europe                               –               –               1      1
        Total                                2               –               1      3
        """, DwcpPortfolios.render(TABLE, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
  }

  @Test
  void rendersTheStageTableAsMarkdownAndCsv() {
    String md = DwcpPortfolios.render(TABLE, TableFormat.MARKDOWN, RenderOptions.defaults());
    assertEquals("""
        **DWCP documents by region (status on 2007-12-31)**

        | Region | Concept document | Draft document | Final document | Total |
        |---|---:|---:|---:|---:|
        | Africa | 2 | – | – | 2 |
        """, md.substring(0, md.indexOf("| Americas")));
    String csv = DwcpPortfolios.render(TABLE, TableFormat.CSV, RenderOptions.defaults());
    assertEquals(String.join("\r\n",
            "Region,Concept document,Draft document,Final document,Total", "Africa,2,0,0,2", ""),
        csv.substring(0, csv.indexOf("Americas")));
    assertEquals(true, csv.endsWith("Total,2,0,1,3\r\n"));
  }

  @Test
  void rendersInFrenchAndSpanish() {
    String fr = DwcpPortfolios.render(TABLE, TableFormat.CSV,
        RenderOptions.defaults().withLocale(Locale.FRENCH));
    assertEquals(String.join("\r\n",
            "Région,Note conceptuelle,Projet de document,Document final,Total", "Afrique,2,0,0,2",
            ""), fr.substring(0, fr.indexOf("Amériques")));
    String es = DwcpPortfolios.render(TABLE, TableFormat.PLAIN_TEXT,
        RenderOptions.defaults().withLocale(Locale.forLanguageTag("es")));
    assertEquals("Documentos de PTDP por región (situación al 2007-12-31)",
        es.substring(0, es.indexOf('\n')));
  }

  /** Three countries ask for IO1.1, each with USD 100 RB: USD 300 RB, USD 300 in total. */
  @Test
  void rendersTheOutcomesDwcpsAskFor() {
    assertEquals("""
        **Global outcomes that DWCP priorities ask for (as of 2007-12-31)**

        | Global outcome | Countries | RB | RBSA | XBTC | Total |
        |---|---:|---:|---:|---:|---:|
        | PB-2008-09/IO1.1 | 3 | USD 300 |  |  | USD 300 |
        """, DwcpPortfolios.render(portfolio(), DAY, TableFormat.MARKDOWN,
            RenderOptions.defaults()));
  }
}
