package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.PerformanceTableOptions;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.text.PerformanceTables;
import org.rbm.text.TableFormat;

/** The sample of README.md's "Performance tables in a chosen frequency". */
class FrequencyReadmeSampleTest {
  private static final String HEADING = "### Performance tables in a chosen frequency";

  private static String block(String readme, String language) {
    int section = readme.indexOf(HEADING);
    assertTrue(section >= 0, "README.md has the section " + HEADING);
    String fence = "```" + language + "\n";
    int start = readme.indexOf(fence, section) + fence.length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theSampleRunsAndPrintsWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    // The sample, as the README writes it.
    ProgressReport report =
        ProgressCalculator.of(ProgressSettings.defaults())
            .report(NgoLogframe.waterAndFarming(), LocalDate.of(2025, 1, 1));
    PerformanceTable yearly = report.table(
        PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR)); // quarters into years
    PerformanceTable y2025 = report.table(
        PerformanceTableOptions.defaults().withWindow(DateRange.ofYear(2025))); // 2025's columns only
    PerformanceTable totals = report.table(
        PerformanceTableOptions.defaults().withPlanTotalsOnly(true));       // the whole plan alone
    String text = PerformanceTables.render(yearly, TableFormat.PLAIN_TEXT);

    String java = block(readme, "java");
    for (String line :
        new String[] {
          "PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR)); // quarters into years",
          "PerformanceTableOptions.defaults().withWindow(DateRange.ofYear(2025))); // 2025's columns only",
          "PerformanceTableOptions.defaults().withPlanTotalsOnly(true));       // the whole plan alone",
          "String text = PerformanceTables.render(yearly, TableFormat.PLAIN_TEXT);"
        }) {
      assertTrue(java.contains(line), () -> "the README's sample has " + line);
    }
    assertEquals(java.lines().count(), 7, java);
    assertEquals(1, y2025.columns().size());
    assertEquals(DateRange.ofYear(2025), y2025.columns().get(0));
    assertTrue(totals.columns().isEmpty());
    // The README shows the table without its heading line; section 11 prints the same table.
    String shown = text.substring(text.indexOf("\n\n") + 2);
    assertEquals(shown, block(readme, "text"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrequencySection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
  }
}
