package org.rbm.core.cycle;

import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;

/**
 * What an outcome strategy says on one of the eight {@linkplain StrategyTopic topics}: how the
 * strategy addresses it, or why the topic does not apply.
 *
 * <pre>{@code
 * TopicEntry standards = TopicEntry.of(StrategyTopic.INTERNATIONAL_LABOUR_STANDARDS,
 *     "Promotes the ratification of the Employment Policy Convention, 1964 (No. 122)");
 * TopicEntry globalization = TopicEntry.notApplicable(StrategyTopic.GLOBALIZATION,
 *     "Covered by the strategy of outcome 2a.2");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class TopicEntry implements WithTopicEntry {
  TopicEntry() {}

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  @Parameter
  public abstract StrategyTopic topic();

  /**
   * Tells whether the topic applies to the outcome.
   *
   * @return {@code true} if {@link #text()} says how the strategy addresses it, {@code false} if
   *     it says why the topic does not apply
   */
  @Parameter
  public abstract boolean applies();

  /**
   * Returns how the strategy addresses the topic, or why the topic does not apply.
   *
   * @return the text, not blank
   */
  @Parameter
  public abstract String text();

  @Check
  final void check() {
    if (text().isBlank()) {
      throw new InvalidValueException(
          "text", text(), applies() ? "a text that is not blank" : "a reason that is not blank");
    }
  }

  /**
   * Returns how a strategy addresses a topic.
   *
   * @param topic the topic
   * @param text how the strategy addresses it, not blank
   * @return the entry
   * @throws InvalidValueException if the text is blank
   */
  public static TopicEntry of(StrategyTopic topic, String text) {
    return ImmutableTopicEntry.of(topic, true, text);
  }

  /**
   * Returns why a topic does not apply to an outcome.
   *
   * @param topic the topic
   * @param reason why it does not apply, not blank
   * @return the entry
   * @throws InvalidValueException if the reason is blank
   */
  public static TopicEntry notApplicable(StrategyTopic topic, String reason) {
    return ImmutableTopicEntry.of(topic, false, reason);
  }
}
