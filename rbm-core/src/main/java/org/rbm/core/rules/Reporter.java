package org.rbm.core.rules;

/**
 * Where a rule reports what it finds. The {@link Validator} gives each rule its own reporter, which
 * adds the rule's id, its effective severity and the subject's id to each finding: a rule only says
 * where and what.
 *
 * <pre>{@code
 * reporter.report(Location.of("results", "SO1"), "SO1 has no outcome below it.");
 * }</pre>
 */
@FunctionalInterface
public interface Reporter {
  /**
   * Reports one finding.
   *
   * @param location where in the subject, such as {@code /results/SO2/OC2.1}
   * @param message what is wrong, for a programme officer, not blank
   * @throws org.rbm.core.InvalidValueException if the message is blank
   */
  void report(Location location, String message);
}
