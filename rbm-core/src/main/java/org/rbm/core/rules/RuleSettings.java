package org.rbm.core.rules;

import java.math.BigDecimal;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * The settings of the standard rules that take one.
 *
 * <pre>{@code
 * RuleSettings strict = RuleSettings.builder()
 *     .disaggregationMustEqualTotal(true)
 *     .overTargetTolerancePercent(new BigDecimal("50"))
 *     .build();
 * RuleSet<ResultsFramework> rules = StandardRules.ruleSet(strict);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class RuleSettings implements WithRuleSettings {
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

  RuleSettings() {}

  /**
   * Tells whether the values of one breakdown must add up to exactly the total ({@link
   * StandardRules#BREAKDOWN_WITHIN_TOTAL}); by default they must not exceed it, since a breakdown may
   * leave categories out.
   *
   * @return whether the sum must equal the total; {@code false} by default
   */
  @Default
  public boolean disaggregationMustEqualTotal() {
    return false;
  }

  /**
   * Returns how far, in percent, an actual may exceed its target before {@link
   * StandardRules#ACTUAL_NOT_FAR_ABOVE_TARGET} flags it for review: 20 by default, as DHIS2-based
   * applications warn above 120% of the target.
   *
   * @return the tolerance in percent, at least 0
   */
  @Default
  public BigDecimal overTargetTolerancePercent() {
    return TWENTY;
  }

  @Check
  final void check() {
    CanonicalDecimals.canonical("overTargetTolerancePercent", overTargetTolerancePercent());
    if (overTargetTolerancePercent().signum() < 0) {
      throw new InvalidValueException(
          "overTargetTolerancePercent",
          overTargetTolerancePercent(),
          "a percentage at least 0");
    }
  }

  /**
   * Returns the default settings: breakdowns at most the total, a tolerance of 20%.
   *
   * @return the defaults
   */
  public static RuleSettings defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSettings}. */
  public static final class Builder extends ImmutableRuleSettings.Builder {
    Builder() {}
  }
}
