package org.rbm.core.dwcp;

import java.time.LocalDate;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;

/** Small DWCPs for tests, with figures chosen to be added up by hand. */
final class SampleDwcps {
  static final FrameworkId PB = FrameworkId.of("PB-2008-09");
  static final LevelScheme SCHEME = LevelScheme.of("DWCP", "country programme outcome", "output");
  static final PlanningPeriod PERIOD = PlanningPeriod.of(2007, 2011);
  static final LocalDate JAN_15 = LocalDate.of(2007, 1, 15);

  private SampleDwcps() {}

  /**
   * A framework with outcomes {@code <c>-1} (linked to IO1.1, with output {@code <c>-1.1}) and
   * {@code <c>-2} (linked to IO2.1 and IO1.1).
   */
  static ResultsFramework framework(String country) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-" + country))
        .title("Decent Work Country Programme " + country)
        .owner("ILO")
        .planningPeriod(PERIOD)
        .levelScheme(SCHEME)
        .addResult(result(country + "-1", "country programme outcome", null))
        .addResult(result(country + "-1.1", "output", country + "-1"))
        .addResult(result(country + "-2", "country programme outcome", null))
        .addContribution(ContributionLink.of(ResultId.of(country + "-1"), PB, ResultId.of("IO1.1")))
        .addContribution(ContributionLink.of(ResultId.of(country + "-2"), PB, ResultId.of("IO2.1")))
        .addContribution(ContributionLink.of(ResultId.of(country + "-2"), PB, ResultId.of("IO1.1")))
        .build();
  }

  static Result result(String id, String level, @org.jspecify.annotations.Nullable String parent) {
    Result.Builder b = Result.builder().id(ResultId.of(id)).level(level).title("Result " + id);
    if (parent != null) {
      b.parent(ResultId.of(parent));
    }
    return b.build();
  }

  /**
   * A concept document recorded on 15 January 2007, with the three constituents and resources:
   * {@code <c>-1.1} 100 USD RB (country office), {@code <c>-2} 50 USD XBTC (regional).
   */
  static Dwcp.Builder concept(String country, IloRegion region) {
    return Dwcp.builder()
        .country(country)
        .region(region)
        .period(PERIOD)
        .addPriority("Youth employment")
        .framework(framework(country))
        .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
        .addPartner(new Partner("Federation of Employers", PartnerRole.EMPLOYERS_ORGANISATION))
        .addPartner(new Partner("Central Organization of Trade Unions",
            PartnerRole.WORKERS_ORGANISATION))
        .addUnFramework(new UnFrameworkLink(UnFrameworkKind.UNDAF, "UNDAF " + country))
        .addResource(new ResultResource(ResultId.of(country + "-1.1"),
            FundingSource.REGULAR_BUDGET, OfficeLevel.COUNTRY_OFFICE, Money.parse("USD 100")))
        .addResource(new ResultResource(ResultId.of(country + "-2"),
            FundingSource.EXTRA_BUDGETARY, OfficeLevel.REGIONAL, Money.parse("USD 50")))
        .recordedOn(JAN_15)
        .recordedBy("ILO");
  }
}
