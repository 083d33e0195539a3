package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A {@code period} of an indicator with its targets and actuals, dates kept as written. Immutable
 * and thread-safe.
 *
 * @param start the {@code period-start/@iso-date} (required by the schema), if given
 * @param end the {@code period-end/@iso-date} (required by the schema), if given
 * @param targets the targets, in order
 * @param actuals the actuals, in order
 */
public record IatiPeriod(
    Optional<String> start,
    Optional<String> end,
    ImmutableList<IatiValue> targets,
    ImmutableList<IatiValue> actuals) {
  /**
   * Checks and copies the components.
   *
   * @param start the start
   * @param end the end
   * @param targets the targets
   * @param actuals the actuals
   */
  public IatiPeriod {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    targets = ImmutableList.copyOf(targets);
    actuals = ImmutableList.copyOf(actuals);
  }
}
