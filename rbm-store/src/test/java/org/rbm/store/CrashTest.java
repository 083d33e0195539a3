package org.rbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneState;

/**
 * A JVM killed in the middle of its writes: a child process appends batches of events to a stream
 * in an H2 file and reports each commit; it is stopped with {@code destroyForcibly} while it
 * writes. The store reopens consistent: every committed batch is there, no partial one.
 */
class CrashTest {
  static final int BATCH = 10;

  @TempDir Path dir;

  @Test
  void aKilledWriterLeavesEveryCommittedBatchAndNoPartialOne() throws Exception {
    Path file = dir.resolve("crash");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    long committed = -1;
    List<String> seen = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
          if (committed >= 20 * BATCH) {
            break;
          }
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    }
    assertTrue(committed >= 20 * BATCH, "the child wrote: " + seen);
    try (RbmStore store = RbmStore.open(file)) {
      StoredStream<Milestone> s = store.streams().read(StreamKind.MILESTONES, "M").orElseThrow();
      assertTrue(s.version() >= committed, s.version() + " events, " + committed + " committed");
      assertEquals(0, s.version() % BATCH, "whole batches only: " + s.version());
      assertEquals(s.version(), s.value().history().size());
      // Cancel and reopen alternate from PLANNED: an even count ends in PLANNED.
      assertEquals(MilestoneState.PLANNED, s.value().state());
    }
  }

  /** The child: appends batches until it is killed, printing the version after each commit. */
  static final class Writer {
    private Writer() {}

    public static void main(String[] args) {
      try (RbmStore store = RbmStore.open(Path.of(args[0]))) {
        StoredStream<Milestone> s = store.streams().create(
            StreamKind.MILESTONES, "M", StoreContractTest.milestone("1", "Plan"), "writer");
        while (true) {
          List<StreamEvent<MilestoneEvent>> batch = new ArrayList<>();
          for (int i = 0; i < BATCH; i++) {
            batch.add(StreamEvent.of(i % 2 == 0 ? new MilestoneEvent.Cancel()
                : new MilestoneEvent.Reopen(), StoreContractTest.DAY, "writer"));
          }
          s = store.streams().append(StreamKind.MILESTONES, "M", s.version(), batch);
          System.out.println("committed " + s.version());
        }
      }
    }
  }
}
