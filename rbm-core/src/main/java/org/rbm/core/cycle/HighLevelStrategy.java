package org.rbm.core.cycle;

import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.strategies.StrategyId;

/**
 * A high-level strategy of a Strategic Policy Framework (GB.300/PFA/9/1, paragraph 42), such as the
 * knowledge strategy, named by the id it has in {@code org.rbm.core.strategies}, with the SPF's
 * text about it.
 *
 * <pre>{@code
 * HighLevelStrategy knowledge = HighLevelStrategy.builder()
 *     .id(StrategyId.of("KNOWLEDGE"))
 *     .title("Knowledge strategy")
 *     .text("Results-based knowledge sharing and research, 2010-15")
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable
public abstract class HighLevelStrategy implements WithHighLevelStrategy {
  HighLevelStrategy() {}

  /**
   * Returns the strategy's id, unique within the SPF.
   *
   * @return the id, such as {@code KNOWLEDGE}
   */
  public abstract StrategyId id();

  /**
   * Returns the strategy's name.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns what the SPF says about the strategy.
   *
   * @return the text, if any; not blank
   */
  public abstract Optional<String> text();

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    if (text().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("text", text().get(), "a text that is not blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the id or
   *     the title is missing, or a text is blank
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HighLevelStrategy}. */
  public static final class Builder extends ImmutableHighLevelStrategy.Builder {
    Builder() {}
  }
}
