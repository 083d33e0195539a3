package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;

/**
 * The tables of the standard rules in the README and in {@link StandardRules}' Javadoc say what
 * the rules' metadata ({@link RuleInfo}) says: id, default severity, what it checks, source. When
 * a rule changes, the failure prints the table to paste.
 */
class StandardRulesTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path JAVADOC =
      Path.of("src", "main", "java", "org", "rbm", "core", "rules", "StandardRules.java");

  /** Id, severity, checks, source of each standard rule, in the rule set's order. */
  private static List<List<String>> metadata() {
    List<List<String>> rows = new ArrayList<>();
    for (Rule<ResultsFramework> rule : StandardRules.ruleSet().rules()) {
      RuleInfo info = rule.info();
      rows.add(List.of(info.id().code(), info.defaultSeverity().name().toLowerCase(Locale.ROOT),
          info.description(), info.source()));
    }
    return rows;
  }

  private static String markdown(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("| Id | Severity | Checks | Source |\n|---|---|---|---|\n");
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  @Test
  void theReadmeTableIsTheRulesMetadata() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("### The standard rules\n");
    int start = readme.indexOf("| Id |", section);
    int end = readme.indexOf("\n\n", start);
    assertEquals(markdown(metadata()), readme.substring(start, end + 1),
        "Paste this table into the README's section \"The standard rules\"");
  }

  @Test
  void theJavadocTableIsTheRulesMetadata() throws IOException {
    String source = Files.readString(JAVADOC, StandardCharsets.UTF_8);
    String table = source.substring(source.indexOf("<table>"), source.indexOf("</table>"))
        .replaceAll("\n \\* ?", " ")
        .replaceAll("\\s+", " ");
    Matcher m = Pattern.compile(
        "<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>").matcher(table);
    List<List<String>> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(List.of(m.group(1).strip(), m.group(2).strip(), m.group(3).strip(),
          m.group(4).strip()));
    }
    assertEquals(markdown(metadata()), markdown(rows),
        "The rows of StandardRules' Javadoc table, as Markdown");
  }
}
