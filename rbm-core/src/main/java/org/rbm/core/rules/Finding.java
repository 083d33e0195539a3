package org.rbm.core.rules;

import java.util.Comparator;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * One problem a rule found in a subject: which rule, how serious, in which subject and where, and a
 * message a programme officer understands.
 *
 * <pre>{@code
 * Finding f = Finding.of(
 *     RuleId.of("RBM-IND-004"), Severity.ERROR, "PB-2008-09",
 *     Location.parse("/results/SO2/OC2.1/indicators/IND-7/targets/2011"),
 *     "The target for 2011 lies outside the planning period 2008-09.");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class Finding implements WithFinding {
  /**
   * The order of findings in a {@link ValidationReport}: by subject, location, rule id, severity,
   * then message. It depends on nothing but the findings, so reports compare and print the same
   * whatever the order the rules ran in.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::subjectId)
          .thenComparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::message);

  Finding() {}

  /**
   * Returns the id of the rule that found the problem.
   *
   * @return the rule id, such as {@code RBM-IND-004}
   */
  public abstract RuleId ruleId();

  /**
   * Returns the severity, the rule's default unless the rule set overrode it.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the id of the subject, such as the framework id {@code PB-2008-09}.
   *
   * @return the subject's id, not blank
   */
  public abstract String subjectId();

  /**
   * Returns where in the subject the problem lies.
   *
   * @return the location, such as {@code /results/SO2/OC2.1/indicators/IND-7}
   */
  public abstract Location location();

  /**
   * Returns the message, for a programme officer.
   *
   * @return the message, not blank
   */
  public abstract String message();

  @Check
  final void check() {
    if (subjectId().isBlank()) {
      throw new InvalidValueException("subjectId", subjectId(), "a subject id that is not blank");
    }
    if (message().isBlank()) {
      throw new InvalidValueException("message", message(), "a message that is not blank");
    }
  }

  /**
   * Returns a finding.
   *
   * @param ruleId the rule that found it
   * @param severity how serious it is
   * @param subjectId the subject's id, not blank
   * @param location where it lies
   * @param message what is wrong, not blank
   * @return the finding
   * @throws InvalidValueException if the subject id or the message is blank
   */
  public static Finding of(
      RuleId ruleId, Severity severity, String subjectId, Location location, String message) {
    return builder()
        .ruleId(ruleId)
        .severity(severity)
        .subjectId(subjectId)
        .location(location)
        .message(message)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if an attribute
   *     is missing or blank
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /** Returns {@code SEVERITY RULE-ID subject location: message}, for logs. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " " + subjectId() + " " + location() + ": " + message();
  }
}
