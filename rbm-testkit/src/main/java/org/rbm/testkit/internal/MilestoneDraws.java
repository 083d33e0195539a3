package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.MilestoneWorkflows;
import org.rbm.core.milestones.Roadmap;

/**
 * The draws milestone generators are made of, and the realistic words they use: areas, statements
 * and actors in the style of the ILO's RBM roadmap.
 */
public final class MilestoneDraws {
  private MilestoneDraws() {}

  /** Areas of a roadmap: the three of the ILO's roadmap of November 2007. */
  public static final ImmutableList<String> AREAS =
      ImmutableList.of(
          "Integrated management strategy",
          "Performance and accountability",
          "Reform of the programme cycle");

  /** Statements of milestones. */
  public static final ImmutableList<String> STATEMENTS =
      ImmutableList.of(
          "Results-based IT strategy adopted",
          "Common approach and terminology for all strategies adopted",
          "New staff performance management system introduced",
          "Standards for workplanning introduced",
          "Implementing units prepare workplans in a common computerized format",
          "Fully revised internal governance documents system in place",
          "Strategic Policy Framework redesigned",
          "A database for tracking management follow-up to evaluations fully established");

  /** Owners of milestones. */
  public static final ImmutableList<String> OWNERS =
      ImmutableList.of(
          "International Labour Office",
          "Human Resources Development Department",
          "Bureau of Programming and Management",
          "Information Technology and Communications Bureau",
          "Evaluation Unit");

  /** Who records milestones and applies events. */
  public static final ImmutableList<String> ACTORS =
      ImmutableList.of(
          "Governing Body",
          "Director-General",
          "Programme, Financial and Administrative Committee",
          "Human Resources Development Department",
          "Evaluation Unit");

  /** Conditions of achievements with conditions. */
  public static final ImmutableList<String> CONDITIONS =
      ImmutableList.of(
          "an updated strategy is submitted in November",
          "the pilot results are reported to the Governing Body",
          "IRIS support is in place in the regions");

  /** Reasons for revisions. */
  public static final ImmutableList<String> REASONS =
      ImmutableList.of(
          "Full roll-out after the pilot",
          "Following the Technical Cooperation Committee's discussion",
          "Aligned with the revised programme cycle");

  /** Notes on records and events. */
  public static final ImmutableList<String> NOTES =
      ImmutableList.of(
          "GB.300/PFA/9/1, paragraph 31",
          "GB.300/PFA/9/1, paragraph 32",
          "Decision of the Governing Body",
          "Reported in the programme implementation report");

  /** Titles of roadmaps. */
  public static final ImmutableList<String> ROADMAP_TITLES =
      ImmutableList.of("RBM roadmap", "Roadmap of the knowledge strategy", "HR strategy milestones");

  /**
   * Draws a due: mostly a year, sometimes a day of it.
   *
   * @param in the randomness
   * @param firstYear the earliest year
   * @param lastYear the latest year
   * @return the due; shrinks towards the year {@code firstYear}
   */
  public static Due due(RandomnessSource in, int firstYear, int lastYear) {
    int year = Draw.between(in, firstYear, lastYear);
    if (Draw.chance(in, 20)) {
      return Due.of(LocalDate.of(year, Draw.between(in, 1, 12), Draw.between(in, 1, 28)));
    }
    return Due.ofYear(year);
  }

  /** The kinds of event of the standard workflow, in the order of {@link MilestoneEvent}. */
  private static final ImmutableList<Class<? extends MilestoneEvent>> KINDS =
      MilestoneWorkflows.standard().events();

  /**
   * Draws an event of any kind, with any payload: the state of a milestone may not allow it, and
   * its guard may refuse it (a deferral to an earlier due, a revision that changes nothing).
   *
   * @param in the randomness
   * @return the event; shrinks towards approve
   */
  public static MilestoneEvent anyEvent(RandomnessSource in) {
    return event(in, Draw.pick(in, KINDS), STATEMENTS.get(0), due(in, 2000, 2012), true);
  }

  /** An event of a kind; a revision's statement and due are drawn or given. */
  private static MilestoneEvent event(
      RandomnessSource in,
      Class<? extends MilestoneEvent> kind,
      String statement,
      Due due,
      boolean anyStatement) {
    if (kind == MilestoneEvent.AchieveWithConditions.class) {
      return MilestoneEvent.achieveWithConditions(Draw.pick(in, CONDITIONS));
    } else if (kind == MilestoneEvent.Defer.class) {
      return MilestoneEvent.defer(due);
    } else if (kind == MilestoneEvent.Revise.class) {
      return revise(in, anyStatement ? Draw.pick(in, STATEMENTS) : statement, due);
    } else if (kind == MilestoneEvent.Approve.class) {
      return MilestoneEvent.approve();
    } else if (kind == MilestoneEvent.Start.class) {
      return MilestoneEvent.start();
    } else if (kind == MilestoneEvent.Submit.class) {
      return MilestoneEvent.submit();
    } else if (kind == MilestoneEvent.Achieve.class) {
      return MilestoneEvent.achieve();
    } else if (kind == MilestoneEvent.Cancel.class) {
      return MilestoneEvent.cancel();
    }
    return MilestoneEvent.reopen();
  }

  private static MilestoneEvent revise(RandomnessSource in, String statement, Due due) {
    String reason = Draw.pick(in, REASONS);
    return switch (Draw.between(in, 0, 2)) {
      case 0 -> MilestoneEvent.reviseDue(due, reason);
      case 1 -> MilestoneEvent.reviseStatement(statement, reason);
      default -> MilestoneEvent.revise(statement, due, reason);
    };
  }

  /**
   * Draws an event the milestone's state permits in the standard workflow and its guard lets
   * through; never an ignored one.
   *
   * @param in the randomness
   * @param m the milestone
   * @return the event
   */
  public static MilestoneEvent permittedEvent(RandomnessSource in, Milestone m) {
    Class<? extends MilestoneEvent> kind =
        Draw.pick(in, MilestoneWorkflows.standard().permittedEvents(m.state()).asList());
    int year = m.due().year();
    if (kind == MilestoneEvent.Revise.class) {
      // Another year, earlier or later, and another statement: a revision always changes both.
      int shift = Draw.between(in, 1, 5);
      Due other = Due.ofYear(shift <= 3 ? year + shift : year - (shift - 3));
      int at = STATEMENTS.indexOf(m.statement());
      int pick = Draw.between(in, 0, STATEMENTS.size() - 2);
      String statement = STATEMENTS.get(at >= 0 && pick >= at ? pick + 1 : pick);
      return event(in, kind, statement, other, false);
    }
    // A later year always ends after any day of this year.
    return event(in, kind, m.statement(), Due.ofYear(year + Draw.between(in, 1, 3)), false);
  }

  /**
   * Draws a milestone: recorded in any state between 2000 and 2010, then moved through {@code
   * minEvents} to {@code maxEvents} permitted events, each up to 120 days after the one before.
   *
   * @param in the randomness
   * @param id the milestone's id
   * @param minEvents the fewest events in its history
   * @param maxEvents the most events in its history
   * @return the milestone; shrinks towards a proposed milestone with the fewest events
   */
  public static Milestone milestone(RandomnessSource in, MilestoneId id, int minEvents, int maxEvents) {
    MilestoneState state = Draw.pick(in, ImmutableList.copyOf(MilestoneState.values()));
    Milestone.Builder b =
        Milestone.builder()
            .id(id)
            .area(Draw.pick(in, AREAS))
            .owner(Draw.pick(in, OWNERS))
            .initialStatement(Draw.pick(in, STATEMENTS))
            .initialDue(due(in, 2000, 2012))
            .initialState(state)
            .recordedOn(LocalDate.of(2000, 1, 1).plusDays(Draw.between(in, 0, 3652)))
            .recordedBy(Draw.pick(in, ACTORS));
    if (state == MilestoneState.ACHIEVED_WITH_CONDITIONS && Draw.chance(in, 50)) {
      b.initialCondition(Draw.pick(in, CONDITIONS));
    }
    if (Draw.chance(in, 30)) {
      b.recordNote(Draw.pick(in, NOTES));
    }
    Milestone m = b.build();
    int events = Draw.between(in, minEvents, maxEvents);
    for (int i = 0; i < events; i++) {
      MilestoneEvent event = permittedEvent(in, m);
      LocalDate date = m.lastChanged().plusDays(Draw.between(in, 0, 120));
      Optional<String> note =
          Draw.chance(in, 30) ? Optional.of(Draw.pick(in, NOTES)) : Optional.empty();
      m = m.apply(event, date, Draw.pick(in, ACTORS), note);
    }
    return m;
  }

  /**
   * Draws a roadmap of zero to eight milestones numbered {@code 1} to {@code n}, each with up to six
   * events in its history.
   *
   * @param in the randomness
   * @return the roadmap; shrinks towards an empty roadmap
   */
  public static Roadmap roadmap(RandomnessSource in) {
    int count = Draw.between(in, 0, 8);
    Roadmap.Builder roadmap = Roadmap.builder().title(Draw.pick(in, ROADMAP_TITLES));
    for (int i = 1; i <= count; i++) {
      roadmap.addMilestones(milestone(in, MilestoneId.of(Integer.toString(i)), 0, 6));
    }
    return roadmap.build();
  }
}
