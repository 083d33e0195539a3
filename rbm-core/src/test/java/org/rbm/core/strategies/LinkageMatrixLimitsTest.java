package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/**
 * Issue 17, point 3: a matrix costs memory linear in its strategies and links, and the number of
 * strategies has a documented limit, checked before any other work.
 */
class LinkageMatrixLimitsTest {
  private static final StrategyId HR = StrategyId.of("HR");
  private static final StrategyId IT = StrategyId.of("IT");
  private static final StrategyId RBM = StrategyId.of("RBM");

  private static LinkageMatrix.Builder coreStrategies(int n) {
    LinkageMatrix.Builder b = LinkageMatrix.builder();
    for (int i = 0; i < n; i++) {
      b.addCoreStrategy(StrategyId.of("C" + i), "Core " + i);
    }
    return b;
  }

  @Test
  void aMatrixOfAHundredThousandStrategiesWithAFewLinksBuildsAndAnswers() {
    LinkageMatrix.Builder b =
        LinkageMatrix.builder().addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES);
    int others = LinkageMatrix.MAX_STRATEGIES - 5;
    for (int i = 0; i < others; i++) {
      b.addOtherStrategy(StrategyId.of("S" + i), "Strategy " + i);
    }
    StrategyId last = StrategyId.of("S" + (others - 1));
    LinkageMatrix m = b
        .link(IT, HR, "Update IT skills among staff")
        .link(last, IT, "Report on systems")
        .link(StrategyId.of("S0"), IT, "Use systems")
        .build();

    assertEquals(LinkageMatrix.MAX_STRATEGIES, m.coreStrategies().size() + m.otherStrategies().size());
    // IT's links: HR above it in its column, then the two other strategies in row order.
    assertEquals(
        List.of(StrategyPair.of(HR, IT), StrategyPair.of(StrategyId.of("S0"), IT),
            StrategyPair.of(last, IT)),
        m.linksOf(IT).stream().map(LinkageCell::position).toList());
    assertEquals(List.of(StrategyPair.of(last, IT)),
        m.linksOf(last).stream().map(LinkageCell::position).toList());
    assertEquals(List.of(), m.linksOf(RBM));
    assertEquals(List.of(), m.row(StrategyId.of("S5000")));
    assertEquals(3, m.column(IT).size());
    assertEquals(List.of(), m.column(HR));
    assertEquals(List.of(StrategyPair.of(HR, IT)),
        m.row(HR).stream().map(LinkageCell::position).toList());
    // 5 core strategies: 10 pairs; 99,995 others x 5 columns = 499,975; 3 cells filled.
    assertEquals(true, m.toString().endsWith("; 3 of 499985 cells filled]"), "toString");
    assertEquals(499_985 - 3, m.gaps().size());
  }

  @Test
  void fiftyCoreStrategiesAreAllowedAndFiftyOneAreRefusedBeforeAnyOtherWork() {
    LinkageMatrix fifty = coreStrategies(50).build();
    // 49 + 48 + ... + 1 = 50 * 49 / 2 = 1,225 positions above the diagonal.
    assertEquals(1_225, fifty.allowedPositions().size());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> coreStrategies(51).build());
    assertEquals("strategies: got \"51 core management strategies\", expected at most 50 core"
        + " management strategies, the matrix's columns (LinkageMatrix.MAX_CORE_STRATEGIES)",
        e.getMessage());
  }

  @Test
  void theIssuesSixteenThousandCoreStrategiesAreRefusedAtOnce() {
    // 16,000 columns would allow 127,992,000 positions; the limit refuses them before any.
    assertEquals("strategies", assertThrows(InvalidValueException.class,
        () -> coreStrategies(16_000).build()).field().orElseThrow());
  }

  @Test
  void moreThanAHundredThousandStrategiesAreRefusedBeforeAnyOtherWork() {
    LinkageMatrix.Builder b = LinkageMatrix.builder().addCoreStrategy(HR, "Human resources");
    for (int i = 0; i < LinkageMatrix.MAX_STRATEGIES; i++) {
      b.addOtherStrategy(StrategyId.of("S" + i), "Strategy " + i);
    }
    // Even a repeated id is not looked for: the count is checked first.
    b.addOtherStrategy(HR, "Again");
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertEquals("strategies: got \"100002 strategies\", expected at most 100000 strategies in a"
        + " matrix (LinkageMatrix.MAX_STRATEGIES)", e.getMessage());
  }
}
