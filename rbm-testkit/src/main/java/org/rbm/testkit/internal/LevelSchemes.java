package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.results.LevelScheme;

/** Level schemes: the shipped ones, peers' templates, and numbered tiers up to the maximum. */
public final class LevelSchemes {
  private LevelSchemes() {}

  /** The schemes drawn from, the ILO's first so that shrinking ends there. */
  public static final ImmutableList<LevelScheme> KNOWN =
      ImmutableList.of(
          LevelScheme.ILO,
          LevelScheme.OECD_DAC,
          LevelScheme.LOGFRAME,
          LevelScheme.of("DFID", "impact", "outcome", "output", "input"),
          LevelScheme.of(
              "EC",
              "overall objective",
              "specific objective",
              "intermediate outcome",
              "output",
              "activity"));

  private static final ImmutableMap<String, String> PREFIXES =
      ImmutableMap.<String, String>builder()
          .put("strategic objective", "SO")
          .put("outcome", "OC")
          .put("immediate outcome", "IO")
          .put("impact", "IMP")
          .put("output", "OP")
          .put("goal", "G")
          .put("purpose", "P")
          .put("activity", "A")
          .put("input", "IN")
          .put("overall objective", "OO")
          .put("specific objective", "SPO")
          .put("intermediate outcome", "IMO")
          .buildOrThrow();

  /**
   * Draws a scheme: one of {@link #KNOWN}, or numbered tiers ({@code tier 1} to {@code tier n}) of
   * one to {@link LevelScheme#MAX_LEVELS} levels.
   *
   * @param in the randomness
   * @return the scheme
   */
  public static LevelScheme draw(RandomnessSource in) {
    int which = Draw.between(in, 0, KNOWN.size());
    if (which < KNOWN.size()) {
      return KNOWN.get(which);
    }
    int levels = Draw.between(in, 1, LevelScheme.MAX_LEVELS);
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= levels; i++) {
      names.add("tier " + i);
    }
    return LevelScheme.of("tiers-" + levels, names);
  }

  /**
   * Returns the prefix of result ids on a level, such as {@code SO} for a strategic objective or
   * {@code OC} for an outcome; {@code L3-} for the third level of a scheme with unknown names.
   *
   * @param scheme the scheme
   * @param rank the level's rank, 0 for the highest
   * @return the prefix
   */
  public static String idPrefix(LevelScheme scheme, int rank) {
    String known = PREFIXES.get(scheme.levels().get(rank));
    return known != null ? known : "L" + (rank + 1) + "-";
  }
}
