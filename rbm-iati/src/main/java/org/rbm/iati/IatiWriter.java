package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultsFramework;
import org.rbm.iati.WriteReport.Omission;
import org.rbm.iati.internal.FrameworkMapping;
import org.rbm.iati.internal.FromFramework;
import org.rbm.iati.internal.ResultsXml;
import org.rbm.iati.internal.XmlOut;

/**
 * Writes a results framework as an IATI 2.03 {@code iati-activities} document of one activity,
 * valid against the official schema: the activity elements the schema requires come from an
 * {@link IatiHeader}, the planned start and end ({@code activity-date} types 1 and 3) from the
 * framework's planning period, the {@code result} elements from the framework.
 *
 * <pre>{@code
 * WriteReport report = IatiWriter.write(framework, header, out);
 * report.omissions().forEach(System.out::println);   // what IATI has no place for
 * }</pre>
 *
 * <p>What IATI has no place for (parents, assumptions, units, cumulative flags, contribution
 * links, reporting frequencies, a result without indicator, ...) or holds only in another form (a
 * fraction as its number) is listed in the returned {@link WriteReport}, never dropped silently.
 * Given an {@link IatiImport},
 * each result the framework still holds as imported is written exactly as it was read (every
 * narrative, reference, baseline, location and document link); a result changed since is written
 * from the framework, with an omission saying so. (A result kept as read is as valid as the file
 * it came from: after a lenient import of a document the schema refuses, it may be refused
 * again; read strictly to be sure.) Time linear in the size of the framework; the document is
 * UTF-8. Thread-safe (stateless).
 */
public final class IatiWriter {
  private IatiWriter() {}

  /**
   * Writes a framework.
   *
   * @param framework the framework
   * @param header the activity's required elements
   * @param out where the document goes; flushed, not closed
   * @return what IATI could not hold
   * @throws UncheckedIOException if the stream fails
   */
  public static WriteReport write(ResultsFramework framework, IatiHeader header, OutputStream out) {
    requireNonNull(framework, "framework");
    List<Omission> omissions = new ArrayList<>();
    FromFramework from = new FromFramework(omissions);
    from.frameworkParts(framework);
    List<IatiResult> results = new ArrayList<>();
    for (Result r : framework.results()) {
      if (writable(r, omissions)) {
        results.add(from.result(r));
      }
    }
    document(header, framework, results, out);
    return new WriteReport(com.google.common.collect.ImmutableList.copyOf(omissions));
  }

  /**
   * Writes an imported activity's framework, keeping what the import read for each result the
   * framework still holds unchanged.
   *
   * @param imported the import, possibly with a changed framework ({@link
   *     IatiImport#withFramework})
   * @param header the activity's required elements
   * @param out where the document goes; flushed, not closed
   * @return what IATI could not hold
   * @throws UncheckedIOException if the stream fails
   */
  public static WriteReport write(IatiImport imported, IatiHeader header, OutputStream out) {
    requireNonNull(imported, "imported");
    ResultsFramework framework = imported.framework();
    List<Omission> omissions = new ArrayList<>();
    FromFramework from = new FromFramework(omissions);
    from.frameworkParts(framework);
    List<IatiResult> results = new ArrayList<>();
    for (Result r : framework.results()) {
      if (!writable(r, omissions)) {
        continue;
      }
      Optional<IatiResult> original = original(imported.activity(), r);
      if (original.isPresent()) {
        results.add(original.get());
      } else {
        int before = omissions.size();
        results.add(from.result(r));
        if (r.id().code().matches("R\\d{1,9}")) {
          omissions.add(before, new Omission("/results/" + r.id(),
              "changed since the import: written from the framework; what only the IATI form"
                  + " held (other narratives, document links, further baselines, ...) is not"
                  + " written"));
        }
      }
    }
    document(header, framework, results, out);
    return new WriteReport(com.google.common.collect.ImmutableList.copyOf(omissions));
  }

  /** IATI requires an indicator in every result: one without is left out, and reported. */
  private static boolean writable(Result r, List<Omission> omissions) {
    if (r.indicators().isEmpty()) {
      omissions.add(new Omission("/results/" + r.id(),
          "the result \"" + r.title() + "\": IATI requires at least one indicator per result"));
      return false;
    }
    return true;
  }

  /** The imported result the framework's result still equals, if any. */
  private static Optional<IatiResult> original(IatiActivity activity, Result r) {
    String code = r.id().code();
    if (!code.matches("R\\d{1,9}")) {
      return Optional.empty();
    }
    int i = Integer.parseInt(code.substring(1));
    if (i < 1 || i > activity.results().size()) {
      return Optional.empty();
    }
    IatiResult candidate = activity.results().get(i - 1);
    Result mapped = new FrameworkMapping("", new java.util.HashMap<>(), new ArrayList<>())
        .result(candidate, i);
    return mapped.equals(r) ? Optional.of(candidate) : Optional.empty();
  }

  private static void document(
      IatiHeader h, ResultsFramework framework, List<IatiResult> results, OutputStream out) {
    requireNonNull(h, "header");
    requireNonNull(out, "out");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      XmlOut x = new XmlOut(w);
      x.declaration();
      x.start("iati-activities", "version", "2.03");
      x.start("iati-activity");
      x.start("iati-identifier");
      x.textAndEnd("iati-identifier", h.identifier());
      ResultsXml xml = new ResultsXml(x);
      x.start("reporting-org", "ref", h.reportingOrgRef(), "type", h.reportingOrgType());
      x.start("narrative");
      x.textAndEnd("narrative", h.reportingOrgName());
      x.end("reporting-org");
      xml.text("title", IatiText.of(h.title()));
      xml.text("description", IatiText.of(h.description()));
      x.start("participating-org", "ref", h.reportingOrgRef(), "role", h.participatingOrgRole());
      x.start("narrative");
      x.textAndEnd("narrative", h.reportingOrgName());
      x.end("participating-org");
      x.start("activity-status", "code", h.activityStatus());
      x.end("activity-status");
      // Planned start and planned end: the planning period, which the reader reads back from them.
      x.start("activity-date", "type", "1", "iso-date",
          LocalDate.of(framework.planningPeriod().firstYear(), 1, 1).toString());
      x.end("activity-date");
      x.start("activity-date", "type", "3", "iso-date",
          LocalDate.of(framework.planningPeriod().lastYear(), 12, 31).toString());
      x.end("activity-date");
      for (IatiResult r : results) {
        xml.result(r);
      }
      x.end("iati-activity");
      x.end("iati-activities");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
