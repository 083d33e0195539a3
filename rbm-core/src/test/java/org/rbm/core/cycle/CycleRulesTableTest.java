package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rbm.core.rules.RuleTables;

/**
 * The tables of the programme cycle's rules in the README and in {@link CycleRules}' Javadoc say
 * what the rules' metadata says. When a rule changes, the failure prints the table to paste.
 */
class CycleRulesTableTest {
  private static final Path JAVADOC =
      Path.of("src", "main", "java", "org", "rbm", "core", "cycle", "CycleRules.java");

  @Test
  void theReadmeTableIsTheRulesMetadata() throws IOException {
    assertEquals(
        RuleTables.fromMetadata(CycleRules.ruleSet().rules()),
        RuleTables.fromReadme("### The programme cycle's rules"),
        "Paste this table into the README's section \"The programme cycle's rules\"");
  }

  @Test
  void theJavadocTableIsTheRulesMetadata() throws IOException {
    assertEquals(
        RuleTables.fromMetadata(CycleRules.ruleSet().rules()),
        RuleTables.fromJavadoc(JAVADOC),
        "The rows of CycleRules' Javadoc table, as Markdown");
  }
}
