package org.rbm.core.strategies;

import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/**
 * Identifies a strategy, such as {@code HR} for the human resources strategy or {@code GENDER} for
 * the gender equality action plan. Immutable and thread-safe; see {@link Identifier} for the form.
 */
public final class StrategyId extends Identifier {
  private StrategyId(String code) {
    super("strategy id", code);
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code the code, such as {@code HR}
   * @return the identifier
   * @throws InvalidValueException if the code does not have the form of {@link Identifier}
   */
  public static StrategyId of(String code) {
    return new StrategyId(code);
  }

  /**
   * Reads an identifier from its {@link #toString()} form.
   *
   * @param text the code
   * @return the identifier
   * @throws RbmParseException if the text is not a valid code
   */
  public static StrategyId parse(CharSequence text) {
    try {
      return of(text.toString());
    } catch (InvalidValueException e) {
      throw new RbmParseException("strategy id", text, e);
    }
  }
}
