package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;
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

/** Draws DWCPs with histories the standard workflow allows, and portfolios of them. */
public final class DwcpDraws {
  private DwcpDraws() {}

  /** Real ISO 3166 codes, a few of each region, in the region's order. */
  private static final ImmutableList<String> AFRICA = ImmutableList.of("KE", "UG", "TZ", "GH", "SN");
  private static final ImmutableList<String> AMERICAS = ImmutableList.of("BR", "MX", "CL", "PE");
  private static final ImmutableList<String> ARAB_STATES = ImmutableList.of("JO", "LB", "OM");
  private static final ImmutableList<String> ASIA = ImmutableList.of("ID", "PH", "VN", "NP");
  private static final ImmutableList<String> EUROPE = ImmutableList.of("AL", "MD", "UA", "KG");
  private static final ImmutableList<String> GLOBAL_OUTCOMES =
      ImmutableList.of("IO1a.1", "IO1b.1", "IO2a.1", "IO2b.1");
  private static final LevelScheme SCHEME =
      LevelScheme.of("DWCP", "country programme outcome", "output");
  private static final FrameworkId PB = FrameworkId.of("PB-2008-09");

  /**
   * Draws a DWCP: a country of a region, a period of four years from 2004 to 2010, one to three
   * outcomes each with zero to two outputs, links from most outcomes, the three constituents
   * (sometimes one missing), resources (sometimes none), recorded in any stage between 2006 and
   * 2008 and then moved on by up to five events the standard workflow allows, at most 60 days
   * apart.
   */
  public static Dwcp dwcp(RandomnessSource in) {
    IloRegion region = Draw.pick(in, List.of(IloRegion.values()));
    String country = Draw.pick(in, countries(region));
    return dwcp(in, country, region, period(in));
  }

  private static PlanningPeriod period(RandomnessSource in) {
    int first = Draw.between(in, 2004, 2010);
    return PlanningPeriod.of(first, first + 3);
  }

  private static List<String> countries(IloRegion region) {
    return switch (region) {
      case AFRICA -> AFRICA;
      case AMERICAS -> AMERICAS;
      case ARAB_STATES -> ARAB_STATES;
      case ASIA_AND_THE_PACIFIC -> ASIA;
      case EUROPE -> EUROPE;
    };
  }

  private static Dwcp dwcp(
      RandomnessSource in, String country, IloRegion region, PlanningPeriod period) {
    String prefix = country + period.firstYear();
    ResultsFramework.Builder f = ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-" + prefix))
        .title("Decent Work Country Programme " + country + " " + period)
        .owner("ILO")
        .planningPeriod(period)
        .levelScheme(SCHEME);
    List<ResultId> results = new ArrayList<>();
    int outcomes = Draw.between(in, 1, 3);
    for (int o = 1; o <= outcomes; o++) {
      ResultId outcome = ResultId.of(prefix + "-" + o);
      results.add(outcome);
      f.addResult(Result.builder().id(outcome).level("country programme outcome")
          .title("Outcome " + o).build());
      int outputs = Draw.between(in, 0, 2);
      for (int p = 1; p <= outputs; p++) {
        ResultId output = ResultId.of(prefix + "-" + o + "." + p);
        results.add(output);
        f.addResult(Result.builder().id(output).level("output").parent(outcome)
            .title("Output " + o + "." + p).build());
      }
      if (Draw.chance(in, 85)) {
        f.addContribution(
            ContributionLink.of(outcome, PB, ResultId.of(Draw.pick(in, GLOBAL_OUTCOMES))));
      }
    }
    Dwcp.Builder b = Dwcp.builder()
        .country(country)
        .region(region)
        .period(period)
        .addPriority("Youth employment")
        .framework(f.build())
        .addUnFramework(new UnFrameworkLink(
            Draw.chance(in, 20) ? UnFrameworkKind.ONE_UN_PILOT : UnFrameworkKind.UNDAF,
            "UN country framework " + country));
    for (PartnerRole role : List.of(PartnerRole.GOVERNMENT, PartnerRole.EMPLOYERS_ORGANISATION,
        PartnerRole.WORKERS_ORGANISATION)) {
      if (Draw.chance(in, 90)) {
        b.addPartner(new Partner("Partner " + role.name().charAt(0), role));
      }
    }
    int resources = Draw.between(in, 0, 3);
    for (int i = 0; i < resources; i++) {
      b.addResource(new ResultResource(Draw.pick(in, results),
          Draw.pick(in, List.of(FundingSource.values())),
          Draw.pick(in, List.of(OfficeLevel.values())),
          Money.of(BigDecimal.valueOf(Draw.between(in, 0L, 5_000_000L)),
              java.util.Currency.getInstance("USD"))));
    }
    LocalDate day = LocalDate.of(2006, 1, 1).plusDays(Draw.between(in, 0, 3 * 365));
    Dwcp d = b.initialStage(Draw.pick(in, List.of(DwcpStage.values())))
        .recordedOn(day).recordedBy("ILO").build();
    int events = Draw.between(in, 0, 5);
    for (int i = 0; i < events; i++) {
      if (d.stage() == DwcpStage.FINAL) {
        break;
      }
      day = day.plusDays(Draw.between(in, 0, 60));
      DwcpEvent e;
      if (d.stage() == DwcpStage.CONCEPT) {
        e = DwcpEvent.submitDraft();
      } else if (d.latestQaReview().filter(r -> r.outcome().passed()).isPresent()
          && Draw.chance(in, 60)) {
        e = DwcpEvent.finalizeDocument();
      } else {
        e = DwcpEvent.reviewQuality(Draw.pick(in, List.of(QaOutcome.values())));
      }
      d = d.apply(e, day, e instanceof DwcpEvent.ReviewQuality ? "Regional QA" : "ILO");
    }
    return d;
  }

  /** Draws a portfolio of zero to twelve DWCPs, at most one per country and period. */
  public static DwcpPortfolio portfolio(RandomnessSource in) {
    int n = Draw.between(in, 0, 12);
    List<Dwcp> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Dwcp d = dwcp(in);
      if (seen.add(d.country() + " " + d.period())) {
        all.add(d);
      }
    }
    return DwcpPortfolio.of(all);
  }
}
