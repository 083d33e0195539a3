package org.rbm.core.cycle;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;

/**
 * One entry of a Programme and Budget's summary of Decent Work Country Programme priorities
 * (GB.300/PFA/9/1, paragraph 49): a country's (or region's) priority and the immediate outcomes of
 * the P&amp;B that serve it.
 *
 * <pre>{@code
 * DwcpPriority p = DwcpPriority.builder()
 *     .country("Indonesia")
 *     .priority("Youth employment")
 *     .addOutcome(ResultId.of("IO2a.1"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants checked when built: country and priority are not blank; at least one outcome.
 * Immutable and thread-safe.
 */
@Immutable
public abstract class DwcpPriority implements WithDwcpPriority {
  DwcpPriority() {}

  /**
   * Returns the country or region whose programme states the priority.
   *
   * @return the country, not blank
   */
  public abstract String country();

  /**
   * Returns the priority.
   *
   * @return the priority, not blank
   */
  public abstract String priority();

  /**
   * Returns the immediate outcomes of the Programme and Budget that serve the priority.
   *
   * @return the outcomes' ids, at least one, in the order given
   */
  public abstract ImmutableSet<ResultId> outcomes();

  @Check
  final void check() {
    if (country().isBlank()) {
      throw new InvalidValueException("country", country(), "a country that is not blank");
    }
    if (priority().isBlank()) {
      throw new InvalidValueException("priority", priority(), "a priority that is not blank");
    }
    if (outcomes().isEmpty()) {
      throw new InvalidValueException("outcomes", null, "at least one immediate outcome");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the country
   *     or the priority is missing, or an invariant is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DwcpPriority}. */
  public static final class Builder extends ImmutableDwcpPriority.Builder {
    Builder() {}
  }
}
