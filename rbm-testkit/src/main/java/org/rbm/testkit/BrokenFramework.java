package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;

/**
 * A framework that breaks one standard quality rule at one place, as {@link
 * BrokenFrameworks#breaking} generates it: a valid framework after one targeted mutation, the rule
 * it breaks, and where that rule's finding must be.
 *
 * <pre>{@code
 * qt().forAll(BrokenFrameworks.breaking(StandardRules.TARGET_GIVEN)).checkAssert(b -> {
 *   ValidationReport report = StandardRules.validator().validate(b.framework());
 *   assertTrue(report.findings(b.rule()).stream()
 *       .anyMatch(f -> f.location().withoutIndexPath().equals(b.location())));
 * });
 * }</pre>
 *
 * @param framework the broken framework
 * @param rule the standard rule it breaks
 * @param location where that rule's finding lies, by ids only (the finding's location also has
 *     its index path), such as {@code /results/SO1/OC1.1/IO1.1.1}
 */
public record BrokenFramework(ResultsFramework framework, RuleId rule, Location location) {
  /**
   * Checks the parts.
   *
   * @param framework the broken framework
   * @param rule the rule it breaks
   * @param location where the finding lies
   */
  public BrokenFramework {
    requireNonNull(framework, "framework");
    requireNonNull(rule, "rule");
    requireNonNull(location, "location");
  }

  /** Returns the rule and the location, then the framework, for QuickTheories' reports. */
  @Override
  public String toString() {
    return rule + " at " + location + " in " + framework;
  }
}
