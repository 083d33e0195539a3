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
            // Appended in three batches (2 + 2 + 1 events): proposed and adopted, proposed and
            // withdrawn, then the Conference's decision recorded without its proposal.
            "- SPF \"SPF-2006-09\" amendments, replayed from the stream's 5 events (state ADOPTED):",
            "  2007-10-12 none -> proposed: propose GB.300/PFA/9/1 (GOVERNING_BODY, 1 change),"
                + " by PROGRAM",
            "  2007-11-16 proposed -> adopted: adopt, by Governing Body",
            "  2008-03-01 adopted -> proposed: propose GB.301/PFA/2 (GOVERNING_BODY, 1 change),"
                + " by PROGRAM",
            "  2008-03-20 proposed -> withdrawn: withdraw: Left to the Programme and Budget"
                + " proposals for 2010-11, by PROGRAM",
            "  2008-06-10 withdrawn -> adopted: amend ILC.97/Declaration"
                + " (INTERNATIONAL_LABOUR_CONFERENCE, 1 change), by International Labour Conference",
            // Between the two adoptions: the GB's lesson only (the SPF was adopted without
            // lessons or vision); the withdrawn proposal leaves the 2009 target at 60, not 70.
            "- the SPF as of 2008-01-01: 1 amendment applied, 1 evaluation lesson, no vision,"
                + " IND-2a.1-1's 2009 target 60",
            "- the SPF as of 2008-06-10: 2 amendments applied, vision \"Decent work for all,"
                + " through social justice for a fair globalization\"",
            // The stream is at 5 after the three appends; a writer at 2 writes nothing.
            "- a writer that last saw version 2: streams[spf-amendments/\"SPF-2006-09\"].version:"
                + " got version 2 as last seen by the writer, expected version 5, the version the"
                + " stream is at; nothing was written",
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
