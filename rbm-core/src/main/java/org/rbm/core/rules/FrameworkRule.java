package org.rbm.core.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.rbm.core.results.ResultsFramework;

/**
 * A rule about a results framework that looks at the framework piece by piece: the {@link
 * Validator} walks the framework once, in tree order, for all such rules together, and calls each
 * rule's hooks: {@link #checkFramework} once, {@link #checkResult} for each result, {@link
 * #checkIndicator} for each indicator. A hook sees one piece and its {@linkplain Location location};
 * it should cost time proportional to the size of that piece, so that validation stays linear in
 * the size of the framework.
 *
 * <p>A rule that checks one kind of piece is written in a few lines:
 *
 * <pre>{@code
 * static final MessageKey NO_DEFINITION =
 *     MessageKey.of("ACME-002.noDefinition", "Indicator {indicator} has no definition.");
 * FrameworkRule definitionGiven = FrameworkRule.forEachIndicator(
 *     RuleInfo.of("ACME-002", Severity.INFO, "Every indicator has a definition",
 *         "A definition says exactly what is counted", "ACME M&E guide"),
 *     (visit, out) -> {
 *       if (visit.indicator().definition().isEmpty()) {
 *         out.report(visit.location(), NO_DEFINITION, visit.indicator().id());
 *       }
 *     });
 * }</pre>
 *
 * <p>Subclasses override the hooks they need; the others do nothing. Immutable and thread-safe if
 * the subclass is.
 */
public abstract class FrameworkRule implements Rule<ResultsFramework> {
  private final RuleInfo info;

  /**
   * Creates the rule.
   *
   * @param info the rule's description
   */
  protected FrameworkRule(RuleInfo info) {
    this.info = requireNonNull(info, "info");
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  /**
   * Checks the framework alone, walking it for this rule only. A {@link Validator} does not call
   * this: it walks once for all its framework rules.
   *
   * @throws RuntimeException what a hook threw, after the walk reported the findings before it
   */
  @Override
  public final void check(ResultsFramework subject, ValidationContext context, Reporter reporter) {
    Walker<ResultsFramework> alone = new Walker<>(this, reporter);
    FrameworkWalk.INSTANCE.walk(subject, context, List.of(alone));
    RuntimeException failure = alone.failure();
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Returns the walk of results frameworks, which calls this rule's hooks.
   *
   * @return the framework walk
   */
  @Override
  public final Optional<Walk<ResultsFramework>> walk() {
    return Optional.of(FrameworkWalk.INSTANCE);
  }

  /**
   * Called once per framework, before any result.
   *
   * @param framework the framework
   * @param context what the validation knows besides the framework
   * @param reporter where to report findings
   */
  protected void checkFramework(
      ResultsFramework framework, ValidationContext context, Reporter reporter) {}

  /**
   * Called once for each result, in tree order (a parent before its children).
   *
   * @param visit the result, its location, children and contribution links
   * @param reporter where to report findings
   */
  protected void checkResult(ResultVisit visit, Reporter reporter) {}

  /**
   * Called once for each indicator, just after its result.
   *
   * @param visit the indicator, its result and its location
   * @param reporter where to report findings
   */
  protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {}

  /**
   * Returns a rule that checks each result with the given function.
   *
   * @param info the rule's description
   * @param check called for each result
   * @return the rule
   */
  public static FrameworkRule forEachResult(
      RuleInfo info, BiConsumer<ResultVisit, Reporter> check) {
    requireNonNull(check, "check");
    return new FrameworkRule(info) {
      @Override
      protected void checkResult(ResultVisit visit, Reporter reporter) {
        check.accept(visit, reporter);
      }
    };
  }

  /**
   * Returns a rule that checks each indicator with the given function.
   *
   * @param info the rule's description
   * @param check called for each indicator
   * @return the rule
   */
  public static FrameworkRule forEachIndicator(
      RuleInfo info, BiConsumer<IndicatorVisit, Reporter> check) {
    requireNonNull(check, "check");
    return new FrameworkRule(info) {
      @Override
      protected void checkIndicator(IndicatorVisit visit, Reporter reporter) {
        check.accept(visit, reporter);
      }
    };
  }

  /** Returns the rule's id. */
  @Override
  public String toString() {
    return info.id().toString();
  }
}
