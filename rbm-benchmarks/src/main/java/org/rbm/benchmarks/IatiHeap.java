package org.rbm.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rbm.iati.IatiReader;

/**
 * Shows that reading IATI keeps memory flat: generates documents of the sizes given in MB (by
 * default 10 and 200), reads each leniently, and prints the heap in use after a full GC every 500
 * activities and at the end. Run with a small heap to make the point: {@code java -Xmx64m
 * -cp ... org.rbm.benchmarks.IatiHeap 10 200} (see README.md, Performance).
 */
public final class IatiHeap {
  private IatiHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args sizes in MB
   * @throws IOException if a temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int perActivity = IatiDocuments.of(1).length - IatiDocuments.of(0).length;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    String[] sizes = args.length == 0 ? new String[] {"10", "200"} : args;
    for (String size : sizes) {
      long activities = Long.parseLong(size) * 1_000_000L / perActivity;
      Path file = Files.createTempFile("iati-", ".xml");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
          IatiDocuments.write(activities, out);
        }
        long[] read = {0};
        long[] peak = {0};
        IatiReader.lenient().read(file, i -> {
          if (++read[0] % 500 == 0) {
            System.gc();
            peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
          }
        });
        System.gc();
        System.out.printf(Locale.ROOT,
            "%,d bytes, %,d activities read: heap in use after GC at most %.1f MB during the read,"
                + " %.1f MB at the end (max heap %.0f MB)%n",
            Files.size(file), read[0], peak[0] / 1e6, memory.getHeapMemoryUsage().getUsed() / 1e6,
            memory.getHeapMemoryUsage().getMax() / 1e6);
      } finally {
        Files.delete(file);
      }
    }
  }
}
