package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store section: saved, reopened, and the figures worked out by hand. */
class StoreSectionTest {
  @TempDir Path dir;

  @Test
  void savesReopensAndPrintsTheFiguresFromTheStore() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StoreSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(Files.isRegularFile(dir.resolve("rbm-store.mv.db")));
    assertEquals(
        String.join("\n",
            "Saved in the embedded database rbm-store.mv.db, then reopened:",
            "- framework \"P&B-2008-09\": version 1, saved 2008-01-07T09:00:00Z by PROGRAM",
            // The paper's roadmap saved 12 October, the revised one 16 November 2007.
            "- roadmap \"RBM roadmap\": versions 2; the version current on 2007-11-01 is version 1",
            // Proposed, then approved and started: two events.
            "- milestone 17, replayed from its 2 events: IN_PROGRESS",
            "",
            "Follow-up of evaluation IEE-2007-04 (section 9) on 2008-06-30, computed in SQL:",
            // R4 has no response since the report of 2007-09-30: 274 days, more than 60.
            "- recommendations without a response after 60 days: 1",
            // R1.2, due 31 March and started: 30 + 31 + 30 = 91 days (April to June) overdue.
            "- overdue: R1/R1.2, IN_PROGRESS, 91 days after 2008-03-31",
            // R1.1 completed, R1.2 due and open, R2.1 not yet due: 1 of 2.
            "- implementation rate: 1 of 2 counted actions completed (0.5)",
            "- by region: [ASIA_AND_THE_PACIFIC]",
            ""),
        text.replace(System.lineSeparator(), "\n"));
  }
}
