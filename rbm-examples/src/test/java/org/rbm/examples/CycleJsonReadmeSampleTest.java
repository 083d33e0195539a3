package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.json.RbmJson;

/** The sample of README.md's "The programme cycle in JSON", kept compiling and true. */
class CycleJsonReadmeSampleTest {
  private static final String HEADING = "### The programme cycle in JSON";

  /** The text of the first fenced block of {@code language} after the heading. */
  static String block(String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertTrue(section >= 0, "README.md has the section " + HEADING);
    int start = readme.indexOf("```" + language + "\n", section) + language.length() + 4;
    return readme.substring(start, readme.indexOf("```", start));
  }

  /** SO1 > OC1 > IO1, measured by IND-1 and IND-2, as in the README's cycle sample. */
  private static ResultsFramework framework(String period) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("RF-" + period))
        .title("Results framework " + period)
        .owner("International Labour Office")
        .planningPeriod(PlanningPeriod.parse(period))
        .levelScheme(LevelScheme.ILO)
        .addResult(Result.builder()
            .id(ResultId.of("SO1")).level("strategic objective").title("Rights at work").build())
        .addResult(Result.builder()
            .id(ResultId.of("OC1")).level("outcome").parent(ResultId.of("SO1"))
            .title("Standards are ratified").build())
        .addResult(Result.builder()
            .id(ResultId.of("IO1")).level("immediate outcome").parent(ResultId.of("OC1"))
            .title("Member States ratify fundamental Conventions")
            .addIndicator(Indicator.builder()
                .id(IndicatorId.of("IND-1")).title("Ratifications").measure(Measure.COUNT).build())
            .addIndicator(Indicator.builder()
                .id(IndicatorId.of("IND-2")).title("Reports").measure(Measure.COUNT).build())
            .build())
        .build();
  }

  @Test
  void theSampleDoesWhatTheReadmeSays() throws IOException {
    StrategicPolicyFramework spf = StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(PlanningPeriod.parse("2010-15"))
        .adoptedOn(LocalDate.of(2008, 11, 20))
        .framework(framework("2010-15"))
        .addAmendment(Amendment.builder()
            .date(LocalDate.of(2011, 3, 24))
            .decidedBy(DecidingBody.GOVERNING_BODY)
            .reference("GB.310/PFA/2")
            .addChange(SpfChange.removeIndicator(IndicatorId.of("IND-2")))
            .build())
        .build();
    Money rb = Money.parse("USD 4500000");
    Money xbtc = Money.of(new BigDecimal("1250000.50"), Currency.getInstance("USD"));
    ProgrammeAndBudget pb = ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2010-11"))
        .biennium(PlanningPeriod.parse("2010-11"))
        .spf(spf.id())
        .currency(Currency.getInstance("USD"))
        .framework(framework("2010-11"))
        .addAllocation(Allocation.of(ResultId.of("IO1"), FundingSource.REGULAR_BUDGET, 2010, rb))
        .addAllocation(Allocation.of(ResultId.of("IO1"), FundingSource.EXTRA_BUDGETARY, 2011, xbtc))
        .build();

    RbmJson json = RbmJson.strict();
    String text = json.write(spf);
    assertTrue(text.startsWith("{\"format\":\"rbm-spf/1\",\"id\":\"SPF-2010-15\","), text);
    assertTrue(
        text.endsWith(",\"amendments\":["
            + "{\"date\":\"2011-03-24\",\"decidedBy\":\"GOVERNING_BODY\","
            + "\"reference\":\"GB.310/PFA/2\","
            + "\"changes\":[{\"kind\":\"removeIndicator\",\"id\":\"IND-2\"}]}]}"),
        text);
    LocalDate june2011 = LocalDate.of(2011, 6, 1);
    assertEquals(spf.asOf(june2011), json.read(text, StrategicPolicyFramework.class).asOf(june2011));
    assertEquals(pb, json.read(json.write(pb), ProgrammeAndBudget.class));

    String expenditureJson = block("json");
    Expenditure spent = json.read(expenditureJson, Expenditure.class);
    // 4100000 from the regular budget; 312000.50, written with a trailing zero, from XBTC.
    assertEquals(
        "{REGULAR_BUDGET=USD 4100000, RBSA=USD 0, EXTRA_BUDGETARY=USD 312000.5}",
        spent.totalsBySource().toString());
    assertEquals(DocumentId.of("PB-2010-11"), spent.programmeAndBudget());
    // The Java sample of the section is the code above, line for line.
    String java = block("java");
    assertTrue(java.contains("json.read(text, StrategicPolicyFramework.class).asOf(LocalDate.of(2011, 6, 1));"), java);
    assertTrue(java.contains("\"changes\":[{\"kind\":\"removeIndicator\",\"id\":\"IND-2\"}]}]}"), java);
    assertTrue(java.contains("spent.totalsBySource();  // {REGULAR_BUDGET=USD 4100000, RBSA=USD 0,"
        + " EXTRA_BUDGETARY=USD 312000.5}"), java);
  }
}
