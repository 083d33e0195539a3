package org.rbm.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables of rules as documentation shows them (Id, Severity, Checks, Source), read from a rule
 * set's metadata, from a README section and from a Javadoc {@code <table>}, each as the same
 * Markdown so that a test compares them and, on failure, prints the table to paste.
 */
public final class RuleTables {
  private static final Path README = Path.of("..", "README.md");

  private RuleTables() {}

  /**
   * Returns the Markdown table of the rules' metadata ({@link RuleInfo}), in the rules' order.
   *
   * @param rules the rules
   * @return the table, lines ending with {@code \n}
   */
  public static String fromMetadata(Iterable<? extends Rule<?>> rules) {
    List<List<String>> rows = new ArrayList<>();
    for (Rule<?> rule : rules) {
      RuleInfo info = rule.info();
      rows.add(List.of(info.id().code(), info.defaultSeverity().name().toLowerCase(Locale.ROOT),
          info.description(), info.source()));
    }
    return markdown(rows);
  }

  /**
   * Returns the first table after a heading of the README.
   *
   * @param heading the heading's line, such as {@code ### The standard rules}
   * @return the table, lines ending with {@code \n}
   * @throws IOException if the README cannot be read
   */
  public static String fromReadme(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf(heading + "\n");
    int start = readme.indexOf("| Id |", section);
    int end = readme.indexOf("\n\n", start);
    return readme.substring(start, end + 1);
  }

  /**
   * Returns the rows of the first {@code <table>} of a source file's Javadoc, as Markdown.
   *
   * @param source the source file, relative to the module
   * @return the table, lines ending with {@code \n}
   * @throws IOException if the file cannot be read
   */
  public static String fromJavadoc(Path source) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    String table = text.substring(text.indexOf("<table>"), text.indexOf("</table>"))
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
    return markdown(rows);
  }

  private static String markdown(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("| Id | Severity | Checks | Source |\n|---|---|---|---|\n");
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }
}
