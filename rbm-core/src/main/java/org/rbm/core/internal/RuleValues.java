package org.rbm.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;

/**
 * The route by which rbm-json (and the SDK's own packages) make the rules engine's computed
 * values, which have no public constructor or builder: findings and validation reports. Callers
 * of the SDK cannot reach it: this package is exported only to {@code org.rbm.json} and {@code
 * org.rbm.testkit}. It follows the JDK's {@code SharedSecrets} pattern: the implementation is a
 * package-private class of {@code org.rbm.core.rules}, registered by a static initialiser of
 * {@link Finding}, which {@link #get()} forces to run.
 */
public interface RuleValues {
  /**
   * Returns a finding from its parts, as a JSON reader finds them.
   *
   * @param ruleId the rule
   * @param severity the severity
   * @param subjectId the subject's id, not blank
   * @param location where, with its index path if any
   * @param messageKey the message key
   * @param arguments the arguments by name
   * @param message the English message
   * @return the finding
   * @throws org.rbm.core.InvalidValueException if a part is blank, or, for a key of the SDK's
   *     bundles, the arguments are not the ones its text uses or the message is not that text
   */
  Finding finding(
      RuleId ruleId,
      Severity severity,
      String subjectId,
      Location location,
      String messageKey,
      Map<String, String> arguments,
      String message);

  /**
   * Returns the report on a subject with the given findings, sorted in {@link Finding#ORDER}.
   *
   * @param subjectId the subject's id
   * @param findings its findings, in any order
   * @return the report
   * @throws org.rbm.core.InvalidValueException if the subject id is blank or a finding is about
   *     another subject
   */
  ValidationReport report(String subjectId, Iterable<Finding> findings);

  /**
   * Returns a message key of the SDK's bundles, for rules of other packages (the strategies'
   * criteria), with its declared argument names.
   *
   * @param key the key, such as {@code RBM-STR-003.noMilestone}
   * @param argumentNames the names its texts use
   * @return the key
   */
  MessageKey standardKey(String key, String... argumentNames);

  /**
   * Returns the implementation, initialising the rules package if needed.
   *
   * @return the implementation
   */
  static RuleValues get() {
    RuleValues values = Holder.values;
    if (values == null) {
      try {
        Class.forName(Finding.class.getName(), true, Finding.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      values = requireNonNull(Holder.values, "RuleValues not registered by Finding");
    }
    return values;
  }

  /**
   * Registers the implementation; called once, by the rules package.
   *
   * @param values the implementation
   */
  static void register(RuleValues values) {
    Holder.values = requireNonNull(values, "values");
  }

  /** Where the registered implementation is kept. */
  final class Holder {
    private static volatile @Nullable RuleValues values;

    private Holder() {}
  }
}
