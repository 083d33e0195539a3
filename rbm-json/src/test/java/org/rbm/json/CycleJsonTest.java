package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.cycle.TopicEntry;
import org.rbm.core.cycle.StrategyTopic;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Value;
import org.rbm.core.money.ExchangeRate;
import org.rbm.core.period.DateRange;
import org.rbm.core.strategies.CostRequirement;
import org.rbm.core.strategies.FundingSource;

/** The programme cycle's documents: examples written by hand, and hostile input. */
class CycleJsonTest {
  private final RbmJson json = RbmJson.strict();

  @CanIgnoreReturnValue
  private RbmJsonException rejected(String input, Class<?> type, String path) {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.read(input, type));
    assertEquals(path, e.path(), e.getMessage());
    return e;
  }

  /** An expenditure document, written by hand, with the line and column of each entry known. */
  static final String EXPENDITURE =
      "{\"format\": \"rbm-expenditure/1\",\n"
          + " \"programmeAndBudget\": \"PB-2010-11\",\n"
          + " \"currency\": \"USD\",\n"
          + " \"reportedOn\": \"2011-01-31\",\n"
          + " \"entries\": [\n"
          + "  {\"outcome\": \"IO2a.1\", \"source\": \"REGULAR_BUDGET\",\n"
          + "   \"period\": {\"start\": \"2010-01-01\", \"end\": \"2010-12-31\"},"
          + " \"amount\": \"USD 1100000.250\"},\n"
          + "  {\"outcome\": \"IO2a.1\", \"source\": \"RBSA\",\n"
          + "   \"period\": {\"start\": \"2010-07-01\", \"end\": \"2010-12-31\"},"
          + " \"amount\": \"USD 12000\"}]}\n";

  @Test
  void readsAnExpenditureDocumentWrittenByHand() {
    Expenditure read = json.read(EXPENDITURE, Expenditure.class);
    assertEquals(CycleExamples.expenditure(), read);
    // 1100000.25 + 12000 = 1112000.25; the trailing zero of 1100000.250 is dropped.
    assertEquals(CycleExamples.usd("1112000.25"), read.total());
  }

  @Test
  void writesAnExpenditureDocumentWithItsFormatFirstAndAmountsAsStrings() {
    assertEquals(
        "{\"format\":\"rbm-expenditure/1\",\"programmeAndBudget\":\"PB-2010-11\","
            + "\"currency\":\"USD\",\"reportedOn\":\"2011-01-31\",\"entries\":["
            + "{\"outcome\":\"IO2a.1\",\"source\":\"REGULAR_BUDGET\","
            + "\"period\":{\"start\":\"2010-01-01\",\"end\":\"2010-12-31\"},\"amount\":\"USD 1100000.25\"},"
            + "{\"outcome\":\"IO2a.1\",\"source\":\"RBSA\","
            + "\"period\":{\"start\":\"2010-07-01\",\"end\":\"2010-12-31\"},\"amount\":\"USD 12000\"}]}",
        json.write(CycleExamples.expenditure()));
  }

  @Test
  void writesEachChangeTaggedByItsKindWithTheRecordsComponents() {
    assertEquals(
        "{\"kind\":\"removeIndicator\",\"id\":\"IND-9\"}",
        json.write(SpfChange.removeIndicator(org.rbm.core.indicators.IndicatorId.of("IND-9"))));
    assertEquals(
        "{\"kind\":\"changeTarget\",\"indicator\":\"IND-1\","
            + "\"period\":{\"start\":\"2011-01-01\",\"end\":\"2011-12-31\"},\"target\":{\"value\":45}}",
        json.write(
            SpfChange.changeTarget(
                CycleExamples.IND1, DateRange.ofYear(2011), DataPoint.of(Value.of(45)))));
    assertEquals(
        "{\"kind\":\"amendStrategyText\",\"id\":\"KNOWLEDGE\",\"text\":\"New\"}",
        json.write(SpfChange.amendStrategyText(CycleExamples.KNOWLEDGE, "New")));
  }

  @Test
  void anSpfReadBackAnswersAsOfADateAsTheOriginalDoes() {
    StrategicPolicyFramework spf = CycleExamples.spf();
    StrategicPolicyFramework back =
        json.read(json.write(spf), StrategicPolicyFramework.class);
    assertEquals(spf, back);
    // Before the GB's amendment of 2011-03-24 IND-1's 2011 target is 40; from that day, 45.
    LocalDate before = LocalDate.of(2011, 3, 23);
    LocalDate on = LocalDate.of(2011, 3, 24);
    assertEquals(spf.asOf(before), back.asOf(before));
    assertEquals(
        Value.of(40),
        back.asOf(before).framework().indicator(CycleExamples.IND1).orElseThrow()
            .periods().get(0).targets().get(0).value());
    assertEquals(
        Value.of(45),
        back.asOf(on).framework().indicator(CycleExamples.IND1).orElseThrow()
            .periods().get(0).targets().get(0).value());
  }

  @Test
  void aProgrammeAndBudgetReadBackHasTheSameTotals() {
    ProgrammeAndBudget pb = json.read(json.write(CycleExamples.programmeAndBudget()), ProgrammeAndBudget.class);
    assertEquals(CycleExamples.programmeAndBudget(), pb);
    // RB 1250000.5 + 1250000 = 2500000.5; RBSA 300000; XBTC 0; all 2800000.5.
    assertEquals(CycleExamples.usd("2500000.5"), pb.total(FundingSource.REGULAR_BUDGET));
    assertEquals(CycleExamples.usd("2800000.5"), pb.total());
  }

  @Test
  void readsTopicsThatDoNotApply() {
    assertEquals(
        TopicEntry.notApplicable(StrategyTopic.POVERTY, "Not relevant"),
        json.read("{\"topic\":\"POVERTY\",\"applies\":false,\"text\":\"Not relevant\"}", TopicEntry.class));
  }

  @Test
  void readsAnExchangeRateExactly() {
    ExchangeRate rate =
        json.read("{\"from\":\"CHF\",\"to\":\"USD\",\"rate\":0.83330,\"asOf\":\"2008-01-01\"}", ExchangeRate.class);
    assertEquals(CycleExamples.chfToUsd(), rate);
    assertEquals("{\"from\":\"CHF\",\"to\":\"USD\",\"rate\":0.8333,\"asOf\":\"2008-01-01\"}", json.write(rate));
  }

  @Test
  void readsANarrativeWithoutDifficultiesOrLessons() {
    OutcomeNarrative n =
        json.read(
            "{\"outcome\":\"IO2a.1\",\"officeContribution\":\"Advice\",\"partnersContribution\":\"Data\"}",
            OutcomeNarrative.class);
    assertEquals(CycleExamples.narrative().withDifficulties().withLessons()
        .withOfficeContribution("Advice").withPartnersContribution("Data"), n);
  }

  @Test
  void costRequirementsKeepTheirFormatNowThatTheyStoreMoney() {
    // A cost written before CostRequirement stored a Money: amount and currency apart, the amount
    // with trailing zeros. It reads as the Money USD 2500000 and is written in the same shape.
    String old = "{\"source\":\"RBSA\",\"amount\":2500000.00,\"currency\":\"USD\"}";
    CostRequirement cost = json.read(old, CostRequirement.class);
    assertEquals(CostRequirement.of(FundingSource.RBSA, CycleExamples.usd("2500000")), cost);
    assertEquals(CycleExamples.usd("2500000"), cost.money());
    assertEquals("{\"source\":\"RBSA\",\"amount\":2500000,\"currency\":\"USD\"}", json.write(cost));
  }

  // Hostile input: each is rejected at its path, line and column, with what was expected.

  @Test
  void rejectsAnotherFormatVersionFirst() {
    RbmJsonException e =
        rejected(EXPENDITURE.replace("rbm-expenditure/1", "rbm-expenditure/2"), Expenditure.class, "format");
    // The location is just past the value: {"format":  is 11 characters, the string 19 more.
    assertEquals(1, e.line());
    assertEquals(31, e.column());
    rejected(EXPENDITURE.replace("rbm-expenditure/1", "rbm-spf/1"), Expenditure.class, "format");
  }

  @Test
  void rejectsADocumentWhoseFormatIsNotFirst() {
    rejected(
        "{\"currency\":\"USD\",\"format\":\"rbm-expenditure/1\",\"programmeAndBudget\":\"PB-1\"}",
        Expenditure.class,
        "currency");
  }

  @Test
  void rejectsAnUnknownPropertyOfAnEntry() {
    RbmJsonException e =
        rejected(
            EXPENDITURE.replace("\"amount\": \"USD 12000\"", "\"amount\": \"USD 12000\", \"note\": 1"),
            Expenditure.class,
            "entries[1].note");
    assertEquals(9, e.line());
  }

  @Test
  void rejectsARepeatedProperty() {
    rejected(
        EXPENDITURE.replace("\"currency\": \"USD\",", "\"currency\": \"USD\", \"currency\": \"USD\","),
        Expenditure.class,
        "currency");
  }

  @Test
  void rejectsAMissingProperty() {
    RbmJsonException e =
        rejected(EXPENDITURE.replace(" \"currency\": \"USD\",\n", ""), Expenditure.class, "currency");
    assertTrue(e.expected().contains("an ISO 4217 currency code"), e.expected());
  }

  @Test
  void rejectsAnAmountAsANumber() {
    RbmJsonException e =
        rejected(
            EXPENDITURE.replace("\"USD 12000\"", "12000"), Expenditure.class, "entries[1].amount");
    assertEquals(9, e.line());
    assertEquals("a string", e.expected());
  }

  @Test
  void rejectsAnAmountInAnotherCurrencyAtThatAmount() {
    RbmJsonException e =
        rejected(
            EXPENDITURE.replace("\"USD 12000\"", "\"CHF 12000\""), Expenditure.class, "entries[1].amount");
    assertTrue(e.getCause() instanceof InvalidValueException, e.toString());
    assertEquals(9, e.line());
  }

  @Test
  void rejectsANegativeAmount() {
    rejected(
        EXPENDITURE.replace("\"USD 12000\"", "\"USD -1\""), Expenditure.class, "entries[1].amount");
  }

  @Test
  void rejectsTwoEntriesForOneOutcomeSourceAndPeriod() {
    rejected(
        EXPENDITURE.replace("\"source\": \"RBSA\",\n   \"period\": {\"start\": \"2010-07-01\"",
            "\"source\": \"REGULAR_BUDGET\",\n   \"period\": {\"start\": \"2010-01-01\""),
        Expenditure.class,
        "entries[1]");
  }

  @Test
  void rejectsAnUnknownChangeKind() {
    RbmJsonException e =
        rejected("{\"kind\":\"renameResult\",\"id\":\"IO1\"}", SpfChange.class, "kind");
    assertTrue(e.expected().contains("addResult"), e.expected());
  }

  @Test
  void rejectsAPropertyTheKindDoesNotHave() {
    RbmJsonException e =
        rejected(
            "{\"kind\":\"removeIndicator\",\n\"id\":\"IND-1\",\n\"text\":\"why\"}", SpfChange.class, "text");
    assertEquals(3, e.line());
    assertEquals("only the properties [id] besides \"kind\"", e.expected());
  }

  @Test
  void rejectsAChangeWithoutAPropertyItsKindRequires() {
    RbmJsonException e =
        rejected("{\"kind\":\"changeTarget\",\"indicator\":\"IND-1\"}", SpfChange.class, "period");
    assertTrue(e.getMessage().contains("which a change of kind \"changeTarget\" requires"), e.getMessage());
  }

  @Test
  void readsAnIdByItsKind() {
    // "id" is a result id, an indicator id or a strategy id depending on the kind before it.
    assertEquals(
        SpfChange.removeStrategy(CycleExamples.KNOWLEDGE),
        json.read("{\"kind\":\"removeStrategy\",\"id\":\"KNOWLEDGE\"}", SpfChange.class));
    assertEquals(
        SpfChange.removeResult(CycleExamples.IO1),
        json.read("{\"kind\":\"removeResult\",\"id\":\"IO2a.1\"}", SpfChange.class));
    rejected("{\"kind\":\"removeResult\",\"id\":\"\"}", SpfChange.class, "id");
  }

  @Test
  void rejectsAnAmendmentThatDoesNotApplyAtThatAmendment() {
    // The GB's amendment (recorded first) removes IND-2; removing IND-9 instead cannot apply.
    String written = json.write(CycleExamples.spf())
        .replace("{\"kind\":\"removeIndicator\",\"id\":\"IND-2\"}",
            "{\"kind\":\"removeIndicator\",\"id\":\"IND-9\"}");
    RbmJsonException e = rejected(written, StrategicPolicyFramework.class, "amendments[0].changes[2]");
    assertTrue(e.getCause() instanceof InvalidValueException, e.toString());
  }

  @Test
  void rejectsAnAmendmentBeforeTheAdoption() {
    String written = json.write(CycleExamples.spf()).replace("\"2010-06-16\"", "\"2008-01-01\"");
    rejected(written, StrategicPolicyFramework.class, "amendments[1].date");
  }

  @Test
  void rejectsAnAmendmentWithoutChanges() {
    rejected(
        "{\"date\":\"2011-03-24\",\"decidedBy\":\"GOVERNING_BODY\",\"reference\":\"GB.310\",\"changes\":[]}",
        org.rbm.core.cycle.Amendment.class,
        "changes");
  }

  @Test
  void rejectsAnAllocationOutsideTheBienniumAtItsYear() {
    String written = json.write(CycleExamples.programmeAndBudget())
        .replace("\"year\":2011,\"amount\":\"USD 300000\"", "\"year\":2012,\"amount\":\"USD 300000\"");
    rejected(written, ProgrammeAndBudget.class, "allocations[2].year");
  }

  @Test
  void rejectsAFractionalYear() {
    String written = json.write(CycleExamples.programmeAndBudget())
        .replace("\"year\":2011,\"amount\":\"USD 300000\"", "\"year\":2011.5,\"amount\":\"USD 300000\"");
    RbmJsonException e = rejected(written, ProgrammeAndBudget.class, "allocations[2].year");
    assertEquals("a whole number from 1 to 9999", e.expected());
  }

  @Test
  void rejectsATopicGivenTwice() {
    String written = json.write(CycleExamples.programmeAndBudget())
        .replace("\"GLOBALIZATION\"", "\"CONSTITUENTS_AND_TRIPARTISM\"");
    rejected(written, ProgrammeAndBudget.class, "outcomeStrategies[0].topics[1].topic");
  }

  @Test
  void rejectsAnOutcomeTheFrameworkDoesNotHave() {
    String written = json.write(CycleExamples.programmeAndBudget())
        .replace("\"outcomes\":[\"IO2a.1\",\"IO2a.2\"]", "\"outcomes\":[\"IO2a.1\",\"IO9\"]");
    rejected(written, ProgrammeAndBudget.class, "dwcpPriorities[0].outcomes[1]");
  }

  @Test
  void rejectsAnOutcomeRepeatedInAPriority() {
    String written = json.write(CycleExamples.programmeAndBudget())
        .replace("\"outcomes\":[\"IO2a.1\",\"IO2a.2\"]", "\"outcomes\":[\"IO2a.1\",\"IO2a.1\"]");
    rejected(written, ProgrammeAndBudget.class, "dwcpPriorities[0].outcomes[1]");
  }

  @Test
  void rejectsAnUnknownCurrencyAndABadRate() {
    rejected(
        "{\"from\":\"CHF\",\"to\":\"XYZ\",\"rate\":1,\"asOf\":\"2008-01-01\"}", ExchangeRate.class, "to");
    rejected(
        "{\"from\":\"CHF\",\"to\":\"USD\",\"rate\":0,\"asOf\":\"2008-01-01\"}", ExchangeRate.class, "rate");
    rejected(
        "{\"from\":\"CHF\",\"to\":\"USD\",\"rate\":\"1\",\"asOf\":\"2008-01-01\"}", ExchangeRate.class, "rate");
  }

  @Test
  void rejectsABlankNarrative() {
    rejected(
        "{\"outcome\":\"IO2a.1\",\"officeContribution\":\" \",\"partnersContribution\":\"Data\"}",
        OutcomeNarrative.class,
        "officeContribution");
    rejected(
        "{\"outcome\":\"IO2a.1\",\"officeContribution\":\"A\",\"partnersContribution\":\"Data\","
            + "\"lessons\":[null]}",
        OutcomeNarrative.class,
        "lessons[0]");
  }
}
