package org.rbm.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.period.DateRange;

/**
 * An explicit assessment of one reporting period of a qualitative, nominal or ordinal indicator,
 * given instead of a ratio: a {@linkplain #grade() grade} (achieved, partly achieved, not achieved)
 * for a qualitative or nominal indicator, or the {@linkplain #levelReached() level reached} for an
 * ordinal one. It is input to the progress calculation, kept apart from the framework's data so that
 * a judgement is never mistaken for a measurement.
 *
 * <pre>{@code
 * PeriodAssessment policy = PeriodAssessment.of(
 *     IndicatorId.of("IND-2b.1-2"), DateRange.parse("2008-01-01/2009-12-31"),
 *     AssessmentGrade.PARTLY_ACHIEVED);
 * }</pre>
 *
 * <p>Exactly one of grade and level is present. Which one fits the indicator, and whether the
 * period exists, is checked by {@link ProgressCalculator}. Immutable and thread-safe.
 */
@Immutable
public abstract class PeriodAssessment implements WithPeriodAssessment {
  PeriodAssessment() {}

  /**
   * Returns the assessed indicator.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the assessed reporting period, one of the indicator's.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the grade, for a qualitative or nominal indicator.
   *
   * @return the grade; present exactly when there is no level
   */
  public abstract Optional<AssessmentGrade> grade();

  /**
   * Returns the level reached on the indicator's scale, for an ordinal indicator.
   *
   * @return the level; present exactly when there is no grade
   */
  public abstract Optional<BigDecimal> levelReached();

  /**
   * Returns a comment: the evidence behind the judgement.
   *
   * @return the comment, if any
   */
  public abstract Optional<String> comment();

  @Check
  final void check() {
    levelReached().ifPresent(level -> CanonicalDecimals.canonical("levelReached", level));
    if (grade().isPresent() == levelReached().isPresent()) {
      throw new InvalidValueException(
          "assessment.levelReached",
          levelReached().orElse(null),
          grade().isPresent() ? "no level with a grade" : "a grade or a level reached");
    }
  }

  /**
   * Returns the assessment of a qualitative or nominal indicator's period by a grade.
   *
   * @param indicator the indicator
   * @param period the period
   * @param grade the grade
   * @return the assessment
   */
  public static PeriodAssessment of(IndicatorId indicator, DateRange period, AssessmentGrade grade) {
    return builder().indicator(indicator).period(period).grade(grade).build();
  }

  /**
   * Returns the assessment of an ordinal indicator's period by the level reached.
   *
   * @param indicator the indicator
   * @param period the period
   * @param level the level reached on the indicator's scale
   * @return the assessment
   */
  public static PeriodAssessment ofLevel(IndicatorId indicator, DateRange period, BigDecimal level) {
    return builder().indicator(indicator).period(period).levelReached(level).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the
   *     indicator or the period is missing, not exactly one of grade and level is set, or the level
   *     has more than 20 decimal places or 30 integer digits
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodAssessment}. */
  public static final class Builder extends ImmutablePeriodAssessment.Builder {
    Builder() {}
  }
}
