package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * The outcome of validating one subject: its findings in a deterministic order ({@link
 * Finding#ORDER}: by location, then rule id, severity and message), their counts by severity and by
 * rule, and whether there is any error.
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator().validate(framework);
 * if (report.hasErrors()) {
 *   report.findings(Severity.ERROR).forEach(f -> System.out.println(f.location() + ": " + f.message()));
 * }
 * }</pre>
 *
 * <p>Built in time {@code O(n log n)} for {@code n} findings (they are sorted once). Immutable and
 * thread-safe.
 */
public final class ValidationReport {
  private final String subjectId;
  private final ImmutableList<Finding> findings;
  private final ImmutableMap<Severity, Integer> bySeverity;
  private final ImmutableSortedMap<RuleId, Integer> byRule;

  private ValidationReport(String subjectId, ImmutableList<Finding> findings) {
    this.subjectId = subjectId;
    this.findings = findings;
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, 0);
    }
    Map<RuleId, Integer> rules = new TreeMap<>();
    for (Finding f : findings) {
      severities.merge(f.severity(), 1, Integer::sum);
      rules.merge(f.ruleId(), 1, Integer::sum);
    }
    this.bySeverity = ImmutableMap.copyOf(severities);
    this.byRule = ImmutableSortedMap.copyOf(rules);
  }

  /**
   * Returns the report on a subject with the given findings, which it sorts in {@link
   * Finding#ORDER}. Reports are computed results: made by a {@link Validator} (and by rbm-json,
   * through {@code org.rbm.core.internal.RuleValues}), never by callers.
   *
   * @param subjectId the subject's id, such as {@code PB-2008-09}
   * @param findings the findings, all about that subject, in any order
   * @return the report
   * @throws InvalidValueException if the subject id is blank or a finding is about another subject
   */
  static ValidationReport of(String subjectId, Iterable<Finding> findings) {
    if (requireNonNull(subjectId, "subjectId").isBlank()) {
      throw new InvalidValueException("subjectId", subjectId, "a subject id that is not blank");
    }
    List<Finding> sorted = new ArrayList<>();
    int i = 0;
    for (Finding f : findings) {
      if (!f.subjectId().equals(subjectId)) {
        throw new InvalidValueException(
            "findings[" + i + "].subjectId", f.subjectId(), "the report's subject " + subjectId);
      }
      sorted.add(f);
      i++;
    }
    sorted.sort(Finding.ORDER);
    return new ValidationReport(subjectId, ImmutableList.copyOf(sorted));
  }

  /**
   * Returns the id of the subject validated.
   *
   * @return the subject's id, such as {@code PB-2008-09}
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns every finding, in {@link Finding#ORDER}.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in {@link Finding#ORDER}. Linear in the number of
   * findings.
   *
   * @param severity the severity
   * @return the findings with that severity
   */
  public ImmutableList<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of one rule, in {@link Finding#ORDER}. Linear in the number of findings.
   *
   * @param ruleId the rule's id
   * @return the findings of that rule
   */
  public ImmutableList<Finding> findings(RuleId ruleId) {
    requireNonNull(ruleId, "ruleId");
    return findings.stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of findings of each severity, every severity present (zero when none), from
   * {@link Severity#ERROR} to {@link Severity#INFO}.
   *
   * @return the counts by severity
   */
  public ImmutableMap<Severity, Integer> countsBySeverity() {
    return bySeverity;
  }

  /**
   * Returns the number of findings of each rule that found something, ordered by rule id.
   *
   * @return the counts by rule; rules without findings are absent
   */
  public ImmutableSortedMap<RuleId, Integer> countsByRule() {
    return byRule;
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity
   * @return the count, zero when none
   */
  public int count(Severity severity) {
    return requireNonNull(bySeverity.get(requireNonNull(severity, "severity")));
  }

  /**
   * Tells whether any finding is an error.
   *
   * @return whether {@code count(Severity.ERROR) > 0}
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Tells whether there is no finding at all.
   *
   * @return whether the findings are empty
   */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValidationReport that
        && that.subjectId.equals(subjectId)
        && that.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return subjectId.hashCode() * 31 + findings.hashCode();
  }

  /** Returns the subject and the counts, such as {@code PB-2008-09: 2 errors, 1 warning, 0 info}. */
  @Override
  public String toString() {
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    return subjectId + ": " + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO) + " info";
  }
}
