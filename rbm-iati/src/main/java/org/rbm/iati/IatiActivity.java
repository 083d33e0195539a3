package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The parts of an {@code iati-activity} this module reads: its identifier, the texts and dates
 * that name and place the results framework, and its results exactly as written. Immutable and
 * thread-safe.
 *
 * @param identifier the {@code iati-identifier}, trimmed (may be empty in a lenient import)
 * @param defaultLanguage the activity's {@code xml:lang}, if given
 * @param title the activity's title (no narrative if the file has none)
 * @param reportingOrgRef the {@code reporting-org/@ref}, if given
 * @param reportingOrgName the reporting organisation's narratives
 * @param activityDates the {@code activity-date/@iso-date}s, as written, in order
 * @param results the results, in order
 */
public record IatiActivity(
    String identifier,
    Optional<String> defaultLanguage,
    IatiText title,
    Optional<String> reportingOrgRef,
    IatiText reportingOrgName,
    ImmutableList<String> activityDates,
    ImmutableList<IatiResult> results) {
  /**
   * Checks and copies the components.
   *
   * @param identifier the identifier
   * @param defaultLanguage the default language
   * @param title the title
   * @param reportingOrgRef the reporting organisation's reference
   * @param reportingOrgName the reporting organisation's name
   * @param activityDates the activity dates
   * @param results the results
   */
  public IatiActivity {
    requireNonNull(identifier, "identifier");
    requireNonNull(defaultLanguage, "defaultLanguage");
    requireNonNull(title, "title");
    requireNonNull(reportingOrgRef, "reportingOrgRef");
    requireNonNull(reportingOrgName, "reportingOrgName");
    activityDates = ImmutableList.copyOf(activityDates);
    results = ImmutableList.copyOf(results);
  }
}
