package org.rbm.testkit.internal;

import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.ResultId;

/** Draws identifiers: any valid code, or realistic ILO-style ids. */
public final class Ids {
  private Ids() {}

  private static final String FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String REST = FIRST + "._:-";

  /**
   * Draws a code of any form {@link org.rbm.core.Identifier} accepts.
   *
   * @param in the randomness
   * @return 1 to 64 characters, shrinking towards {@code A}
   */
  public static String code(RandomnessSource in) {
    int length = Draw.between(in, 1, 64);
    StringBuilder code = new StringBuilder(length);
    code.append(FIRST.charAt(Draw.between(in, 0, FIRST.length() - 1)));
    for (int i = 1; i < length; i++) {
      code.append(REST.charAt(Draw.between(in, 0, REST.length() - 1)));
    }
    return code.toString();
  }

  /**
   * Draws the numeric path of a result on an ILO level, such as {@code 2.1.3} for rank 2.
   *
   * @param in the randomness
   * @param rank the level's rank, 0 for a strategic objective
   * @return the path: rank + 1 numbers
   */
  static String path(RandomnessSource in, int rank) {
    StringBuilder path = new StringBuilder().append(Draw.between(in, 1, 9));
    for (int i = 0; i < rank; i++) {
      path.append('.').append(Draw.between(in, 1, 12));
    }
    return path.toString();
  }

  /**
   * Draws an ILO-style result id: {@code SO2}, {@code OC2.1} or {@code IO2.1.3}.
   *
   * @param in the randomness
   * @return the id, shrinking towards {@code SO1}
   */
  public static ResultId resultId(RandomnessSource in) {
    int rank = Draw.between(in, 0, 2);
    return ResultId.of(LevelSchemes.idPrefix(LevelScheme.ILO, rank) + path(in, rank));
  }

  /**
   * Draws an indicator id from {@code IND-1} to {@code IND-999}.
   *
   * @param in the randomness
   * @return the id
   */
  public static IndicatorId indicatorId(RandomnessSource in) {
    return IndicatorId.of("IND-" + Draw.between(in, 1, 999));
  }

  /**
   * Draws a framework id such as {@code PB-2008-09}: a kind of framework and a biennium.
   *
   * @param in the randomness
   * @return the id
   */
  public static FrameworkId frameworkId(RandomnessSource in) {
    String kind = Draw.pick(in, Texts.FRAMEWORK_PREFIXES);
    return FrameworkId.of(kind + "-" + PeriodSpec.BIENNIUMS.draw(in));
  }
}
