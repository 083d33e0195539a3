package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.SpfChange;

/** The amendment record of an SPF and its events: JSON written by hand, and hostile input. */
class SpfAmendmentsJsonTest {
  private final RbmJson json = RbmJson.strict();

  @CanIgnoreReturnValue
  private RbmJsonException rejected(String input, Class<?> type, String path) {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.read(input, type));
    assertEquals(path, e.path(), e.getMessage());
    return e;
  }

  @Test
  void writesEventsAsTaggedObjects() {
    assertEquals("{\"type\":\"ADOPT\"}", json.write(new AmendmentEvent.Adopt()));
    assertEquals(
        "{\"type\":\"REJECT\",\"reason\":\"Not now\"}", json.write(new AmendmentEvent.Reject("Not now")));
    assertEquals(
        "{\"type\":\"WITHDRAW\",\"reason\":\"Not now\"}",
        json.write(new AmendmentEvent.Withdraw("Not now")));
    assertEquals(
        "{\"type\":\"PROPOSE\",\"decidingBody\":\"GOVERNING_BODY\",\"reference\":\"GB.312/PFA/4\","
            + "\"changes\":[{\"kind\":\"reviseVision\",\"vision\":\"Decent work, now\"}]}",
        json.write(
            AmendmentEvent.propose(
                DecidingBody.GOVERNING_BODY,
                "GB.312/PFA/4",
                List.of(SpfChange.reviseVision("Decent work, now")))));
  }

  @Test
  void readsADecisionWrittenByHand() {
    assertEquals(
        AmendmentEvent.amend(
            DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
            "ILC.99/Resolution",
            List.of(SpfChange.addEvaluationLesson("Baselines before targets"))),
        json.read(
            "{\"type\": \"AMEND\", \"decidingBody\": \"INTERNATIONAL_LABOUR_CONFERENCE\",\n"
                + " \"reference\": \"ILC.99/Resolution\",\n"
                + " \"changes\": [{\"kind\": \"addEvaluationLesson\","
                + " \"lesson\": \"Baselines before targets\"}]}",
            AmendmentEvent.class));
  }

  @Test
  void rejectsAPayloadTheTypeDoesNotCarryOrLacks() {
    RbmJsonException e =
        rejected("{\"type\": \"ADOPT\", \"reason\": \"why\"}", AmendmentEvent.class, "reason");
    assertTrue(e.getMessage().contains("an event of type ADOPT carries none"), e.getMessage());
    rejected("{\"type\": \"REJECT\"}", AmendmentEvent.class, "reason");
    rejected(
        "{\"type\": \"PROPOSE\", \"decidingBody\": \"GOVERNING_BODY\", \"reference\": \"GB.1\"}",
        AmendmentEvent.class,
        "changes");
    rejected(
        "{\"type\": \"AMEND\", \"decidingBody\": \"GOVERNING_BODY\", \"reference\": \"GB.1\","
            + " \"changes\": []}",
        AmendmentEvent.class,
        "changes");
    RbmJsonException unknown = rejected("{\"type\": \"VETO\"}", AmendmentEvent.class, "type");
    assertTrue(unknown.expected().contains("PROPOSE"), unknown.expected());
  }

  @Test
  void aRecordReadBackAnswersAsOfADateAsTheOriginalDoes() {
    SpfAmendments record = CycleExamples.amendmentRecord();
    SpfAmendments back = json.read(json.write(record), SpfAmendments.class);
    assertEquals(record, back);
    assertEquals(AmendmentState.WITHDRAWN, back.state());
    LocalDate between = LocalDate.of(2011, 3, 23);
    assertEquals(record.asOf(between), back.asOf(between));
    // Between the Conference's decision and the Governing Body's: one amendment applied.
    assertEquals(1, back.asOf(between).amendmentsApplied().size());
    assertEquals(CycleExamples.spf().asOf(between), back.asOf(between));
  }

  @Test
  void aRecordWritesTheSpfAsAdoptedTheStateAndTheHistory() {
    String written = json.write(CycleExamples.amendmentRecord());
    assertTrue(written.startsWith("{\"spf\":{\"format\":\"rbm-spf/1\""), written);
    assertTrue(written.contains("\"state\":\"WITHDRAWN\",\"history\":[{\"from\":\"NONE\",\"to\":\"ADOPTED\","
        + "\"event\":{\"type\":\"AMEND\""), written);
    assertTrue(!written.contains("\"amendments\""), written);
  }

  @Test
  void rejectsAStatedStateTheHistoryDoesNotReach() {
    String written =
        json.write(CycleExamples.amendmentRecord())
            .replace("\"state\":\"WITHDRAWN\"", "\"state\":\"ADOPTED\"");
    rejected(written, SpfAmendments.class, "state");
  }

  @Test
  void rejectsATamperedHistoryAtTheEntry() {
    // The withdrawal (entry 4) turned into an adoption: "to" no longer where the event leads.
    String written =
        json.write(CycleExamples.amendmentRecord())
            .replace("\"to\":\"WITHDRAWN\"", "\"to\":\"ADOPTED\"");
    rejected(written, SpfAmendments.class, "history[4].to");
    // An adoption with nothing proposed (entry 0 turned from a decision into an adoption).
    String adoptFirst =
        json.write(SpfAmendments.of(CycleExamples.spf()))
            .replaceFirst(
                "\\{\"type\":\"AMEND\",\"decidingBody\":\"INTERNATIONAL_LABOUR_CONFERENCE\",\"reference\":"
                    + "\"ILC.99/Resolution\",\"changes\":\\[.*?\\]\\}(,\"date\":\"2010-06-16\")",
                "{\"type\":\"ADOPT\"}$1");
    rejected(adoptFirst, SpfAmendments.class, "history[0].event");
  }

  @Test
  void rejectsAnSpfWithAmendmentsAsTheRecordsStart() {
    // The record's SPF is the SPF as adopted: its amendments are the history's.
    String withAmendments =
        "{\"spf\":" + json.write(CycleExamples.spf()) + ",\"state\":\"NONE\"}";
    rejected(withAmendments, SpfAmendments.class, "spf.amendments.size");
  }
}
