package org.rbm.testkit;

import org.quicktheories.core.RandomnessSource;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.testkit.internal.Draw;
import org.rbm.testkit.internal.MilestoneDraws;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates milestones with a valid history: recorded in any state between 2000 and 2010, with ids
 * {@code 1} to {@code 99}, areas and statements of the ILO's roadmap, then moved through zero to ten
 * events the standard milestone workflow permits (guards respected, none ignored), each up to 120
 * days after the one before.
 *
 * <pre>{@code
 * qt().forAll(RbmGen.milestones().historyLengths(1, 30))
 *     .checkAssert(m -> assertEquals(m, m.workflow().replay(m.asRecorded(), m.history())));
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards a proposed milestone with the
 * shortest history.
 */
public final class MilestoneGen implements SeededGen<Milestone> {
  /** The longest history {@link #historyLengths} accepts. */
  public static final int MAX_HISTORY = 1000;

  private final int minEvents;
  private final int maxEvents;

  MilestoneGen(int minEvents, int maxEvents) {
    this.minEvents = minEvents;
    this.maxEvents = maxEvents;
  }

  /**
   * Returns a generator of milestones with {@code min} to {@code max} entries in their history.
   *
   * @param min the fewest entries, 0 or more
   * @param max the most entries, at most {@value #MAX_HISTORY}
   * @return the generator
   * @throws org.rbm.core.InvalidValueException if the range is empty or out of bounds
   */
  public MilestoneGen historyLengths(int min, int max) {
    Ranges.check("historyLengths", min, max, 0, MAX_HISTORY);
    return new MilestoneGen(min, max);
  }

  @Override
  public Milestone generate(RandomnessSource in) {
    MilestoneId id = MilestoneId.of(Integer.toString(Draw.between(in, 1, 99)));
    return MilestoneDraws.milestone(in, id, minEvents, maxEvents);
  }
}
