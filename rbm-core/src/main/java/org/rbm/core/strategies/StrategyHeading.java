package org.rbm.core.strategies;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;

/**
 * A strategy as a {@link LinkageMatrix} shows it: its id, the name printed in the row or column
 * heading, and whether it is a core management strategy (a column) or another strategy (a row
 * only).
 *
 * <pre>{@code
 * StrategyHeading hr = StrategyHeading.core(StrategyId.of("HR"), "Human resources");
 * StrategyHeading gender = StrategyHeading.other(StrategyId.of("GENDER"), "Gender equality");
 * }</pre>
 *
 * The name is one line of text, not blank, without spaces at either end. Immutable and
 * thread-safe.
 */
@Immutable(builder = false)
public abstract class StrategyHeading implements WithStrategyHeading {
  StrategyHeading() {}

  /**
   * Returns the strategy's id.
   *
   * @return the id
   */
  @Parameter
  public abstract StrategyId id();

  /**
   * Returns the name shown in the matrix, such as {@code Human resources}.
   *
   * @return the name
   */
  @Parameter
  public abstract String name();

  /**
   * Returns whether the strategy is a core management strategy.
   *
   * @return the kind
   */
  @Parameter
  public abstract StrategyKind kind();

  @Check
  final void check() {
    SingleLine.check("name", name());
  }

  /**
   * Returns a heading.
   *
   * @param id the strategy's id
   * @param name the name: one line, not blank, no spaces at either end
   * @param kind whether it is a core management strategy
   * @return the heading
   * @throws InvalidValueException if the name does not have that form
   */
  public static StrategyHeading of(StrategyId id, String name, StrategyKind kind) {
    return ImmutableStrategyHeading.of(id, name, kind);
  }

  /**
   * Returns the heading of a core management strategy.
   *
   * @param id the strategy's id, such as {@code HR}
   * @param name the name, such as {@code Human resources}
   * @return the heading
   * @throws InvalidValueException if the name is not one line of text, not blank, without spaces
   *     at either end
   */
  public static StrategyHeading core(StrategyId id, String name) {
    return of(id, name, StrategyKind.CORE_MANAGEMENT);
  }

  /**
   * Returns the heading of a strategy that is not a core management strategy.
   *
   * @param id the strategy's id, such as {@code GENDER}
   * @param name the name, such as {@code Gender equality}
   * @return the heading
   * @throws InvalidValueException if the name is not one line of text, not blank, without spaces
   *     at either end
   */
  public static StrategyHeading other(StrategyId id, String name) {
    return of(id, name, StrategyKind.OTHER);
  }

  /**
   * Tells whether this is a core management strategy.
   *
   * @return whether the kind is {@link StrategyKind#CORE_MANAGEMENT}
   */
  public final boolean isCore() {
    return kind() == StrategyKind.CORE_MANAGEMENT;
  }
}
