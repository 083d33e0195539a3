package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

/**
 * A roadmap: milestones grouped by area, such as the ILO's RBM roadmap of November 2007 with its
 * three areas (integrated management strategy, performance and accountability, reform of the
 * programme cycle) and sixteen milestones.
 *
 * <pre>{@code
 * Roadmap roadmap = Roadmap.builder()
 *     .title("RBM roadmap, November 2007")
 *     .addMilestones(m1, m2, m3)
 *     .build();
 * roadmap = roadmap.apply(MilestoneId.of("6"),
 *     MilestoneEvent.reviseDue(Due.ofYear(2008), "Roll-out after the pilot"),
 *     LocalDate.of(2007, 11, 16), "Governing Body", Optional.empty());
 * roadmap.overdueOn(LocalDate.of(2008, 7, 1));
 * // tables: org.rbm.text.RoadmapTables.render(roadmap, TableFormat.MARKDOWN)
 * }</pre>
 *
 * <p>Areas come in the order of their first milestone; within an area, milestones keep the order
 * given. Milestone ids are unique within the roadmap. A roadmap grows over time: {@link #add} a
 * milestone, and ask what it looked like on a day with {@link #asOf}, or which milestones were
 * recorded in a period with {@link #addedDuring}. Every query is linear in the size of the roadmap
 * and the length of the histories. Immutable and thread-safe.
 */
@Immutable
public abstract class Roadmap implements WithRoadmap {
  Roadmap() {}

  /**
   * Returns the title.
   *
   * @return the title, such as {@code RBM roadmap, November 2007}; not blank
   */
  public abstract String title();

  /**
   * Returns the milestones, in the order given.
   *
   * @return the milestones
   */
  public abstract ImmutableList<Milestone> milestones();

  @Lazy
  ImmutableMap<MilestoneId, Integer> positions() {
    Map<MilestoneId, Integer> positions = new HashMap<>();
    for (int i = 0; i < milestones().size(); i++) {
      Integer earlier = positions.putIfAbsent(milestones().get(i).id(), i);
      if (earlier != null) {
        throw new InvalidValueException(
            "milestones[" + i + "].id",
            milestones().get(i).id(),
            "an id not used before (milestones[" + earlier + "])");
      }
    }
    return ImmutableMap.copyOf(positions);
  }

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    // Computing the positions checks that no id is repeated.
    ImmutableMap<MilestoneId, Integer> unused = positions();
  }

  /**
   * Finds a milestone by id.
   *
   * @param id the id
   * @return the milestone, or empty if the roadmap has none with that id
   */
  public final Optional<Milestone> milestone(MilestoneId id) {
    Integer at = positions().get(requireNonNull(id, "id"));
    return at == null ? Optional.empty() : Optional.of(milestones().get(at));
  }

  /**
   * Returns the areas, in the order of their first milestone.
   *
   * @return the areas
   */
  public final ImmutableList<String> areas() {
    return byArea().keySet().asList();
  }

  /**
   * Returns the milestones grouped by area: areas in the order of their first milestone,
   * milestones in the order given.
   *
   * @return the milestones by area
   */
  public final ImmutableListMultimap<String, Milestone> byArea() {
    Map<String, ImmutableList.Builder<Milestone>> groups = new LinkedHashMap<>();
    for (Milestone m : milestones()) {
      groups.computeIfAbsent(m.area(), a -> ImmutableList.builder()).add(m);
    }
    ImmutableListMultimap.Builder<String, Milestone> byArea = ImmutableListMultimap.builder();
    groups.forEach((area, list) -> byArea.putAll(area, list.build()));
    return byArea.build();
  }

  /**
   * Returns the milestones of an area.
   *
   * @param area the area
   * @return its milestones, in the order given; empty if no milestone is in that area
   */
  public final ImmutableList<Milestone> inArea(String area) {
    requireNonNull(area, "area");
    return milestones().stream()
        .filter(m -> m.area().equals(area))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many milestones of each area are in each state: one row per area (in the order of
   * {@link #areas()}), one column per state (in the order of {@link MilestoneState}), zeros
   * included.
   *
   * @return the counts
   */
  public final ImmutableTable<String, MilestoneState, Integer> countsByState() {
    Map<String, Map<MilestoneState, Integer>> counts = new LinkedHashMap<>();
    for (Milestone m : milestones()) {
      counts
          .computeIfAbsent(m.area(), a -> new EnumMap<>(MilestoneState.class))
          .merge(m.state(), 1, Integer::sum);
    }
    ImmutableTable.Builder<String, MilestoneState, Integer> table = ImmutableTable.builder();
    counts.forEach(
        (area, row) -> {
          for (MilestoneState s : MilestoneState.values()) {
            table.put(area, s, row.getOrDefault(s, 0));
          }
        });
    return table.build();
  }

  /**
   * Returns the milestones whose current due falls in a year: due that year, or on a day of it.
   *
   * @param year the year, such as 2008
   * @return the milestones, in the order given
   */
  public final ImmutableList<Milestone> dueIn(int year) {
    return milestones().stream()
        .filter(m -> m.due().year() == year)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the milestones overdue at the end of a day (see {@link Milestone#isOverdueOn}).
   *
   * @param day the day
   * @return the overdue milestones, in the order given
   */
  public final ImmutableList<Milestone> overdueOn(LocalDate day) {
    requireNonNull(day, "day");
    return milestones().stream()
        .filter(m -> m.isOverdueOn(day))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the milestones recorded during a period: the roadmap's additions over time.
   *
   * @param period the days, both ends included
   * @return the milestones recorded then, in the order given
   */
  public final ImmutableList<Milestone> addedDuring(DateRange period) {
    requireNonNull(period, "period");
    return milestones().stream()
        .filter(m -> period.contains(m.recordedOn()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the roadmap as it stood at the end of a day: the milestones recorded by then, each
   * {@linkplain Milestone#asOf as of that day}.
   *
   * @param day the day
   * @return the roadmap then
   */
  public final Roadmap asOf(LocalDate day) {
    requireNonNull(day, "day");
    ImmutableList.Builder<Milestone> then = ImmutableList.builder();
    for (Milestone m : milestones()) {
      m.asOf(day).ifPresent(then::add);
    }
    return withMilestones(then.build());
  }

  /**
   * Returns the roadmap with one more milestone, at the end.
   *
   * @param milestone the new milestone
   * @return the roadmap with it
   * @throws InvalidValueException if the roadmap already has a milestone with its id
   */
  public final Roadmap add(Milestone milestone) {
    requireNonNull(milestone, "milestone");
    return withMilestones(
        ImmutableList.<Milestone>builder().addAll(milestones()).add(milestone).build());
  }

  /**
   * Applies an event to one milestone (see {@link Milestone#apply(MilestoneEvent, LocalDate,
   * String, Optional)}) and returns the roadmap with the milestone after it, in the same place.
   *
   * @param id the milestone's id
   * @param event the event
   * @param date the day the event takes effect
   * @param actor who applies it, not blank
   * @param note why, if given; not blank
   * @return the roadmap after the event
   * @throws InvalidValueException if the roadmap has no milestone with that id, or the date or a
   *     text is rejected
   * @throws IllegalTransitionException if the milestone's state does not allow the event
   */
  public final Roadmap apply(
      MilestoneId id, MilestoneEvent event, LocalDate date, String actor, Optional<String> note) {
    Integer at = positions().get(requireNonNull(id, "id"));
    if (at == null) {
      throw new InvalidValueException("id", id, "the id of a milestone of this roadmap");
    }
    Milestone after = milestones().get(at).apply(event, date, actor, note);
    ImmutableList.Builder<Milestone> all = ImmutableList.builder();
    for (int i = 0; i < milestones().size(); i++) {
      all.add(i == at ? after : milestones().get(i));
    }
    return withMilestones(all.build());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the title is
   *     missing or blank, or two milestones share an id
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Roadmap}. */
  public static final class Builder extends ImmutableRoadmap.Builder {
    Builder() {}
  }
}
