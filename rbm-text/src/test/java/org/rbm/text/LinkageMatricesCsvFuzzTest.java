package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.rbm.core.RbmException;
import org.rbm.core.strategies.LinkageMatrix;

/**
 * Fuzz target of the linkage matrix's CSV reader (Jazzer). The contract: the reader returns a
 * matrix whose CSV reads back to an equal matrix, or throws an {@link RbmException} with a message
 * of bounded length; never another exception, and never more than five seconds per input.
 *
 * <p>In {@code mvn verify} the stored inputs under {@code src/test/resources/org/rbm/text/
 * LinkageMatricesCsvFuzzTestInputs/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md).
 */
class LinkageMatricesCsvFuzzTest {
  /** A message may quote some of the input, never all of a huge one. */
  private static final int LONGEST_MESSAGE = 2_000;

  /** Far above the milliseconds an input takes, to stay clear of a loaded machine's pauses. */
  private static final long MOST_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "3m")
  void csvReaderKeepsItsContract(byte[] data) {
    String csv = new String(data, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try {
      LinkageMatrix matrix = LinkageMatrices.parseCsv(csv);
      String written = LinkageMatrices.render(matrix, TableFormat.CSV);
      assertEquals(matrix, LinkageMatrices.parseCsv(written), () -> "read back from " + written);
    } catch (RbmException e) {
      assertTrue(
          e.getMessage().length() <= LONGEST_MESSAGE,
          () -> "a message of " + e.getMessage().length() + " characters");
    }
    long took = System.nanoTime() - start;
    assertTrue(took < MOST_NANOS, () -> "took " + took / 1_000_000 + " ms");
  }
}
