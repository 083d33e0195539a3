package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.rbm.core.results.ResultsFramework;

/**
 * One activity read from an IATI file: its results as IATI states them ({@link #activity()},
 * nothing lost), the results framework they map to ({@link #framework()}), and what the mapping
 * had to guess or could not carry ({@link #findings()}). Give the whole import to {@link
 * IatiWriter#write(IatiImport, IatiHeader, java.io.OutputStream)} to write the activity's results
 * back as they were, except where the framework was changed since. Immutable and thread-safe.
 *
 * @param activity the results as the file states them
 * @param framework the results framework
 * @param findings the import findings, in document order
 */
public record IatiImport(
    IatiActivity activity, ResultsFramework framework, ImmutableList<ImportFinding> findings) {
  /**
   * Checks and copies the components.
   *
   * @param activity the activity
   * @param framework the framework
   * @param findings the findings
   */
  public IatiImport {
    requireNonNull(activity, "activity");
    requireNonNull(framework, "framework");
    findings = ImmutableList.copyOf(findings);
  }

  /**
   * Returns a copy with another framework, such as the imported one after an edit.
   *
   * @param changed the framework
   * @return the import with that framework
   */
  public IatiImport withFramework(ResultsFramework changed) {
    return new IatiImport(activity, changed, findings);
  }
}
