package org.rbm.core.cycle;

import java.math.BigDecimal;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.CanonicalDecimals;

/**
 * The thresholds of the budgeting-by-results rules of {@link CycleRules}, in percent.
 *
 * <pre>{@code
 * CycleRuleSettings strict = CycleRuleSettings.builder()
 *     .underspendingPercent(new BigDecimal("60"))
 *     .priorityFundingPercent(new BigDecimal("3"))
 *     .build();
 * RuleSet<ProgrammeCycle> rules = CycleRules.ruleSet(strict);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class CycleRuleSettings implements WithCycleRuleSettings {
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal ONE_HUNDRED_FIFTY = BigDecimal.valueOf(150);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  CycleRuleSettings() {}

  /**
   * Returns the share of its allocation to date below which an outcome behind target has spent
   * "far less" ({@link CycleRules#MONEY_NOT_THE_CAUSE}): 50 by default. Spending of exactly this
   * share is not reported.
   *
   * @return the percentage, from 0 to 100
   */
  @Default
  public BigDecimal underspendingPercent() {
    return FIFTY;
  }

  /**
   * Returns the share of its allocation to date above which an outcome behind target has spent
   * "far more" ({@link CycleRules#MONEY_NOT_THE_CURE}): 150 by default. Spending of exactly this
   * share is not reported.
   *
   * @return the percentage, at least 100
   */
  @Default
  public BigDecimal overspendingPercent() {
    return ONE_HUNDRED_FIFTY;
  }

  /**
   * Returns the share of the P&amp;B's total below which an outcome that DWCP priorities ask for is
   * underfunded ({@link CycleRules#PRIORITIES_FUNDED}): 5 by default. A share of exactly this
   * percentage is not reported.
   *
   * @return the percentage, from 0 to 100
   */
  @Default
  public BigDecimal priorityFundingPercent() {
    return FIVE;
  }

  @Check
  final void check() {
    percent("underspendingPercent", underspendingPercent(), BigDecimal.ZERO, ONE_HUNDRED);
    percent("overspendingPercent", overspendingPercent(), ONE_HUNDRED, null);
    percent("priorityFundingPercent", priorityFundingPercent(), BigDecimal.ZERO, ONE_HUNDRED);
  }

  private static void percent(
      String field, BigDecimal value, BigDecimal min, @org.jspecify.annotations.Nullable BigDecimal max) {
    CanonicalDecimals.canonical(field, value);
    if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
      throw new InvalidValueException(
          field, value, "a percentage from " + min + (max == null ? " up" : " to " + max));
    }
  }

  /**
   * Returns the defaults: 50% and 150% of the allocation to date, 5% of the P&amp;B's total.
   *
   * @return the defaults
   */
  public static CycleRuleSettings defaults() {
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

  /** Builds {@link CycleRuleSettings}. */
  public static final class Builder extends ImmutableCycleRuleSettings.Builder {
    Builder() {}
  }
}
