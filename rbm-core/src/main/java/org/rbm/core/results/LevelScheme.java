package org.rbm.core.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;

/**
 * The ordered levels of a results chain, from the highest to the lowest, such as the ILO's
 * strategic objective → outcome → immediate outcome. One to {@value #MAX_LEVELS} levels with
 * distinct, non-blank names. Three schemes ship with the SDK ({@link #ILO}, {@link #OECD_DAC},
 * {@link #LOGFRAME}); users define their own with {@link #of(String, String...)}.
 *
 * <p>A level is required below the level above it unless the scheme declares it optional: a result
 * whose next level down is optional may have no result below it (rule RBM-RES-002 then says
 * nothing). {@code LevelScheme.of("logframe", "goal", "purpose", "output", "activity")
 * .withOptional("activity")} is a logframe that may stop at outputs, as {@link #LOGFRAME} is.
 *
 * <p>Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class LevelScheme {
  /** The most levels a scheme may have (TolaData's limit). */
  public static final int MAX_LEVELS = 8;

  /** The ILO's results framework: strategic objective → outcome → immediate outcome. */
  public static final LevelScheme ILO =
      of("ILO", "strategic objective", "outcome", "immediate outcome");

  /** The OECD-DAC results chain: impact → outcome → output. */
  public static final LevelScheme OECD_DAC = of("OECD-DAC", "impact", "outcome", "output");

  /**
   * The logical framework: goal → purpose → output → activity, where the activity level is
   * optional: many logframes stop at outputs, and an output need not have activities below it.
   */
  public static final LevelScheme LOGFRAME =
      of("logframe", "goal", "purpose", "output", "activity").withOptional("activity");

  LevelScheme() {}

  /**
   * Returns the scheme's name, such as {@code ILO}.
   *
   * @return the name
   */
  @Parameter
  public abstract String name();

  /**
   * Returns the level names, highest first.
   *
   * @return the levels
   */
  @Parameter
  public abstract ImmutableList<String> levels();

  /**
   * Returns the optional levels: those a result on the level above need not have below it. Empty
   * unless set with {@link #withOptional(String...)}; never the highest level.
   *
   * @return the optional levels, in the order of {@link #levels()}
   */
  @Parameter
  public abstract ImmutableSet<String> optionalLevels();

  @Lazy
  ImmutableMap<String, Integer> ranks() {
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    for (int i = 0; i < levels().size(); i++) {
      ranks.put(levels().get(i), i);
    }
    return ranks.buildKeepingLast();
  }

  @Check
  final void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("levelScheme.name", name(), "a name that is not blank");
    }
    if (levels().isEmpty() || levels().size() > MAX_LEVELS) {
      throw new InvalidValueException(
          "levelScheme.levels", levels(), "1 to " + MAX_LEVELS + " levels");
    }
    for (int i = 0; i < levels().size(); i++) {
      String level = levels().get(i);
      if (level.isBlank()) {
        throw new InvalidValueException(
            "levelScheme.levels[" + i + "]", level, "a level name that is not blank");
      }
      if (levels().indexOf(level) != i) {
        throw new InvalidValueException(
            "levelScheme.levels[" + i + "]", level, "a level name not used before in the scheme");
      }
    }
    int i = 0;
    for (String optional : optionalLevels()) {
      if (!levels().contains(optional) || optional.equals(highest())) {
        throw new InvalidValueException(
            "levelScheme.optionalLevels[" + i + "]",
            optional,
            "one of the levels below the highest " + levels().subList(1, levels().size()));
      }
      i++;
    }
  }

  /**
   * Returns the scheme with the given levels, highest first.
   *
   * @param name the scheme's name
   * @param levels the level names, highest first: 1 to {@value #MAX_LEVELS}, distinct, not blank
   * @return the scheme
   * @throws InvalidValueException if the levels break those conditions
   */
  public static LevelScheme of(String name, String... levels) {
    return of(name, Arrays.asList(levels));
  }

  /**
   * Returns the scheme with the given levels, highest first.
   *
   * @param name the scheme's name
   * @param levels the level names, highest first: 1 to {@value #MAX_LEVELS}, distinct, not blank
   * @return the scheme
   * @throws InvalidValueException if the levels break those conditions
   */
  public static LevelScheme of(String name, Iterable<String> levels) {
    return ImmutableLevelScheme.of(name, levels, ImmutableSet.of());
  }

  /**
   * Returns this scheme with the given levels optional, such as {@code
   * LevelScheme.of("logframe", "goal", "purpose", "output", "activity").withOptional("activity")}.
   * Replaces the optional levels this scheme had; none makes every level required.
   *
   * @param levels levels of this scheme below the highest
   * @return the scheme with those levels optional, in the order of {@link #levels()}
   * @throws InvalidValueException if a level is not one of this scheme's levels below the highest
   */
  public final LevelScheme withOptional(String... levels) {
    ImmutableSet<String> given = ImmutableSet.copyOf(levels);
    ImmutableSet.Builder<String> ordered = ImmutableSet.builder();
    levels().stream().filter(given::contains).forEach(ordered::add);
    // Names not in the scheme go last so that the check reports them.
    given.stream().filter(l -> !levels().contains(l)).forEach(ordered::add);
    return ImmutableLevelScheme.of(name(), levels(), ordered.build());
  }

  /**
   * Tells whether a result on the level above {@code level} may have no result on {@code level}
   * below it.
   *
   * @param level the level name
   * @return whether it is one of {@link #optionalLevels()}
   */
  public final boolean isOptional(String level) {
    return optionalLevels().contains(requireNonNull(level, "level"));
  }

  /**
   * Tells whether the scheme has a level of that name.
   *
   * @param level the level name
   * @return whether it is one of {@link #levels()}
   */
  public final boolean contains(String level) {
    return ranks().containsKey(requireNonNull(level, "level"));
  }

  /**
   * Returns the rank of a level: 0 for the highest, {@code levels().size() - 1} for the lowest.
   *
   * @param level the level name
   * @return the rank
   * @throws InvalidValueException if the scheme has no such level
   */
  public final int rankOf(String level) {
    Integer rank = ranks().get(requireNonNull(level, "level"));
    if (rank == null) {
      throw new InvalidValueException("level", level, "one of " + levels());
    }
    return rank;
  }

  /**
   * Returns the highest level, such as {@code strategic objective}.
   *
   * @return the first level
   */
  public final String highest() {
    return levels().get(0);
  }

  /**
   * Returns the lowest level, such as {@code immediate outcome}.
   *
   * @return the last level
   */
  public final String lowest() {
    return levels().get(levels().size() - 1);
  }

  /**
   * Returns the name and the levels, such as {@code ILO[strategic objective > outcome > ...]}, an
   * optional level followed by {@code (optional)}: {@code logframe[goal > purpose > output >
   * activity (optional)]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name()).append('[');
    for (int i = 0; i < levels().size(); i++) {
      String level = levels().get(i);
      text.append(i == 0 ? "" : " > ").append(level).append(isOptional(level) ? " (optional)" : "");
    }
    return text.append(']').toString();
  }
}
