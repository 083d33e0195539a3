package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import org.rbm.core.results.ResultsFramework;

/**
 * The activity elements the IATI 2.03 schema requires besides the results, which a results
 * framework does not hold: the identifier, the reporting organisation, a title and description, a
 * participating organisation and the status. (The activity dates, planned start and planned end,
 * are those of the framework's planning period.) Immutable and thread-safe.
 *
 * <pre>{@code
 * IatiHeader header = IatiHeader.of("XM-DAC-41302-PB-2008-09", "XM-DAC-41302", "40",
 *     "International Labour Organization", "Programme and Budget 2008-09");
 * }</pre>
 *
 * @param identifier the {@code iati-identifier}, such as {@code XM-DAC-41302-PB-2008-09}
 * @param reportingOrgRef the {@code reporting-org/@ref}, such as {@code XM-DAC-41302}
 * @param reportingOrgType the {@code reporting-org/@type} (IATI's OrganisationType), such as {@code
 *     40} (multilateral)
 * @param reportingOrgName the reporting organisation's name
 * @param title the activity's title
 * @param description the activity's description
 * @param participatingOrgRole the {@code participating-org/@role} of the reporting organisation
 *     (IATI's OrganisationRole), such as {@code 4} (implementing)
 * @param activityStatus the {@code activity-status/@code} (IATI's ActivityStatus), such as {@code
 *     2} (implementation)
 */
public record IatiHeader(
    String identifier,
    String reportingOrgRef,
    String reportingOrgType,
    String reportingOrgName,
    String title,
    String description,
    String participatingOrgRole,
    String activityStatus) {
  /**
   * Checks that no component is null.
   *
   * @param identifier the identifier
   * @param reportingOrgRef the reporting organisation's reference
   * @param reportingOrgType the reporting organisation's type
   * @param reportingOrgName the reporting organisation's name
   * @param title the title
   * @param description the description
   * @param participatingOrgRole the participating organisation's role
   * @param activityStatus the status
   */
  public IatiHeader {
    requireNonNull(identifier, "identifier");
    requireNonNull(reportingOrgRef, "reportingOrgRef");
    requireNonNull(reportingOrgType, "reportingOrgType");
    requireNonNull(reportingOrgName, "reportingOrgName");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(participatingOrgRole, "participatingOrgRole");
    requireNonNull(activityStatus, "activityStatus");
  }

  /**
   * Returns a header with the title as description, the reporting organisation as implementing
   * participant (role 4) and the status "implementation" (code 2).
   *
   * @param identifier the identifier
   * @param reportingOrgRef the reporting organisation's reference
   * @param reportingOrgType the reporting organisation's type code
   * @param reportingOrgName the reporting organisation's name
   * @param title the title
   * @return the header
   */
  public static IatiHeader of(
      String identifier,
      String reportingOrgRef,
      String reportingOrgType,
      String reportingOrgName,
      String title) {
    return new IatiHeader(
        identifier, reportingOrgRef, reportingOrgType, reportingOrgName, title, title, "4", "2");
  }

  /**
   * Returns the header that names a framework as {@link IatiReader} reads it back: the framework's
   * id as identifier, its owner as the reporting organisation's name, its title; the defaults of
   * {@link #of(String, String, String, String, String)} otherwise.
   *
   * @param framework the framework
   * @param reportingOrgRef the reporting organisation's reference, such as {@code XM-DAC-41302}
   * @param reportingOrgType the reporting organisation's type code, such as {@code 40}
   * @return the header
   */
  public static IatiHeader of(
      ResultsFramework framework, String reportingOrgRef, String reportingOrgType) {
    return of(framework.id().code(), reportingOrgRef, reportingOrgType, framework.owner(),
        framework.title());
  }
}
