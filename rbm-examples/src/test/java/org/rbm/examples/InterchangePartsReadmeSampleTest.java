package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.ExternalReference;
import org.rbm.core.results.FrameworkId;

/** The sample of README.md's "What interchange standards add". */
class InterchangePartsReadmeSampleTest {
  private static final String HEADING =
      "### What interchange standards add: references, several baselines, aggregation";

  @Test
  void theSampleDoesWhatItsCommentsSay() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertTrue(section >= 0, "README.md has the section " + HEADING);
    int start = readme.indexOf("```java\n", section) + 8;
    String block = readme.substring(start, readme.indexOf("```", start));

    Indicator jobs = Indicator.builder()
        .id(IndicatorId.of("IND-2")).title("Jobs created").measure(Measure.COUNT)
        .suitableForAggregation(true)
        .addExternalReference(ExternalReference.of("99", "B1")
            .withIndicatorUri("https://example.org/indicators.html"))
        .addBaseline(Baseline.builder().value(Value.of(12)).year(2012).addLocations("AF-KAN")
            .build())
        .addBaseline(Baseline.of(Value.of(40), LocalDate.of(2012, 6, 30)))
        .build();
    assertEquals(Optional.of(Value.of(40)), jobs.baseline().orElseThrow().value());
    assertEquals(Optional.of(LocalDate.of(2012, 6, 30)), jobs.baseline().orElseThrow().date());
    assertEquals(2, jobs.baselines().size());
    assertEquals(Optional.of(true), jobs.suitableForAggregation());
    assertEquals("GB-COH-123456/ABC 7", FrameworkId.of("GB-COH-123456/ABC 7").code());
    for (String line : new String[] {
        "    .suitableForAggregation(true)                              // IATI's aggregation-status",
        "    .addBaseline(Baseline.builder().value(Value.of(12)).year(2012).addLocations(\"AF-KAN\").build())",
        "    .addBaseline(Baseline.of(Value.of(40), LocalDate.of(2012, 6, 30)))",
        "jobs.baseline();          // the 40 of 2012-06-30: the first for the total and everywhere",
        "jobs.baselines().size();  // 2",
        "FrameworkId.of(\"GB-COH-123456/ABC 7\");  // any IATI activity identifier, up to 200"}) {
      assertTrue(block.contains(line), () -> "the README's sample has " + line);
    }
  }
}
