package org.rbm.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API of every published module is listed in {@code api/<module>.txt} at the
 * repository's root, so that a change to the API shows in review as a diff of that file. This test
 * fails, printing the difference, when the code and the listing differ. To regenerate the listing
 * after a deliberate change, from the repository's root:
 *
 * <pre>
 * mvn -B -ntp verify -pl rbm-examples -am -Drbm.api.write=true -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class PublicApiTest {
  private static final String REGENERATE =
      "mvn -B -ntp verify -pl rbm-examples -am -Drbm.api.write=true -Dtest=PublicApiTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false";

  private static String moduleName(String artifact) {
    return "org.rbm." + artifact.substring("rbm-".length());
  }

  @Test
  void listingInTheRepositoryMatchesTheCode() throws IOException {
    boolean write = Boolean.getBoolean("rbm.api.write");
    List<String> differences = new ArrayList<>();
    for (String module : Repository.PUBLISHED_MODULES) {
      Path file = Repository.root().resolve("api").resolve(module + ".txt");
      String actual = ApiListing.of(moduleName(module));
      if (write) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, UTF_8);
        continue;
      }
      String listed = Files.isRegularFile(file) ? Files.readString(file, UTF_8) : "";
      if (!listed.equals(actual)) {
        differences.add("--- " + file + " (listed)\n+++ the code\n" + LineDiff.of(listed, actual));
      }
    }
    assertTrue(
        differences.isEmpty(),
        () -> "The public API differs from its listing. If the change is meant, regenerate the"
            + " listing with\n  " + REGENERATE + "\nand commit api/*.txt.\n"
            + String.join("\n", differences));
  }

  @Test
  void listsPublicMembersWithGenericSignaturesAndNothingInternal() throws IOException {
    String core = ApiListing.of("org.rbm.core");
    // Worked out from PlanningPeriod.java and Result.java by hand.
    assertTrue(core.contains(
        "\npublic final class org.rbm.core.period.PlanningPeriod"
            + " implements java.lang.Comparable<org.rbm.core.period.PlanningPeriod>\n"), core);
    assertTrue(core.contains(
        "\n  public static org.rbm.core.period.PlanningPeriod parse(java.lang.CharSequence)\n"), core);
    assertTrue(core.contains("\npublic static final class org.rbm.core.results.Result$Builder\n"));
    // A setter the public builder inherits from the generated, package-private one.
    assertTrue(core.contains(
        "\n  public final org.rbm.core.results.Result$Builder id(org.rbm.core.results.ResultId)\n"),
        core);
    assertFalse(core.contains("org.rbm.core.results.Immutable"), "generated classes are not API");
    assertFalse(core.contains("package org.rbm.core.internal"), "internal is not exported");
    assertFalse(core.contains(" private "));
  }

  @Test
  void diffShowsRemovedAndAddedLines() {
    assertEquals(
        "  a\n- b\n+ B\n  c\n",
        LineDiff.of("a\nb\nc\n", "a\nB\nc\n"));
    assertEquals("", LineDiff.of("same\n", "same\n"));
  }
}
