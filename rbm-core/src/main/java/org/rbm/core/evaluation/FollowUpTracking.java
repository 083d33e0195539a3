package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rbm.core.InvalidValueException;
import org.rbm.core.dwcp.IloRegion;

/**
 * The follow-up database's queries over a collection of evaluations as of a day: recommendations
 * still without a management response, overdue actions, implementation rates by evaluation, by
 * type, by region and by year, and which lessons were cited where.
 *
 * <pre>{@code
 * FollowUpTracking t = FollowUpTracking.of(evaluations, citations, LocalDate.of(2008, 6, 30));
 * t.withoutResponse(60);               // recommendations waiting more than 60 days
 * t.overdueActions();
 * t.total().rate();                    // Optional[0.5]
 * t.byType().get(EvaluationType.COUNTRY_PROGRAMME);
 * t.citationsOf(LessonId.of("L-2007-03"));
 * }</pre>
 *
 * <p>Everything is seen as it stood at the end of the as-of day: an evaluation reported later is
 * left out, a response given later counts as missing, an action recorded later does not exist yet,
 * and each action is in the state its history gives for that day. See {@link ImplementationRate}
 * for which actions are counted. By-region rates leave out global evaluations (without a region);
 * by-evaluation, by-type and by-year rates each split the {@linkplain #total() total}: their
 * counts add up to it.
 *
 * <p>Cost: {@link #of} is linear in the number of evaluations, recommendations, actions (times the
 * length of their histories) and citations; the queries return what it computed. Immutable and
 * thread-safe.
 */
public final class FollowUpTracking {
  private final LocalDate asOf;
  private final ImmutableList<Evaluation> evaluations;
  private final ImmutableList<PendingResponse> pending;
  private final ImmutableList<OverdueAction> overdue;
  private final ImplementationRate total;
  private final ImmutableMap<EvaluationId, ImplementationRate> byEvaluation;
  private final ImmutableMap<EvaluationType, ImplementationRate> byType;
  private final ImmutableMap<IloRegion, ImplementationRate> byRegion;
  private final ImmutableMap<Integer, ImplementationRate> byYear;
  private final ImmutableList<Lesson> lessons;
  private final ImmutableListMultimap<LessonId, LessonCitation> citations;

  private FollowUpTracking(
      Iterable<Evaluation> all, Iterable<LessonCitation> cited, LocalDate asOf) {
    this.asOf = asOf;
    ImmutableList.Builder<Evaluation> kept = ImmutableList.builder();
    ImmutableList.Builder<PendingResponse> waiting = ImmutableList.builder();
    ImmutableList.Builder<OverdueAction> late = ImmutableList.builder();
    ImmutableList.Builder<Lesson> learned = ImmutableList.builder();
    Map<EvaluationId, ImplementationRate> perEvaluation = new LinkedHashMap<>();
    Map<EvaluationType, ImplementationRate> perType = new EnumMap<>(EvaluationType.class);
    Map<IloRegion, ImplementationRate> perRegion = new EnumMap<>(IloRegion.class);
    Map<Integer, ImplementationRate> perYear = new TreeMap<>();
    ImplementationRate sum = new ImplementationRate(0, 0);
    Set<EvaluationId> seen = new HashSet<>();
    int i = 0;
    for (Evaluation e : all) {
      requireNonNull(e, "evaluations[" + i + "]");
      if (!seen.add(e.id())) {
        throw new InvalidValueException(
            "evaluations[" + i + "].id", e.id(), "an evaluation id not used before");
      }
      i++;
      if (e.reportDate().isAfter(asOf)) {
        continue;
      }
      kept.add(e);
      learned.addAll(e.lessons());
      int completed = 0;
      int counted = 0;
      for (Recommendation r : e.recommendations()) {
        if (r.response().filter(resp -> !resp.date().isAfter(asOf)).isEmpty()) {
          waiting.add(
              new PendingResponse(
                  e.id(), r, e.reportDate(), ChronoUnit.DAYS.between(e.reportDate(), asOf)));
        }
        for (FollowUpAction a : r.actions()) {
          Optional<ActionState> then = a.stateOn(asOf);
          if (then.isEmpty()) {
            continue;
          }
          ActionState s = then.get();
          if (s == ActionState.COMPLETED) {
            completed++;
            counted++;
          } else if (s == ActionState.NOT_DONE) {
            counted++;
          } else if (!s.isClosed() && !a.due().isAfter(asOf)) {
            counted++;
            if (asOf.isAfter(a.due())) {
              late.add(
                  new OverdueAction(
                      e.id(), r.id(), a, s, ChronoUnit.DAYS.between(a.due(), asOf)));
            }
          }
        }
      }
      ImplementationRate rate = new ImplementationRate(completed, counted);
      perEvaluation.put(e.id(), rate);
      perType.merge(e.type(), rate, ImplementationRate::plus);
      e.region().ifPresent(g -> perRegion.merge(g, rate, ImplementationRate::plus));
      perYear.merge(e.year(), rate, ImplementationRate::plus);
      sum = sum.plus(rate);
    }
    ImmutableListMultimap.Builder<LessonId, LessonCitation> byLesson =
        ImmutableListMultimap.builder();
    for (LessonCitation c : cited) {
      byLesson.put(requireNonNull(c, "citation").lesson(), c);
    }
    this.evaluations = kept.build();
    this.pending = waiting.build();
    this.overdue = late.build();
    this.lessons = learned.build();
    this.citations = byLesson.build();
    this.total = sum;
    this.byEvaluation = ImmutableMap.copyOf(perEvaluation);
    this.byType = ImmutableMap.copyOf(perType);
    this.byRegion = ImmutableMap.copyOf(perRegion);
    this.byYear = ImmutableMap.copyOf(perYear);
  }

  /**
   * Tracks the follow-up of evaluations as of a day. Linear in the size of the input.
   *
   * @param evaluations the evaluations, each id once
   * @param citations the citations of lessons, in any order
   * @param asOf the day, whose end the figures describe
   * @return the tracking figures
   * @throws InvalidValueException if an evaluation id repeats ({@code evaluations[3].id})
   */
  public static FollowUpTracking of(
      Iterable<Evaluation> evaluations, Iterable<LessonCitation> citations, LocalDate asOf) {
    return new FollowUpTracking(
        requireNonNull(evaluations, "evaluations"),
        requireNonNull(citations, "citations"),
        requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns the as-of day.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the evaluations reported by the as-of day, in the order given.
   *
   * @return the evaluations tracked
   */
  public ImmutableList<Evaluation> evaluations() {
    return evaluations;
  }

  /**
   * Returns the recommendations without a management response by the as-of day whose report is
   * more than a number of days old. Linear in the number of recommendations.
   *
   * @param days the days management has to respond, at least 0
   * @return the recommendations waiting longer, in the order of the evaluations and reports
   * @throws InvalidValueException if {@code days} is negative
   */
  public ImmutableList<PendingResponse> withoutResponse(int days) {
    if (days < 0) {
      throw new InvalidValueException("days", days, "at least 0");
    }
    return pending.stream()
        .filter(p -> p.daysWaiting() > days)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the actions open (planned or in progress) at the end of the as-of day whose due date is
   * before it.
   *
   * @return the overdue actions, in the order of the evaluations, recommendations and actions
   */
  public ImmutableList<OverdueAction> overdueActions() {
    return overdue;
  }

  /**
   * Returns the implementation rate over all evaluations tracked.
   *
   * @return the total rate
   */
  public ImplementationRate total() {
    return total;
  }

  /**
   * Returns the implementation rate of each evaluation tracked.
   *
   * @return the rates, in the order of the evaluations
   */
  public ImmutableMap<EvaluationId, ImplementationRate> byEvaluation() {
    return byEvaluation;
  }

  /**
   * Returns the implementation rate by type of evaluation.
   *
   * @return the rates of the types that have evaluations, in the order of the enum
   */
  public ImmutableMap<EvaluationType, ImplementationRate> byType() {
    return byType;
  }

  /**
   * Returns the implementation rate by region; global evaluations are left out.
   *
   * @return the rates of the regions that have evaluations, in the order of the enum
   */
  public ImmutableMap<IloRegion, ImplementationRate> byRegion() {
    return byRegion;
  }

  /**
   * Returns the implementation rate by year of the evaluation report.
   *
   * @return the rates of the years that have evaluations, in increasing order
   */
  public ImmutableMap<Integer, ImplementationRate> byYear() {
    return byYear;
  }

  /**
   * Returns the lessons of the evaluations tracked.
   *
   * @return the lessons, in the order of the evaluations
   */
  public ImmutableList<Lesson> lessons() {
    return lessons;
  }

  /**
   * Returns the citations by lesson.
   *
   * @return the citations, grouped by the lesson they cite, each group in the order given
   */
  public ImmutableListMultimap<LessonId, LessonCitation> citations() {
    return citations;
  }

  /**
   * Returns where a lesson is cited.
   *
   * @param lesson the lesson
   * @return its citations, in the order given; empty if it is not cited
   */
  public ImmutableList<LessonCitation> citationsOf(LessonId lesson) {
    return citations.get(requireNonNull(lesson, "lesson"));
  }
}
