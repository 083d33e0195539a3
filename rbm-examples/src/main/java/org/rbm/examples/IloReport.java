package org.rbm.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rbm.core.results.ResultsFramework;

/**
 * The SDK's runnable example: a report on an ILO-style results framework and the ILO's 2007 RBM
 * roadmap, built with the SDK. Run it with {@code java -jar rbm-examples/target/rbm-examples.jar};
 * files it writes go to the folder that holds the jar ({@code rbm-examples/target/}).
 */
public final class IloReport {
  private IloReport() {}

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   * @throws IOException if a file under {@code target/} cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(out, outputDirectory());
  }

  /**
   * Prints the whole report and writes its files.
   *
   * @param out where to print
   * @param targetDir where to write files, created if missing
   * @throws IOException if a file cannot be written
   */
  static void print(PrintStream out, Path targetDir) throws IOException {
    Files.createDirectories(targetDir);
    ResultsFramework framework = IloFramework.programmeAndBudget2008();
    heading(out, "1. The results framework");
    FrameworkSection.print(out, framework);
    heading(out, "2. The framework as JSON");
    JsonSection.print(out, framework, targetDir);
    heading(out, "3. Progress as of 1 January 2009");
    ProgressSection.print(out, framework, LocalDate.of(2009, 1, 1));
    heading(out, "4. Quality rules: validating a flawed country programme");
    ValidationSection.print(out);
    heading(out, "5. The RBM roadmap of November 2007");
    RoadmapSection.print(out, targetDir);
    heading(out, "6. Strategies: the linkage matrix and the common criteria");
    StrategiesSection.print(out);
    heading(out, "7. The programme cycle: the implementation report on 2008-09");
    ImplementationReportSection.print(out, targetDir);
    heading(out, "8. Decent Work Country Programmes: the portfolio in 2007");
    DwcpSection.print(out);
    heading(out, "9. Evaluation follow-up as of 30 June 2008");
    EvaluationSection.print(out);
    heading(out, "10. The store: saved, reopened and queried");
    StoreSection.print(out, targetDir);
    heading(out, "11. An NGO logframe: a quarterly indicator in a yearly table");
    FrequencySection.print(out);
    heading(out, "12. IATI: the results of an IATI 2.03 activity file, imported leniently");
    IatiSection.print(out);
  }

  static void heading(PrintStream out, String title) {
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  /** The folder that holds the jar (or, when run from classes, the build folder). */
  private static Path outputDirectory() {
    try {
      Path location =
          Path.of(IloReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path parent = location.getParent();
      return parent != null ? parent : Path.of("target");
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("target");
    }
  }
}
