package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.function.Function;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.money.Money;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.period.ReportingCalendar;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.strategies.LinkageStatement;
import org.rbm.core.strategies.ResultReference;
import org.rbm.core.strategies.StrategyId;

/**
 * Fuzz targets of every text parser of the model (Jazzer). An input is the parser's name, a line
 * break, then the text: {@code DateRange\n2008-01-01/2008-12-31}. The contract: the parser returns
 * a value whose text parses back to an equal value, or throws an {@link RbmException} with a
 * message of bounded length; never another exception, and never more than five seconds per input.
 *
 * <p>In {@code mvn verify} the stored inputs under {@code src/test/resources/org/rbm/core/
 * TextParsersFuzzTestInputs/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md). The matrix CSV reader has its own target in rbm-text ({@code
 * LinkageMatricesCsvFuzzTest}).
 */
class TextParsersFuzzTest {
  /** Each parser, with how its value is written back. */
  private static final ImmutableMap<String, Function<String, Object>> PARSERS =
      ImmutableMap.<String, Function<String, Object>>builder()
          .put("ResultId", ResultId::parse)
          .put("IndicatorId", IndicatorId::parse)
          .put("FrameworkId", FrameworkId::parse)
          .put("MilestoneId", MilestoneId::parse)
          .put("StrategyId", StrategyId::parse)
          .put("RuleId", RuleId::parse)
          .put("PlanningPeriod", PlanningPeriod::parse)
          .put("DateRange", DateRange::parse)
          .put("FiscalPeriod", ReportingCalendar.startingIn(Month.JULY)::parse)
          .put("Disaggregation", Disaggregation::parse)
          .put("Due", Due::parse)
          .put("Location", Location::parse)
          .put("ExternalReference", ExternalReference::parse)
          .put("ResultReference", ResultReference::parse)
          .put("LinkageStatement", LinkageStatement::parse)
          .put("DocumentId", DocumentId::parse)
          .put("Money", Money::parse)
          .buildOrThrow();

  /** A message may quote some of the input, never all of a huge one. */
  private static final int LONGEST_MESSAGE = 2_000;

  /** Far above the milliseconds an input takes, to stay clear of a loaded machine's pauses. */
  private static final long MOST_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "3m")
  void everyTextParserKeepsItsContract(byte[] data) {
    String input = new String(data, StandardCharsets.UTF_8);
    int newline = input.indexOf('\n');
    if (newline < 0) {
      return;
    }
    String name = input.substring(0, newline);
    Function<String, Object> parser = PARSERS.get(name);
    if (parser == null) {
      return;
    }
    String text = input.substring(newline + 1);
    long start = System.nanoTime();
    try {
      Object value = parser.apply(text);
      String written = value.toString();
      assertEquals(value, parser.apply(written), () -> name + " of " + written);
    } catch (RbmException e) {
      assertTrue(e.getMessage().length() <= LONGEST_MESSAGE, () -> "a message of "
          + e.getMessage().length() + " characters");
    }
    long took = System.nanoTime() - start;
    assertTrue(took < MOST_NANOS, () -> name + " took " + took / 1_000_000 + " ms");
  }
}
