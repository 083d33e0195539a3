package org.rbm.testkit;

import com.google.common.collect.ImmutableList;
import org.quicktheories.core.RandomnessSource;
import org.rbm.testkit.internal.Draw;
import org.rbm.testkit.internal.MilestoneDraws;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates sequences of events to throw at a milestone, for stateful properties: zero to twenty
 * {@link TimedEvent steps}, each of any kind with any payload, so that some are allowed in the
 * milestone's state and some are not, and some guards hold and some refuse (a deferral to an
 * earlier due, a revision that changes nothing). Each step comes 0 to 120 days after the
 * milestone's last change.
 *
 * <pre>{@code
 * qt().forAll(RbmGen.milestones(), RbmGen.eventSequences())
 *     .checkAssert((m, steps) -> { for (TimedEvent s : steps) { ... s.applyTo(m) ... } });
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards shorter sequences of approve
 * events.
 */
public final class EventSequenceGen implements SeededGen<ImmutableList<TimedEvent>> {
  /** The longest sequence {@link #lengths} accepts. */
  public static final int MAX_LENGTH = 1000;

  private final int minLength;
  private final int maxLength;

  EventSequenceGen(int minLength, int maxLength) {
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /**
   * Returns a generator of sequences of {@code min} to {@code max} steps.
   *
   * @param min the fewest steps, 0 or more
   * @param max the most steps, at most {@value #MAX_LENGTH}
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or out of bounds
   */
  public EventSequenceGen lengths(int min, int max) {
    Ranges.check("lengths", min, max, 0, MAX_LENGTH);
    return new EventSequenceGen(min, max);
  }

  @Override
  public ImmutableList<TimedEvent> generate(RandomnessSource in) {
    int length = Draw.between(in, minLength, maxLength);
    ImmutableList.Builder<TimedEvent> steps = ImmutableList.builderWithExpectedSize(length);
    for (int i = 0; i < length; i++) {
      steps.add(
          TimedEvent.of(
              MilestoneDraws.anyEvent(in),
              Draw.between(in, 0, 120),
              Draw.pick(in, MilestoneDraws.ACTORS)));
    }
    return steps.build();
  }
}
