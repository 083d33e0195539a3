package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;

/**
 * The strategy of one immediate outcome in a Programme and Budget, in the standard format of eight
 * {@linkplain StrategyTopic topics} (GB.300/PFA/9/1, paragraphs 13, 46-48): for each topic, how the
 * strategy addresses it or why it does not apply.
 *
 * <pre>{@code
 * OutcomeStrategy s = OutcomeStrategy.builder()
 *     .outcome(ResultId.of("IO2a.1"))
 *     .summary("Employment policies integrated in national development frameworks")
 *     .addTopic(TopicEntry.of(StrategyTopic.CONSTITUENTS_AND_TRIPARTISM, "Tripartite reviews"))
 *     .addTopic(TopicEntry.notApplicable(StrategyTopic.GLOBALIZATION, "Covered by IO2a.2"))
 *     .build();
 * Set<StrategyTopic> toDo = s.missingTopics();   // the six others
 * }</pre>
 *
 * <p>Invariant checked when built: each topic appears at most once. Whether all eight are covered
 * is a rule, not construction's business. Immutable and thread-safe.
 */
@Immutable
public abstract class OutcomeStrategy implements WithOutcomeStrategy {
  OutcomeStrategy() {}

  /**
   * Returns the immediate outcome the strategy is for.
   *
   * @return the outcome's id, a result of the Programme and Budget's framework
   */
  public abstract ResultId outcome();

  /**
   * Returns the strategy in a few words.
   *
   * @return the summary, if given; not blank
   */
  public abstract Optional<String> summary();

  /**
   * Returns what the strategy says on each topic it covers.
   *
   * @return the entries, each topic at most once, in the order given
   */
  public abstract ImmutableList<TopicEntry> topics();

  @Check
  final void check() {
    if (summary().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("summary", summary().get(), "a summary that is not blank");
    }
    Set<StrategyTopic> seen = EnumSet.noneOf(StrategyTopic.class);
    for (int i = 0; i < topics().size(); i++) {
      StrategyTopic topic = topics().get(i).topic();
      if (!seen.add(topic)) {
        throw new InvalidValueException(
            "topics[" + i + "].topic", topic, "a topic not given before in this strategy");
      }
    }
  }

  /**
   * Finds what the strategy says on a topic.
   *
   * @param topic the topic
   * @return the entry, or empty if the strategy does not mention the topic
   */
  public final Optional<TopicEntry> topic(StrategyTopic topic) {
    requireNonNull(topic, "topic");
    return topics().stream().filter(t -> t.topic() == topic).findFirst();
  }

  /**
   * Returns the topics the strategy does not mention at all (neither addressed nor said not to
   * apply).
   *
   * @return the missing topics, in the order of {@link StrategyTopic}
   */
  public final ImmutableSet<StrategyTopic> missingTopics() {
    Set<StrategyTopic> missing = EnumSet.allOf(StrategyTopic.class);
    topics().forEach(t -> missing.remove(t.topic()));
    return Sets.immutableEnumSet(missing);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the outcome
   *     is missing or a topic is given twice
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeStrategy}. */
  public static final class Builder extends ImmutableOutcomeStrategy.Builder {
    Builder() {}
  }
}
