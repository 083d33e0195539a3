package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tables of the standard rules in the README and in {@link StandardRules}' Javadoc say what
 * the rules' metadata ({@link RuleInfo}) says: id, default severity, what it checks, source. When
 * a rule changes, the failure prints the table to paste.
 */
class StandardRulesTableTest {
  private static final Path JAVADOC =
      Path.of("src", "main", "java", "org", "rbm", "core", "rules", "StandardRules.java");

  @Test
  void theReadmeTableIsTheRulesMetadata() throws IOException {
    assertEquals(
        RuleTables.fromMetadata(StandardRules.ruleSet().rules()),
        RuleTables.fromReadme("### The standard rules"),
        "Paste this table into the README's section \"The standard rules\"");
  }

  @Test
  void theJavadocTableIsTheRulesMetadata() throws IOException {
    assertEquals(
        RuleTables.fromMetadata(StandardRules.ruleSet().rules()),
        RuleTables.fromJavadoc(JAVADOC),
        "The rows of StandardRules' Javadoc table, as Markdown");
  }
}
