package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.strategies.SampleStrategies.USD;
import static org.rbm.core.strategies.SampleStrategies.knowledgeSharing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.money.Money;
import org.rbm.core.results.ResultId;

class StrategyTest {

  private static InvalidValueException fails(Strategy.Builder b) {
    return assertThrows(InvalidValueException.class, b::build);
  }

  @Test
  void buildsTheKnowledgeSharingStrategy() {
    Strategy s = knowledgeSharing().build();
    assertEquals(StrategyHeading.core(StrategyId.of("KNOWLEDGE"), "Knowledge-sharing strategy"),
        s.heading());
    assertEquals(Optional.of(new BigDecimal("1200000")),
        s.cost(FundingSource.REGULAR_BUDGET).map(CostRequirement::amount));
    assertEquals(Optional.empty(), s.cost(FundingSource.RBSA));
  }

  @Test
  void aStrategyTakesItsPlaceInALinkageMatrixByItsHeading() {
    LinkageMatrix m = LinkageMatrix.builder()
        .addStrategy(knowledgeSharing().build())
        .addStrategy(knowledgeSharing().id(StrategyId.of("GENDER")).name("Gender equality")
            .kind(StrategyKind.OTHER).build())
        .link(StrategyId.of("GENDER"), StrategyId.of("KNOWLEDGE"), "Support gender networks")
        .build();
    assertEquals(List.of(StrategyPair.of(StrategyId.of("GENDER"), StrategyId.of("KNOWLEDGE"))),
        m.allowedPositions());
    assertEquals(1, m.cells().size());
  }

  @Test
  void rejectsMissingRequiredAttributes() {
    InvalidValueException e = fails(Strategy.builder().id(StrategyId.of("X")));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void rejectsANameOnTwoLines() {
    assertEquals("name", fails(knowledgeSharing().name("Knowledge\nsharing")).field().orElseThrow());
  }

  @Test
  void rejectsABlankStatementOrReviewMechanism() {
    assertEquals("statement", fails(knowledgeSharing().statement(" ")).field().orElseThrow());
    assertEquals("reviewMechanism",
        fails(knowledgeSharing().reviewMechanism("")).field().orElseThrow());
    assertEquals("coordination[1]",
        fails(knowledgeSharing().addCoordination(" ")).field().orElseThrow());
    assertEquals("partnerships[1]",
        fails(knowledgeSharing().addPartnership("")).field().orElseThrow());
  }

  @Test
  void rejectsAResultExpectedTwice() {
    InvalidValueException e =
        fails(knowledgeSharing().addExpectedResult(ExpectedResult.of(ResultId.of("IO4.1"))));
    assertEquals("expectedResults[1].result: got IO4.1, expected a result not expected before in "
        + "the strategy", e.getMessage());
  }

  @Test
  void rejectsAMilestoneGivenTwice() {
    InvalidValueException e = fails(knowledgeSharing().addMilestone(SampleStrategies.ADOPTED));
    assertEquals("milestones[1].id: got 2, expected a milestone id not used before in the strategy",
        e.getMessage());
  }

  @Test
  void rejectsAnExpectedResultMarkedByAMilestoneOfAnotherStrategy() {
    InvalidValueException e = fails(knowledgeSharing().addExpectedResult(ExpectedResult.builder()
        .result(ResultId.of("IO4.2")).addMilestone(MilestoneId.of("9")).build()));
    assertEquals("expectedResults[1].milestones[0]: got 9, expected the id of one of the strategy's"
        + " milestones [2]", e.getMessage());
  }

  @Test
  void rejectsAPriorityAreaGivenTwice() {
    InvalidValueException e = fails(knowledgeSharing().addPriorityArea("Research"));
    assertEquals("priorityAreas[2]: got \"Research\", expected a priority area not given before",
        e.getMessage());
  }

  @Test
  void rejectsAFundingSourceGivenTwice() {
    InvalidValueException e = fails(knowledgeSharing()
        .addCost(CostRequirement.of(FundingSource.REGULAR_BUDGET, BigDecimal.ONE, USD)));
    assertEquals("costs[1].source: got REGULAR_BUDGET, expected a funding source not given before "
        + "in the strategy", e.getMessage());
  }

  @Test
  void expectedResultsRejectABlankLevelAndRepeatedMilestones() {
    assertEquals("level", assertThrows(InvalidValueException.class,
        () -> ExpectedResult.builder().result(ResultId.of("R")).level(" ").build())
        .field().orElseThrow());
    assertEquals("milestones[1]", assertThrows(InvalidValueException.class,
        () -> ExpectedResult.builder().result(ResultId.of("R"))
            .addMilestone(MilestoneId.of("2")).addMilestone(MilestoneId.of("2")).build())
        .field().orElseThrow());
  }

  @Test
  void costAmountsAreCanonical() {
    CostRequirement a = CostRequirement.of(FundingSource.RBSA, new BigDecimal("2500000.00"), USD);
    assertEquals(new BigDecimal("2500000"), a.amount());
    assertEquals("RBSA 2500000 USD", a.toString());
    new EqualsTester()
        .addEqualityGroup(a, CostRequirement.of(FundingSource.RBSA, new BigDecimal("25E5"), USD))
        .addEqualityGroup(a.withSource(FundingSource.EXTRA_BUDGETARY))
        .addEqualityGroup(a.withMoney(Money.of(new BigDecimal("2500000"), Currency.getInstance("CHF"))))
        .addEqualityGroup(a.withMoney(Money.parse("USD -1")))
        .testEquals();
    assertThrows(InvalidValueException.class,
        () -> CostRequirement.of(FundingSource.RBSA, new BigDecimal("1E40"), USD));
  }

  @Test
  void costsAreMoney() {
    // USD 2500000.50 is canonical as 2500000.5: the same requirement either way it is given.
    CostRequirement fromMoney = CostRequirement.of(FundingSource.RBSA, Money.parse("USD 2500000.50"));
    assertEquals(CostRequirement.of(FundingSource.RBSA, new BigDecimal("2500000.5"), USD), fromMoney);
    assertEquals(Money.parse("USD 2500000.5"), fromMoney.money());
    assertEquals("RBSA 2500000.5 USD", fromMoney.toString());
    // The money is what the requirement stores: amount() and currency() are its parts.
    assertEquals(new BigDecimal("2500000.5"), fromMoney.amount());
    assertEquals(USD, fromMoney.currency());
    assertEquals(
        CostRequirement.of(FundingSource.RBSA, Money.parse("CHF 3")),
        fromMoney.withMoney(Money.parse("CHF 3")));
  }

  @Test
  void equalityCoversEveryAttribute() {
    Strategy s = knowledgeSharing().build();
    new EqualsTester()
        .addEqualityGroup(s, knowledgeSharing().build())
        .addEqualityGroup(s.withKind(StrategyKind.OTHER))
        .addEqualityGroup(s.withPriorityAreas("Research"))
        .addEqualityGroup(s.withReviewMechanism(Optional.empty()))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Currency.class, USD)
        .setDefault(Money.class, Money.parse("USD 1"));
    npt.testAllPublicInstanceMethods(knowledgeSharing().build());
    npt.testAllPublicStaticMethods(CostRequirement.class);
    npt.testAllPublicStaticMethods(ExpectedResult.class);
  }
}
