package org.rbm.core.dwcp;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;

/** Every public method and constructor of the DWCP package rejects a null argument at once. */
class DwcpNullsTest {
  private static final NullPointerTester NPT =
      new NullPointerTester()
          .setDefault(String.class, "KE")
          .setDefault(LocalDate.class, SampleDwcps.JAN_15)
          .setDefault(PlanningPeriod.class, SampleDwcps.PERIOD)
          .setDefault(ResultId.class, ResultId.of("KE-1"))
          .setDefault(ResultsFramework.class, SampleDwcps.framework("KE"))
          .setDefault(Money.class, Money.parse("USD 1"))
          .setDefault(FundingSource.class, FundingSource.REGULAR_BUDGET)
          .setDefault(DwcpEvent.class, DwcpEvent.submitDraft())
          .setDefault(Iterable.class, List.of());

  @Test
  void valuesAndFactoriesRejectNull() {
    NPT.testAllPublicConstructors(Partner.class);
    NPT.testAllPublicConstructors(UnFrameworkLink.class);
    NPT.testAllPublicConstructors(ResultResource.class);
    NPT.testAllPublicConstructors(QaReview.class);
    NPT.testAllPublicConstructors(DwcpEvent.ReviewQuality.class);
    NPT.testAllPublicStaticMethods(DwcpEvent.class);
    NPT.testAllPublicStaticMethods(DwcpPortfolio.class);
    NPT.testAllPublicStaticMethods(DwcpRules.class);
    NPT.testAllPublicStaticMethods(DwcpWorkflows.class);
  }

  @Test
  void programmesPortfoliosAndBuildersRejectNull() {
    Dwcp kenya = SampleDwcps.concept("KE", IloRegion.AFRICA).build();
    NPT.testAllPublicInstanceMethods(kenya);
    NPT.testAllPublicInstanceMethods(SampleDwcps.concept("KE", IloRegion.AFRICA));
    NPT.testAllPublicInstanceMethods(DwcpPortfolio.of(List.of(kenya)));
    NPT.testAllPublicInstanceMethods(
        DwcpPortfolio.of(List.of(kenya)).countsByRegionAndStage(SampleDwcps.JAN_15));
  }
}
