package org.rbm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.ValidationReport;
import org.rbm.iati.IatiImport;
import org.rbm.iati.IatiReader;
import org.rbm.iati.IatiRules;
import org.rbm.iati.ImportFinding;
import org.rbm.text.PerformanceTables;
import org.rbm.text.TableFormat;

/**
 * Imports {@code 24-results.xml}, the IATI 2.03 schema's test file of results (IATI Standard,
 * CC BY 4.0, see NOTICE), leniently: prints what the import had to guess, IATI's results rules on
 * the activity as written, and the imported framework's performance table.
 */
final class IatiSection {
  static final String FILE = "24-results.xml";

  private IatiSection() {}

  static byte[] file() {
    try (InputStream in = IatiSection.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void print(PrintStream out) {
    IatiImport imported = IatiReader.lenient().readAll(file()).get(0);
    ResultsFramework f = imported.framework();
    out.printf(Locale.ROOT, "Read %s: activity %s, %d results, %d indicators, %d import findings.%n",
        FILE, f.id(), f.results().size(), f.indicators().size(), imported.findings().size());
    Map<String, Integer> byCode = new TreeMap<>();
    for (ImportFinding g : imported.findings()) {
      byCode.merge(g.code(), 1, Integer::sum);
    }
    out.println("Import findings by kind:");
    byCode.forEach((code, n) -> out.printf(Locale.ROOT, "  %-24s %3d%n", code, n));
    out.println("The first of each kind:");
    for (String code : byCode.keySet()) {
      ImportFinding first = imported.findings().stream()
          .filter(g -> g.code().equals(code)).findFirst().orElseThrow();
      out.println("  " + first);
    }
    ValidationReport rules = IatiRules.validator().validate(imported.activity());
    out.println();
    out.printf(Locale.ROOT, "IATI's eleven results rules: %d finding(s).%n",
        rules.findings().size());
    for (Finding finding : rules.findings()) {
      out.println("  " + finding);
    }
    if (rules.isClean()) {
      out.println("  (the file writes measures as words, Unit and NDP: IATI's rules read codes 1 to"
          + " 5, so none applies; the import findings above report each word)");
    }
    out.println();
    out.println("Performance of the imported framework as of 1 January 2011:");
    ProgressReport report =
        ProgressCalculator.of(ProgressSettings.defaults()).report(f, LocalDate.of(2011, 1, 1));
    out.print(PerformanceTables.render(report.table(), TableFormat.PLAIN_TEXT));
  }
}
