package org.rbm.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.OfficeLevel;
import org.rbm.core.dwcp.Partner;
import org.rbm.core.dwcp.PartnerRole;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.dwcp.ResultResource;
import org.rbm.core.dwcp.UnFrameworkKind;
import org.rbm.core.dwcp.UnFrameworkLink;
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
 * The DWCP portfolio of 2007, as the paper counts it (GB.300/PFA/9/1; DOMAIN.md "DWCP documents by
 * region"): 24 concept, 25 draft and 30 final documents, in 75 countries, 26 assessed or being
 * assessed by regional QA.
 *
 * <p><b>Invented where the paper gives only counts:</b> which country is in which stage, the
 * periods, the dates, the QA reviews and their outcomes, the results and their resources. The
 * countries are real ISO 3166 codes of each region, assigned to stages so that the counts by
 * region and stage, the 75 countries (four countries have a final document for 2004-07 and a
 * concept for 2008-11) and the 26 QA assessments (11 final documents reviewed in 2007 and 15
 * drafts) are the paper's. Final documents recorded before 2007 predate regional QA; rule
 * RBM-DWCP-001 reports them.
 */
final class IloDwcps {
  static final LocalDate END_2007 = LocalDate.of(2007, 12, 31);
  static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  private static final LevelScheme SCHEME =
      LevelScheme.of("DWCP", "country programme outcome", "output");
  private static final PlanningPeriod CURRENT = PlanningPeriod.of(2007, 2010);
  private static final PlanningPeriod EARLIER = PlanningPeriod.of(2004, 2007);
  private static final PlanningPeriod NEXT = PlanningPeriod.of(2008, 2011);

  private IloDwcps() {}

  /** One region's documents: countries by stage, and how many finals and drafts QA reviewed. */
  private record Region(IloRegion region, List<String> finals, List<String> drafts,
      List<String> concepts, List<String> successors, int reviewedFinals, int reviewedDrafts) {}

  private static final List<Region> REGIONS = List.of(
      new Region(IloRegion.AFRICA,
          List.of("KE", "UG", "TZ", "ET", "GH", "NG", "SN", "ML", "BF", "NE", "CM"),
          List.of("ZA", "ZM", "ZW", "MZ", "MW", "MG", "RW", "BI"),
          List.of("CD", "CI", "BJ", "TG"), List.of("KE", "UG"), 4, 5),
      new Region(IloRegion.AMERICAS,
          List.of("CL", "PE", "AR"),
          List.of("BR", "MX", "CO", "BO", "EC", "PY", "UY", "HN", "NI", "GT"),
          List.of("SV", "CR", "PA", "DO", "HT"), List.of(), 2, 6),
      new Region(IloRegion.ARAB_STATES,
          List.of("JO"), List.of("LB", "SY"), List.of("YE", "OM"), List.of(), 1, 1),
      new Region(IloRegion.ASIA_AND_THE_PACIFIC,
          List.of("ID", "PH", "VN", "KH"),
          List.of("TH", "LK", "NP", "BD"),
          List.of("PK", "MN", "CN", "LA", "PG", "FJ", "TL", "AF", "MV"), List.of("ID", "PH"), 2, 2),
      new Region(IloRegion.EUROPE,
          List.of("AL", "BA", "BG", "HR", "MK", "MD", "RO", "RS", "UA", "AM", "AZ"),
          List.of("KG"), List.of(), List.of(), 2, 1));

  /**
   * Returns the 79 programmes of 2007.
   *
   * @return the portfolio
   */
  static DwcpPortfolio portfolio2007() {
    List<Dwcp> all = new ArrayList<>();
    for (Region r : REGIONS) {
      int legacyFinals = r.finals().size() - r.reviewedFinals();
      for (int i = 0; i < r.finals().size(); i++) {
        String c = r.finals().get(i);
        if (i < legacyFinals) {
          // Final before 2007, before regional QA existed.
          all.add(builder(c, r.region(), r.successors().contains(c) ? EARLIER : CURRENT)
              .initialStage(DwcpStage.FINAL).recordedOn(LocalDate.of(2006, 12, 1)).build());
        } else {
          all.add(concept(c, r.region(), CURRENT)
              .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 2, 1), "ILO country office")
              .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED), LocalDate.of(2007, 4, 2),
                  "Regional QA team")
              .apply(DwcpEvent.finalizeDocument(), LocalDate.of(2007, 6, 15),
                  "ILO country office"));
        }
      }
      for (int i = 0; i < r.drafts().size(); i++) {
        Dwcp draft = concept(r.drafts().get(i), r.region(), CURRENT)
            .apply(DwcpEvent.submitDraft(), LocalDate.of(2007, 3, 1), "ILO country office");
        if (i < r.reviewedDrafts()) {
          // The first reviews of each region returned the draft; later ones passed with comments.
          QaOutcome outcome = i == 0 ? QaOutcome.RETURNED : QaOutcome.PASSED_WITH_COMMENTS;
          draft = draft.apply(DwcpEvent.reviewQuality(outcome), LocalDate.of(2007, 9, 3),
              "Regional QA team");
        }
        all.add(draft);
      }
      for (String c : r.concepts()) {
        all.add(concept(c, r.region(), CURRENT));
      }
      for (String c : r.successors()) {
        all.add(builder(c, r.region(), NEXT).recordedOn(LocalDate.of(2007, 10, 1)).build());
      }
    }
    return DwcpPortfolio.of(all);
  }

  private static Dwcp concept(String country, IloRegion region, PlanningPeriod period) {
    return builder(country, region, period).recordedOn(LocalDate.of(2007, 1, 15)).build();
  }

  /**
   * A programme with two outcomes: {@code <c>-1} (employment, linked to IO1a.1, USD 200,000 RB at
   * the country office) and {@code <c>-2} (social dialogue, linked to IO2a.1, USD 100,000 XBTC
   * from the regional office).
   */
  private static Dwcp.Builder builder(String country, IloRegion region, PlanningPeriod period) {
    ResultsFramework framework = ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-" + country + "-" + period.firstYear()))
        .title("Decent Work Country Programme " + country + " " + period)
        .owner("ILO and the tripartite constituents of " + country)
        .planningPeriod(period)
        .levelScheme(SCHEME)
        .addResult(outcome(country + "-1", "More and better jobs for young women and men"))
        .addResult(outcome(country + "-2", "Stronger social dialogue institutions"))
        .addContribution(ContributionLink.of(ResultId.of(country + "-1"), PB,
            ResultId.of("IO1a.1")))
        .addContribution(ContributionLink.of(ResultId.of(country + "-2"), PB,
            ResultId.of("IO2a.1")))
        .build();
    return Dwcp.builder()
        .country(country)
        .region(region)
        .period(period)
        .addPriority("Youth employment")
        .addPriority("Social dialogue")
        .framework(framework)
        .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
        .addPartner(new Partner("National employers' federation",
            PartnerRole.EMPLOYERS_ORGANISATION))
        .addPartner(new Partner("National trade union centre", PartnerRole.WORKERS_ORGANISATION))
        .addUnFramework(new UnFrameworkLink(UnFrameworkKind.UNDAF, "UNDAF " + country))
        .addResource(new ResultResource(ResultId.of(country + "-1"), FundingSource.REGULAR_BUDGET,
            OfficeLevel.COUNTRY_OFFICE, Money.parse("USD 200000")))
        .addResource(new ResultResource(ResultId.of(country + "-2"),
            FundingSource.EXTRA_BUDGETARY, OfficeLevel.REGIONAL, Money.parse("USD 100000")))
        .recordedBy("ILO country office");
  }

  private static Result outcome(String id, String title) {
    return Result.builder().id(ResultId.of(id)).level("country programme outcome").title(title)
        .build();
  }
}
