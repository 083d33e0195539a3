package org.rbm.core.cycle;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Immutable;

/**
 * What {@link CycleRules} check: a Programme and Budget with the Strategic Policy Framework it
 * belongs to, the expenditure reported against it if any, and the date progress and spending are
 * judged on.
 *
 * <pre>{@code
 * ProgrammeCycle cycle = ProgrammeCycle.builder()
 *     .spf(spf)
 *     .programmeAndBudget(pb)
 *     .expenditure(expenditure2008)
 *     .asOf(LocalDate.of(2008, 12, 31))
 *     .build();
 * ValidationReport report = CycleRules.validator().validate(cycle);
 * }</pre>
 *
 * <p>The documents need not agree with each other: that is what the rules report. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class ProgrammeCycle implements WithProgrammeCycle {
  ProgrammeCycle() {}

  /**
   * Returns the SPF the P&amp;B belongs to.
   *
   * @return the SPF, with its amendments
   */
  public abstract StrategicPolicyFramework spf();

  /**
   * Returns the P&amp;B.
   *
   * @return the Programme and Budget
   */
  public abstract ProgrammeAndBudget programmeAndBudget();

  /**
   * Returns the expenditure reported against the P&amp;B, if any.
   *
   * @return the expenditure, or empty before any is reported
   */
  public abstract Optional<Expenditure> expenditure();

  /**
   * Returns the date progress is computed on and allocations to date are counted to; also the
   * date the SPF is taken as of when the P&amp;B has no adoption date.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link
   *     org.rbm.core.InvalidValueException} if an attribute is missing
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeCycle}. */
  public static final class Builder extends ImmutableProgrammeCycle.Builder {
    Builder() {}
  }
}
