package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencySectionTest {
  @Test
  void showsTheQuartersOf2024SummedIntoOneYearlyColumnGroup() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrequencySection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    String all = String.join("\n", lines);
    // Column groups: 2024, 2025, the whole plan; no quarter of its own.
    assertTrue(lines.get(2).matches(" +\\| 2024 +\\| 2025 +\\| Whole plan"), all);
    // Farmers: 10 + 20 + 30 + 40 = 100 against 4 × 25 = 100 in 2024, rolled up (†); no 2025.
    String farmers = lines.get(5).strip().replaceAll(" *\\| ", " | ").replaceAll(" {2,}", "/");
    assertEquals(
        "OP1-1/Farmers trained/- | 100†/100†/100.0%/achieved | -/-/-/- | 100/100/100/100.0%/achieved",
        farmers);
    // Wells: 90 of 100 in 2024 (on track), 120 due in 2025; as given, unmarked.
    String wells = lines.get(6).strip().replaceAll(" *\\| ", " | ").replaceAll(" {2,}", "/");
    assertEquals(
        "OP1-2/Wells built/- | 100/90/90.0%/on track | 120/-/-/not yet due"
            + " | 220/100/90/90.0%/on track",
        wells);
    assertTrue(lines.get(8).startsWith("† rolled up from shorter periods"), all);
  }
}
