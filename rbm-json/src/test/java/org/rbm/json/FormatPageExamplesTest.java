package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PerformanceRow;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.Strategy;
import org.rbm.core.strategies.StrategyId;

/**
 * The hand-written examples of FORMAT.md are what RbmJson reads and writes: the roadmap document
 * conforms to its schema, and a history the transition table does not allow is rejected where the
 * page says; each plain value reads to the value described and is written back in the same shape.
 */
class FormatPageExamplesTest {
  private final RbmJson json = RbmJson.strict();

  /** The first JSON block after the heading that starts with {@code heading}, in its section. */
  static String example(String heading) {
    String page;
    try {
      page = Files.readString(Path.of("FORMAT.md"));
    } catch (IOException e) {
      throw new AssertionError("FORMAT.md is not in the module's directory", e);
    }
    int at = page.indexOf("\n" + heading);
    assertTrue(at >= 0, "FORMAT.md has no heading " + heading);
    int start = page.indexOf("```json\n", at);
    assertTrue(start >= 0, "no JSON example after " + heading);
    // The section ends at the next heading of the same level or higher.
    int level = heading.indexOf(' ');
    for (int k = 1; k <= level; k++) {
      int next = page.indexOf("\n" + "#".repeat(k) + " ", at + 1);
      assertTrue(next < 0 || start < next, "no JSON example in the section " + heading);
    }
    start += "```json\n".length();
    return page.substring(start, page.indexOf("```", start));
  }

  /** The text as a JSON value, so that layout does not count but names, values and order do. */
  private static JsonValue parsed(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private <T> T readAndWriteBack(String heading, Class<T> type) {
    String example = example(heading);
    T value = json.read(example, type);
    assertEquals(parsed(example), parsed(json.write(value)), heading);
    return value;
  }

  @Test
  void theRoadmapExampleConformsToItsSchemaAndReads() {
    String example = example("## The roadmap document");
    assertEquals(Set.of(), MilestoneJsonTest.ROADMAP_SCHEMA.validate(example, InputFormat.JSON));
    assertTrue(example.contains("\"format\": \"" + RbmJson.ROADMAP_FORMAT + "\""));

    Roadmap roadmap = readAndWriteBack("## The roadmap document", Roadmap.class);
    assertEquals("RBM roadmap", roadmap.title());
    Milestone it = roadmap.milestone(MilestoneId.of("1")).orElseThrow();
    assertEquals(MilestoneState.ACHIEVED_WITH_CONDITIONS, it.state());
    assertEquals(0, it.history().size());
    // Milestone 6: in progress, due 2007, moved to 2008 by the Governing Body on 16 November 2007.
    Milestone m6 = roadmap.milestone(MilestoneId.of("6")).orElseThrow();
    assertEquals(MilestoneState.IN_PROGRESS, m6.state());
    assertEquals(Due.ofYear(2007), m6.initialDue());
    assertEquals(Due.ofYear(2008), m6.due());
    assertEquals(1, m6.history().size());
    assertEquals(LocalDate.of(2007, 11, 16), m6.history().get(0).date());
  }

  @Test
  void theRoadmapReaderRejectsAHistoryTheTableDoesNotAllowAtTheEntry() {
    String example = example("## The roadmap document");
    String revise =
        "\"to\": \"IN_PROGRESS\",\n"
            + "        \"event\": {\"type\": \"REVISE\", \"due\": \"2008\","
            + " \"reason\": \"Full roll-out after the pilot\"}";
    assertTrue(example.contains(revise), example);
    // The page's case: approving a milestone in progress.
    String approved =
        example.replace(revise, "\"to\": \"PLANNED\",\n        \"event\": {\"type\": \"APPROVE\"}");
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(approved, Roadmap.class));
    assertEquals("milestones[1].history[0].event", e.path(), e.getMessage());
    assertEquals(
        "an event the state IN_PROGRESS permits: submit, achieve, achieve with conditions, revise,"
            + " defer, cancel",
        e.expected());

    // An entry leading elsewhere than the table does, or dated before the milestone was recorded.
    String elsewhere =
        example.replace(
            revise, revise.replace("\"to\": \"IN_PROGRESS\"", "\"to\": \"DEFERRED\""));
    RbmJsonException to =
        assertThrows(RbmJsonException.class, () -> json.read(elsewhere, Roadmap.class));
    assertTrue(to.path().startsWith("milestones[1].history[0]"), to.getMessage());
    String early = example.replace("\"date\": \"2007-11-16\"", "\"date\": \"2007-10-01\"");
    RbmJsonException date =
        assertThrows(RbmJsonException.class, () -> json.read(early, Roadmap.class));
    assertTrue(date.path().startsWith("milestones[1].history[0]"), date.getMessage());

    String achieved =
        example.replace(
            "\"state\": \"IN_PROGRESS\",\n     \"initialStatement\": \"New staff",
            "\"state\": \"ACHIEVED\",\n     \"initialStatement\": \"New staff");
    RbmJsonException stated =
        assertThrows(RbmJsonException.class, () -> json.read(achieved, Roadmap.class));
    assertEquals("milestones[1].state", stated.path(), stated.getMessage());
    assertEquals("IN_PROGRESS, the state its history reaches", stated.expected());
  }

  @Test
  void theValidationReportExampleReads() {
    ValidationReport report =
        readAndWriteBack("### Validation report", ValidationReport.class);
    assertEquals("PB-2008-09", report.subjectId());
    assertEquals(1, report.findings().size());
    assertEquals(1, report.count(Severity.ERROR));
    assertTrue(report.hasErrors());
  }

  @Test
  void theProgressExampleReads() {
    ProgressReport progress = readAndWriteBack("### Progress", ProgressReport.class);
    assertEquals("PB-2008-09", progress.framework().id().toString());
    assertEquals(LocalDate.of(2010, 1, 1), progress.asOf());
    IndicatorProgress ind1 = progress.indicator(IndicatorId.of("IND-1")).orElseThrow();
    assertEquals("countries", ind1.indicator().unit().orElseThrow());
    // 45 against a target of 50: 0.9, within 0.15 of the target.
    assertEquals(new BigDecimal("0.9"), ind1.plan().ratio().orElseThrow());
    assertEquals(ProgressStatus.ON_TRACK, ind1.plan().status());
    assertEquals(Value.of(45), ind1.periods().get(0).actual().orElseThrow());
  }

  @Test
  void thePerformanceTableExampleReads() {
    PerformanceTable table = readAndWriteBack("### Performance table", PerformanceTable.class);
    DateRange biennium = DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
    assertEquals(List.of(biennium), table.columns());
    assertEquals(1, table.groups().size());
    PerformanceRow row = table.groups().get(0).rows().get(0);
    assertEquals(Value.of(30), row.baseline().orElseThrow());
    PeriodProgress period = Objects.requireNonNull(row.periods().get(biennium));
    assertEquals(ProgressStatus.ON_TRACK, period.status());
  }

  @Test
  void theStrategyExampleReads() {
    Strategy strategy = readAndWriteBack("### Strategy", Strategy.class);
    assertEquals(StrategyId.of("KNOWLEDGE"), strategy.id());
    assertEquals(MilestoneState.SUBMITTED_FOR_APPROVAL, strategy.milestones().get(0).state());
    assertEquals(FundingSource.RBSA, strategy.costs().get(0).source());
    assertEquals(0, new BigDecimal("2500000").compareTo(strategy.costs().get(0).amount()));
  }

  @Test
  void theLinkageMatrixExampleReads() {
    LinkageMatrix matrix = readAndWriteBack("### Linkage matrix", LinkageMatrix.class);
    StrategyId hr = StrategyId.of("HR");
    StrategyId knowledge = StrategyId.of("KNOWLEDGE");
    StrategyId gender = StrategyId.of("GENDER");
    assertEquals(2, matrix.coreStrategies().size());
    assertEquals(1, matrix.otherStrategies().size());
    assertEquals(1, matrix.cell(hr, knowledge).size());
    assertEquals(
        "Improve gender balance; measures against workplace harassment",
        matrix.cell(gender, hr).get(0).text());
  }
}
