package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Value;

/**
 * The progress of one category of a dimension in a reporting period, such as {@code sex=female}:
 * its target and actual (without location), its actual against its target when the target is
 * broken down too, and its share of the period's total actual otherwise as well.
 *
 * <p>For a period with a total target of 100 and actuals female 60 and male 45 (no target by sex),
 * female has no ratio and a share of 60 / 105 = 0.5714…; with targets female 50 and male 50, female
 * has a ratio of 60 / 50 = 1.2. The {@linkplain #ratio() ratio} is always the category's actual
 * divided by its target (percent of target, whatever the calculator's method: a category has no
 * baseline); the {@linkplain #share() share} is given only for an {@linkplain
 * org.rbm.core.indicators.Indicator#additive() additive} indicator. Quotients are divided in {@link
 * org.rbm.core.Decimals#CONTEXT}. Immutable and thread-safe.
 */
@Immutable
public abstract class CategoryProgress {
  CategoryProgress() {}

  /**
   * Returns the dimension, such as {@code sex}.
   *
   * @return the dimension
   */
  public abstract String dimension();

  /**
   * Returns the category, such as {@code female}.
   *
   * @return the category
   */
  public abstract String category();

  /**
   * Returns the category's target in the period.
   *
   * @return the target, if the period's targets are broken down by this category
   */
  public abstract Optional<Value> target();

  /**
   * Returns the category's actual in the period.
   *
   * @return the actual, if given for this category
   */
  public abstract Optional<Value> actual();

  /**
   * Returns the category's actual divided by its target: 1 when met exactly.
   *
   * @return the ratio, if the category has a quantitative target other than zero and an actual
   */
  public abstract Optional<BigDecimal> ratio();

  /**
   * Returns the category's actual divided by the period's total actual (given or derived), such
   * as 0.5714… for 60 of 105.
   *
   * @return the share, if the indicator is additive and the total actual is not zero
   */
  public abstract Optional<BigDecimal> share();

  @Check
  final void check() {
    if (dimension().isBlank() || category().isBlank()) {
      throw new InvalidValueException(
          "dimension", dimension() + "=" + category(), "a dimension and a category not blank");
    }
    Figures.check("ratio", ratio());
    Figures.check("share", share());
  }
}
