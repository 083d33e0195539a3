package org.rbm.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Fuzz target of the IATI reader (Jazzer): an input is a document's bytes. The contract: the
 * lenient reader returns activities, and every framework it gives writes to a document the strict
 * reader (the official schema) accepts and reads back to the same results; or it throws an {@link
 * IatiException} with a line and column from 1 and a message of bounded length; never another
 * exception, and never more than five seconds per input. The strict reader keeps the same
 * contract.
 *
 * <p>In {@code mvn verify} the stored inputs under {@code src/test/resources/org/rbm/iati/
 * IatiReaderFuzzTestInputs/} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md).
 */
class IatiReaderFuzzTest {
  private static final int LONGEST_MESSAGE = 2_000;
  private static final long MOST_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "3m")
  void everyDocumentKeepsTheReadersContract(byte[] data) {
    long start = System.nanoTime();
    try {
      List<IatiImport> imports = IatiReader.lenient().readAll(data);
      for (IatiImport imported : imports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriteReport unused =
            IatiWriter.write(imported.framework(), IatiHeader.of(imported.framework(), "XX", "40"),
                out);
        IatiImport back = IatiReader.strict().readAll(out.toByteArray()).get(0);
        assertEquals(back.framework().results().size(),
            imported.framework().results().stream().filter(r -> !r.indicators().isEmpty()).count());
      }
    } catch (IatiException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
      assertTrue(e.getMessage().length() <= LONGEST_MESSAGE,
          () -> "a message of " + e.getMessage().length() + " characters");
    }
    try {
      int unused = IatiReader.strict().readAll(data).size();
    } catch (IatiException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
      assertTrue(e.getMessage().length() <= LONGEST_MESSAGE,
          () -> "a message of " + e.getMessage().length() + " characters");
    }
    long took = System.nanoTime() - start;
    assertTrue(took < MOST_NANOS, () -> "took " + took / 1_000_000 + " ms");
  }
}
