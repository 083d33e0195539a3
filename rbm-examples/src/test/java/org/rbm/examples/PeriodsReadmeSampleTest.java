package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.ReportingCalendar;

/** The sample of README.md's "Periods: quarters, months, fiscal years and project periods". */
class PeriodsReadmeSampleTest {
  private static final String HEADING =
      "### Periods: quarters, months, fiscal years and project periods";

  @Test
  void theSampleDoesWhatItsCommentsSay() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(HEADING);
    assertTrue(section >= 0, "README.md has the section " + HEADING);
    int start = readme.indexOf("```java\n", section) + 8;
    String block = readme.substring(start, readme.indexOf("```", start));

    DateRange q1 = DateRange.ofQuarter(2024, 1);
    DateRange h2 = DateRange.ofHalfYear(2024, 2);
    DateRange march = DateRange.of(YearMonth.of(2024, 3));
    DateRange project = DateRange.ofMonths(YearMonth.of(2024, 4), YearMonth.of(2027, 3));
    ReportingCalendar july = ReportingCalendar.startingIn(Month.JULY);
    ReportingCalendar april = ReportingCalendar.startingIn(Month.APRIL);

    assertEquals("2024-Q1", q1.label());
    assertEquals("2024-H2", h2.label());
    assertEquals("2024-M03", march.label());
    assertEquals("2024-04/2027-03", project.label());
    assertEquals("2008-01-01/2009-12-31", DateRange.parse("2008-09").toString());
    assertEquals(Optional.of(YearMonth.of(2024, 3)), march.toYearMonth());
    assertEquals("FY2024/25", july.label(july.fiscalYear(2024)));
    assertEquals("2025-01-01/2025-03-31", july.parse("FY2024/25-Q3").toString());
    assertEquals(12, april.periods(PeriodUnit.QUARTER, project).size());
    for (String line :
        new String[] {
          "DateRange q1 = DateRange.ofQuarter(2024, 1);                         // 2024-Q1",
          "DateRange h2 = DateRange.ofHalfYear(2024, 2);                        // 2024-H2",
          "DateRange march = DateRange.of(YearMonth.of(2024, 3));               // 2024-M03",
          "project.label();                                                     // \"2024-04/2027-03\"",
          "DateRange.parse(\"2008-09\");                                          // 2008-01-01/2009-12-31",
          "july.label(july.fiscalYear(2024));                                   // \"FY2024/25\"",
          "july.parse(\"FY2024/25-Q3\");                                          // 2025-01-01/2025-03-31",
          "april.periods(PeriodUnit.QUARTER, project).size();                   // 12: FY2024/25-Q1 .."
        }) {
      assertTrue(block.contains(line), () -> "the README's sample has " + line);
    }
  }
}
