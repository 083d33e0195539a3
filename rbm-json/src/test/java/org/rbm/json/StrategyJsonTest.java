package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.ExpectedResult;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.ResultReference;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyId;
import org.rbm.core.strategies.StrategyKind;
import org.rbm.testkit.RbmGen;

/** Strategies and linkage matrices in JSON: the form written by hand, and faults with their path. */
class StrategyJsonTest {
  private static final StrategyId A = StrategyId.of("A");
  private static final StrategyId B = StrategyId.of("B");
  private static final StrategyId X = StrategyId.of("X");
  private final RbmJson json = RbmJson.strict();

  static LinkageMatrix matrix() {
    return LinkageMatrix.builder()
        .addCoreStrategy(A, "Alpha")
        .addCoreStrategy(B, "Beta")
        .addOtherStrategy(X, "Xeno, \"the other\"")
        .link(B, A, LinkageStatement.builder().text("Ab link")
            .result(ResultReference.of(FrameworkId.of("PB-2008-09"), ResultId.of("IO1")))
            .milestone(MilestoneId.of("2")).build())
        .link(X, A, "One")
        .build();
  }

  static Strategy strategy() {
    Milestone adopted = Milestone.builder()
        .id(MilestoneId.of("2"))
        .area("Integrated management strategy")
        .owner("ILO")
        .initialStatement("Knowledge-sharing strategy adopted")
        .initialDue(Due.ofYear(2007))
        .initialState(MilestoneState.SUBMITTED_FOR_APPROVAL)
        .recordedOn(LocalDate.of(2007, 10, 12))
        .recordedBy("GB.300/PFA/9/1")
        .build();
    return Strategy.builder()
        .id(StrategyId.of("KNOWLEDGE"))
        .name("Knowledge-sharing strategy")
        .kind(StrategyKind.CORE_MANAGEMENT)
        .period(PlanningPeriod.parse("2008-09").toDateRange())
        .statement("Share knowledge")
        .framework(FrameworkId.of("PB-2008-09"))
        .addMilestone(adopted)
        .addExpectedResult(ExpectedResult.builder().result(ResultId.of("IO4.1"))
            .level("immediate outcome").addMilestone(adopted.id()).build())
        .addCoordination("Focal points")
        .addPriorityArea("Networks")
        .addCost(CostRequirement.of(
            FundingSource.RBSA, new BigDecimal("2500000.00"), Currency.getInstance("USD")))
        .build();
  }

  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private RbmJsonException rejected(String input, Class<?> type, String path) {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.read(input, type));
    assertEquals(path, e.path(), e.getMessage());
    return e;
  }

  @Test
  void writesAMatrixAsItsStrategiesAndItsLinksFromRowToColumn() {
    String expected = "{\"strategies\":["
        + "{\"id\":\"A\",\"name\":\"Alpha\",\"kind\":\"CORE_MANAGEMENT\"},"
        + "{\"id\":\"B\",\"name\":\"Beta\",\"kind\":\"CORE_MANAGEMENT\"},"
        + "{\"id\":\"X\",\"name\":\"Xeno, \\\"the other\\\"\",\"kind\":\"OTHER\"}],"
        + "\"links\":["
        + "{\"from\":\"A\",\"to\":\"B\",\"statement\":{\"text\":\"Ab link\","
        + "\"result\":\"PB-2008-09/IO1\",\"milestone\":\"2\"}},"
        + "{\"from\":\"X\",\"to\":\"A\",\"statement\":{\"text\":\"One\"}}]}";
    assertEquals(expected, json.write(matrix()));
    assertEquals(matrix(), json.read(expected, LinkageMatrix.class));
  }

  @Test
  void roundTripsGeneratedMatricesAndStrategies() {
    qt().forAll(RbmGen.linkageMatrices())
        .checkAssert(m -> assertEquals(m, json.read(json.write(m), LinkageMatrix.class)));
    qt().forAll(RbmGen.strategies())
        .checkAssert(s -> assertEquals(s, json.read(json.write(s), Strategy.class)));
  }

  @Test
  void readsLinksEnteredEitherWayRound() {
    String input = "{\"strategies\":["
        + "{\"id\":\"A\",\"name\":\"Alpha\",\"kind\":\"CORE_MANAGEMENT\"},"
        + "{\"id\":\"B\",\"name\":\"Beta\",\"kind\":\"CORE_MANAGEMENT\"}],"
        + "\"links\":[{\"from\":\"B\",\"to\":\"A\",\"statement\":{\"text\":\"x\"}}]}";
    LinkageMatrix m = json.read(input, LinkageMatrix.class);
    assertEquals(1, m.cell(A, B).size());
  }

  @Test
  void rejectsAMatrixOfMoreCoreStrategiesThanTheLimitBeforeBuildingIt() {
    // Issue 17, point 3: 16,000 core strategies took 13 s and 3.9 GB; one over the limit is enough
    // to show that the count is refused, at "strategies", before any position is computed.
    StringBuilder input = new StringBuilder("{\"strategies\":[");
    for (int i = 0; i <= LinkageMatrix.MAX_CORE_STRATEGIES; i++) {
      input.append(i == 0 ? "" : ",").append("{\"id\":\"C").append(i)
          .append("\",\"name\":\"Core ").append(i).append("\",\"kind\":\"CORE_MANAGEMENT\"}");
    }
    input.append("]}");
    RbmJsonException e = rejected(input.toString(), LinkageMatrix.class, "strategies");
    assertTrue(e.getMessage().contains("at most 50 core management strategies"), e.getMessage());
  }

  @Test
  void rejectsALinkOfAStrategyToItselfAtThatLink() {
    String input = "{\"strategies\":["
        + "{\"id\":\"A\",\"name\":\"Alpha\",\"kind\":\"CORE_MANAGEMENT\"}],"
        + "\"links\":[{\"from\":\"A\",\"to\":\"A\",\"statement\":{\"text\":\"x\"}}]}";
    RbmJsonException e = rejected(input, LinkageMatrix.class, "links[0].to");
    assertTrue(e.getCause() instanceof InvalidValueException, e.toString());
  }

  @Test
  void rejectsAStatementEndingWithABracket() {
    String input = "{\"strategies\":["
        + "{\"id\":\"A\",\"name\":\"Alpha\",\"kind\":\"CORE_MANAGEMENT\"},"
        + "{\"id\":\"X\",\"name\":\"Xeno\",\"kind\":\"OTHER\"}],"
        + "\"links\":[{\"from\":\"X\",\"to\":\"A\",\"statement\":{\"text\":\"See [annex]\"}}]}";
    rejected(input, LinkageMatrix.class, "links[0].statement.text");
  }

  @Test
  void writesCostsWithAnExactAmountAndACurrencyCode() {
    String written = json.write(strategy());
    assertTrue(written.contains(
        "\"costs\":[{\"source\":\"RBSA\",\"amount\":2500000,\"currency\":\"USD\"}]"), written);
    assertTrue(written.contains("\"expectedResults\":[{\"result\":\"IO4.1\","
        + "\"level\":\"immediate outcome\",\"milestones\":[\"2\"]}]"), written);
    assertEquals(strategy(), json.read(written, Strategy.class));
  }

  @Test
  void rejectsAnUnknownCurrency() {
    String written = json.write(strategy()).replace("\"USD\"", "\"XYZ1\"");
    RbmJsonException e = rejected(written, Strategy.class, "costs[0].currency");
    assertEquals("an ISO 4217 currency code, such as USD or CHF", e.expected());
  }

  @Test
  void rejectsAnExpectedResultNamingAMilestoneTheStrategyDoesNotHave() {
    String written = json.write(strategy()).replace("\"milestones\":[\"2\"]", "\"milestones\":[\"9\"]");
    rejected(written, Strategy.class, "expectedResults[0].milestones[0]");
  }
}
