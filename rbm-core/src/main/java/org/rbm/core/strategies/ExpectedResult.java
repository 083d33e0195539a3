package org.rbm.core.strategies;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.results.ResultId;

/**
 * A result a strategy expects to achieve: a result of the strategy's {@linkplain
 * Strategy#framework() results framework}, the level the strategy calls it by, and the milestones
 * of the strategy that mark the way to it.
 *
 * <pre>{@code
 * ExpectedResult er = ExpectedResult.builder()
 *     .result(ResultId.of("IO2a.1"))
 *     .level("immediate outcome")
 *     .addMilestone(MilestoneId.of("2"))
 *     .build();
 * }</pre>
 *
 * <p>Whether the result exists in the framework, and whether its level there is the one given, is
 * for the criteria to report (they see the framework), not for construction. Immutable and
 * thread-safe.
 */
@Immutable
public abstract class ExpectedResult implements WithExpectedResult {
  ExpectedResult() {}

  /**
   * Returns the result, in the strategy's framework.
   *
   * @return the result's id
   */
  public abstract ResultId result();

  /**
   * Returns the level the strategy gives the result, such as {@code immediate outcome}: the term
   * should be the framework's own.
   *
   * @return the level, if the strategy states one
   */
  public abstract Optional<String> level();

  /**
   * Returns the milestones of the strategy that mark the way to this result.
   *
   * @return the milestones' ids, in the order given, without duplicates
   */
  public abstract ImmutableList<MilestoneId> milestones();

  @Check
  final void check() {
    level().ifPresent(l -> {
      if (l.isBlank()) {
        throw new InvalidValueException("level", l, "a level name that is not blank");
      }
    });
    Set<MilestoneId> seen = new HashSet<>();
    for (int i = 0; i < milestones().size(); i++) {
      if (!seen.add(milestones().get(i))) {
        throw new InvalidValueException(
            "milestones[" + i + "]", milestones().get(i), "a milestone not given before");
      }
    }
  }

  /**
   * Returns an expected result with no level stated and no milestone.
   *
   * @param result the result's id
   * @return the expected result
   */
  public static ExpectedResult of(ResultId result) {
    return builder().result(result).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the result
   *     is missing, the level is blank or a milestone is repeated
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpectedResult}. */
  public static final class Builder extends ImmutableExpectedResult.Builder {
    Builder() {}
  }
}
