package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.Amendment;
import org.rbm.core.cycle.CycleCalendar;
import org.rbm.core.cycle.CycleRules;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.ProgrammeCycle;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.money.ExchangeRate;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.rules.Finding;

/** The programme-cycle sample of README.md, kept compiling and true. */
class CycleReadmeSampleTest {

  /** SO1 > OC1 > IO1, measured by IND-1 and IND-2, over a period. */
  static ResultsFramework framework(String period) {
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
  void theSampleDoesWhatTheReadmeSays() {
    ResultsFramework framework2010to15 = framework("2010-15");
    ResultsFramework framework2010to11 = framework("2010-11");

    Money rb = Money.parse("USD 4500000");
    Money xbtc = Money.of(new BigDecimal("1250000.50"), Currency.getInstance("USD"));
    assertEquals("USD 5750000.5", rb.plus(xbtc).toString());
    ExchangeRate chfToUsd = ExchangeRate.of(Currency.getInstance("CHF"), Currency.getInstance("USD"),
        new BigDecimal("0.8333"), LocalDate.of(2008, 1, 1));
    assertEquals("USD 999960", chfToUsd.convert(Money.parse("CHF 1200000")).toString());
    assertEquals(
        "other.currency: got CHF, expected USD, the currency of USD 4500000; convert with an"
            + " ExchangeRate",
        assertThrows(InvalidValueException.class, () -> rb.plus(Money.parse("CHF 1")))
            .getMessage());

    StrategicPolicyFramework spf = StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2010-15"))
        .period(PlanningPeriod.parse("2010-15"))
        .adoptedOn(LocalDate.of(2008, 11, 20))
        .framework(framework2010to15)
        .addAmendment(Amendment.builder()
            .date(LocalDate.of(2011, 3, 24))
            .decidedBy(DecidingBody.GOVERNING_BODY)
            .reference("GB.310/PFA/2")
            .addChange(SpfChange.removeIndicator(IndicatorId.of("IND-2")))
            .build())
        .build();
    assertTrue(spf.asOf(LocalDate.of(2010, 6, 1)).framework()
        .indicator(IndicatorId.of("IND-2")).isPresent());
    assertTrue(spf.asOf(LocalDate.of(2011, 6, 1)).framework()
        .indicator(IndicatorId.of("IND-2")).isEmpty());

    ProgrammeAndBudget pb = ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2010-11"))
        .biennium(PlanningPeriod.parse("2010-11"))
        .spf(spf.id())
        .currency(Currency.getInstance("USD"))
        .framework(framework2010to11)
        .addAllocation(Allocation.of(ResultId.of("IO1"), FundingSource.REGULAR_BUDGET, 2010, rb))
        .addAllocation(Allocation.of(ResultId.of("IO1"), FundingSource.EXTRA_BUDGETARY, 2011, xbtc))
        .build();
    assertEquals(
        "{REGULAR_BUDGET=USD 4500000, RBSA=USD 0, EXTRA_BUDGETARY=USD 1250000.5}",
        pb.totalsBySource().toString());
    assertEquals("{2010=USD 4500000, 2011=USD 1250000.5}", pb.totalsByYear().toString());
    assertEquals(Money.parse("USD 5750000.5"), pb.total());
    assertEquals(
        List.of("STRATEGIC_POLICY_FRAMEWORK 2010-15 due 2008-11",
            "PROGRAMME_AND_BUDGET_PROPOSALS 2010-11 due 2009-03"),
        CycleCalendar.ilo().schedule(spf).subList(0, 2).stream().map(Object::toString).toList());
    assertEquals(Map.of(ResultId.of("IO1"), Money.parse("USD 5750000.5")), pb.totalsByOutcome());

    ProgrammeCycle cycle = ProgrammeCycle.builder()
        .spf(spf)
        .programmeAndBudget(pb)
        .asOf(LocalDate.of(2010, 12, 31))
        .build();
    List<String> lines = new java.util.ArrayList<>();
    for (Finding f : CycleRules.validator().validate(cycle).findings()) {
      lines.add(f.ruleId() + " " + f.location() + ": " + f.message());
    }
    assertEquals(
        List.of("RBM-CYC-006 /outcomes/IO1: Immediate outcome IO1 has no outcome strategy."),
        lines);
  }
}
