package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * What a rule is, for people: its id, its default severity, a one-line description of what it
 * checks, the rationale (why it matters) and the source it comes from (the ILO paper, an IATI rule
 * number, a request from peers' users).
 *
 * <pre>{@code
 * RuleInfo info = RuleInfo.of(
 *     "ACME-001", Severity.WARNING,
 *     "Every outcome names a responsible unit",
 *     "Results without an owner are not followed up",
 *     "ACME programme manual, section 4");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class RuleInfo implements WithRuleInfo {
  RuleInfo() {}

  /**
   * Returns the stable id.
   *
   * @return the id, such as {@code RBM-IND-003}
   */
  public abstract RuleId id();

  /**
   * Returns the severity of the rule's findings unless a rule set overrides it.
   *
   * @return the default severity
   */
  public abstract Severity defaultSeverity();

  /**
   * Returns what the rule checks, in one line.
   *
   * @return the description, one line, not blank
   */
  public abstract String description();

  /**
   * Returns why the rule matters.
   *
   * @return the rationale, not blank
   */
  public abstract String rationale();

  /**
   * Returns where the rule comes from, such as {@code IATI 8.8.1} or {@code ILO GB.300/PFA/9/1}.
   *
   * @return the source, not blank
   */
  public abstract String source();

  @Check
  final void check() {
    if (description().isBlank() || description().indexOf('\n') >= 0) {
      throw new InvalidValueException(
          "description", description(), "one line that is not blank");
    }
    if (rationale().isBlank()) {
      throw new InvalidValueException("rationale", rationale(), "a rationale that is not blank");
    }
    if (source().isBlank()) {
      throw new InvalidValueException("source", source(), "a source that is not blank");
    }
  }

  /**
   * Returns the description of a rule.
   *
   * @param id the rule's id, such as {@code ACME-001}
   * @param defaultSeverity the severity of its findings unless overridden
   * @param description what it checks, in one line
   * @param rationale why it matters
   * @param source where it comes from
   * @return the rule's description
   * @throws InvalidValueException if the id is malformed, the description is blank or has several
   *     lines, or the rationale or the source is blank
   */
  public static RuleInfo of(
      String id, Severity defaultSeverity, String description, String rationale, String source) {
    requireNonNull(id, "id");
    requireNonNull(defaultSeverity, "defaultSeverity");
    requireNonNull(description, "description");
    requireNonNull(rationale, "rationale");
    requireNonNull(source, "source");
    return builder()
        .id(RuleId.of(id))
        .defaultSeverity(defaultSeverity)
        .description(description)
        .rationale(rationale)
        .source(source)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if an attribute
   *     is missing or invalid
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleInfo}. */
  public static final class Builder extends ImmutableRuleInfo.Builder {
    Builder() {}
  }
}
