package org.rbm.core.cycle;

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
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleInfo;

/**
 * The tables of the programme cycle's rules in the README and in {@link CycleRules}' Javadoc say
 * what the rules' metadata says. When a rule changes, the failure prints the table to paste.
 */
class CycleRulesTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path JAVADOC =
      Path.of("src", "main", "java", "org", "rbm", "core", "cycle", "CycleRules.java");

  private static List<List<String>> metadata() {
    List<List<String>> rows = new ArrayList<>();
    for (Rule<ProgrammeCycle> rule : CycleRules.ruleSet().rules()) {
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
    int section = readme.indexOf("### The programme cycle's rules\n");
    int start = readme.indexOf("| Id |", section);
    int end = readme.indexOf("\n\n", start);
    assertEquals(markdown(metadata()), readme.substring(start, end + 1),
        "Paste this table into the README's section \"The programme cycle's rules\"");
  }

  @Test
  void theJavadocTableIsTheRulesMetadata() throws IOException {
    String source = Files.readString(JAVADOC, StandardCharsets.UTF_8);
    String table = source.substring(source.indexOf("<table>"), source.indexOf("</table>"))
        .replaceAll("\n \\* ?", " ")
        .replaceAll("\\s+", " ")
        .replace("&amp;", "&");
    Matcher m = Pattern.compile(
        "<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>").matcher(table);
    List<List<String>> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(List.of(m.group(1).strip(), m.group(2).strip(), m.group(3).strip(),
          m.group(4).strip()));
    }
    assertEquals(markdown(metadata()), markdown(rows),
        "The rows of CycleRules' Javadoc table, as Markdown");
  }
}
