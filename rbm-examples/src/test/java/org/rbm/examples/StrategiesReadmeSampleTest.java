package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.StrategyId;
import org.rbm.text.LinkageMatrices;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/** The linkage-matrix sample of README.md, kept compiling and true. */
class StrategiesReadmeSampleTest {

  @Test
  void matrixSampleAnswersAsTheReadmeSays() {
    LinkageMatrix m = LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES)
        .addOtherStrategy(StrategyId.of("GENDER"), "Gender equality")
        .link(StrategyId.of("HR"), StrategyId.of("IT"), "Update IT skills among staff")
        .link(StrategyId.of("IT"), StrategyId.of("HR"), "Support e-learning")
        .link(StrategyId.of("GENDER"), StrategyId.of("HR"), "Improve gender balance")
        .build();

    // Either way round, the HR-IT pair is one cell holding both statements.
    List<String> texts =
        m.cell(StrategyId.of("IT"), StrategyId.of("HR")).stream()
            .map(LinkageStatement::text)
            .sorted()
            .toList();
    assertEquals(List.of("Support e-learning", "Update IT skills among staff"), texts);
    // 5 core strategies give 10 core pairs; one other strategy adds 5 cells: 15 allowed, 2 filled.
    assertEquals(15, m.allowedPositions().size());
    assertEquals(13, m.gaps().size());
    assertEquals(m, LinkageMatrices.parseCsv(LinkageMatrices.render(m, TableFormat.CSV)));
    assertEquals("+" + "-".repeat(26) + "+",
        LinkageMatrices.render(m, TableFormat.PLAIN_TEXT).substring(0, 28));
    // The rows' heading follows the locale; the names are printed as given.
    assertEquals("| Stratégie | Human resources | Information technology | Knowledge | Evaluation"
        + " | Results-based management |",
        LinkageMatrices.render(m, TableFormat.MARKDOWN,
                RenderOptions.defaults().withLocale(Locale.FRENCH))
            .lines().findFirst().orElseThrow());
  }
}
