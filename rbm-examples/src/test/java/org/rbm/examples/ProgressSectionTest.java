package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSectionTest {
  private static String section(LocalDate asOf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressSection.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        IloFramework.programmeAndBudget2008(),
        asOf);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The cells of an indicator's row, column groups joined by " | ", cells by "/". */
  private static String row(String section, String indicator) {
    for (String line : section.lines().toList()) {
      if (line.strip().startsWith(indicator + " ")) {
        return line.strip().replaceAll(" *\\| ", " | ").replaceAll(" {2,}", "/");
      }
    }
    throw new AssertionError("no row for " + indicator + " in\n" + section);
  }

  @Test
  void printsThePerformanceTableOfTheExampleFramework() {
    String s = section(LocalDate.of(2009, 1, 1));
    assertTrue(s.startsWith("Performance of Programme and Budget 2008-09 (fragment) (PB-2008-09)"
        + " as of 2009-01-01; % met = actual / target\n"), s);
    // Columns: 2008, the biennium 2008-09 (only the qualitative indicator has it), 2009, the plan.
    // DWCPs, cumulative: 41 of 45 in 2008 is 91.1%, on track; the plan takes 2008, never a sum.
    assertEquals(
        "IND-2a.1-1/Member States with a finalized Decent W…/30"
            + " | 45/41/91.1%/on track | -/-/-/- | 60/-/-/not yet due | 60/45/41/91.1%/on track",
        row(s, "IND-2a.1-1"));
    // Ratifications, a flow: 34 of 30 in 2008 is 113.3%, achieved within the band; plan 30 + 30.
    assertEquals(
        "IND-1b.1-1/Ratifications of up-to-date Conventions/0"
            + " | 30/34/113.3%/achieved | -/-/-/- | 30/-/-/not yet due | 60/30/34/113.3%/achieved",
        row(s, "IND-1b.1-1"));
    // Share of DWCPs assessed: 40/88 = 45.45% against a target of 50%: 90.9%.
    assertEquals(
        "IND-2a.1-2/Share of DWCPs assessed by regional qua…/26/79 (32.9%)"
            + " | 50/40/88 (45.5%)/90.9%/on track | -/-/-/- | -/-/-/-"
            + " | 50/50/40/88 (45.5%)/90.9%/on track",
        row(s, "IND-2a.1-2"));
  }

  @Test
  void printsTheRollUpOfEveryResult() {
    String s = section(LocalDate.of(2009, 1, 1));
    // Child labour: 15 of 16 is 93.75%, on track; ratifications achieved.
    for (String line :
        List.of(
            "\nSO1 on track (2 indicators: 1 achieved, 1 on track)\n",
            "\n  OC1a on track (1 indicator: 1 on track)\n",
            "\n  OC1b achieved (1 indicator: 1 achieved)\n",
            "\n    IO1b.1 achieved (1 indicator: 1 achieved)\n",
            // Trainers: 380 of 400 is 95%, on track; the skills policy's biennium is still running.
            "\n    IO2b.1 on track (2 indicators: 1 on track, 1 not yet due)\n")) {
      assertTrue(s.contains(line), () -> "missing " + line.strip() + " in\n" + s);
    }
  }

  @Test
  void beforeAnyPeriodEndsEverythingIsNotYetDue() {
    String s = section(LocalDate.of(2008, 6, 30));
    assertTrue(s.contains("\nSO2 not yet due (4 indicators: 4 not yet due)\n"), s);
  }

  @Test
  void printsTheSexDisaggregatedView() {
    String s = section(LocalDate.of(2009, 1, 1));
    int at = s.indexOf("Progress by sex as of 2009-01-01\n\n");
    assertTrue(at >= 0, s);
    List<String> rows =
        s.substring(at).lines().skip(2).limit(4)
            .map(l -> l.strip().replaceAll(" {2,}", "/"))
            .toList();
    // Trainers in 2008: 380 of 400 is 95.0%; women 170 of 200 is 85.0% and 170/380 = 44.7% of
    // the trainers; men 210 of 200 is 105.0% and 210/380 = 55.3%.
    assertEquals(
        List.of(
            "Indicator/Period/sex/Target/Actual/% met/Share of total",
            "IND-2b.1-1/2008/Total/400/380/95.0%",
            "IND-2b.1-1/2008/female/200/170/85.0%/44.7%",
            "IND-2b.1-1/2008/male/200/210/105.0%/55.3%"),
        rows);
  }
}
