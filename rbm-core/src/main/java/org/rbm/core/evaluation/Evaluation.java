package org.rbm.core.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.dwcp.IloRegion;

/**
 * An evaluation and its follow-up: its type, what it is about, where, when, by whom, its
 * recommendations with management's responses and follow-up actions, and its lessons learned.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.builder()
 *     .id(EvaluationId.of("IEE-2007-01"))
 *     .title("Independent evaluation of the Decent Work Country Programme for Cambodia")
 *     .type(EvaluationType.COUNTRY_PROGRAMME)
 *     .addSubjects(SubjectRef.dwcp("KHM"))
 *     .region(IloRegion.ASIA_AND_THE_PACIFIC)
 *     .startDate(LocalDate.of(2007, 3, 1))
 *     .reportDate(LocalDate.of(2007, 9, 30))
 *     .evaluator("Independent evaluation team")
 *     .addRecommendations(r1, r2)
 *     .addLessons(lesson)
 *     .build();
 * }</pre>
 *
 * <p>Management's response time counts from the {@linkplain #reportDate() report date}; the
 * evaluation counts in the {@linkplain #year() year} of its report. Immutable and thread-safe.
 */
@Immutable
public abstract class Evaluation implements WithEvaluation {
  Evaluation() {}

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract EvaluationId id();

  /**
   * Returns the title.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the type of evaluation.
   *
   * @return the type
   */
  public abstract EvaluationType type();

  /**
   * Returns what the evaluation is about: results, P&amp;B outcomes, strategies or DWCPs.
   *
   * @return the subjects, at least one, in the order given
   */
  public abstract ImmutableList<SubjectRef> subjects();

  /**
   * Returns the ILO region the evaluation is about.
   *
   * @return the region; empty for a global evaluation
   */
  public abstract Optional<IloRegion> region();

  /**
   * Returns the day the evaluation started.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Returns the day the evaluation report was issued, from which management's response time runs.
   *
   * @return the report date, not before the start date
   */
  public abstract LocalDate reportDate();

  /**
   * Returns who evaluated: a person, a team or a unit.
   *
   * @return the evaluator, not blank
   */
  public abstract String evaluator();

  /**
   * Returns the recommendations.
   *
   * @return the recommendations, in the order of the report
   */
  public abstract ImmutableList<Recommendation> recommendations();

  /**
   * Returns the lessons learned; each names this evaluation as its source.
   *
   * @return the lessons, in the order given
   */
  public abstract ImmutableList<Lesson> lessons();

  /**
   * Returns the year the evaluation counts in: the year of its report.
   *
   * @return the year of {@link #reportDate()}
   */
  public int year() {
    return reportDate().getYear();
  }

  @Check
  final void check() {
    if (title().isBlank()) {
      throw new InvalidValueException("title", title(), "a title that is not blank");
    }
    if (evaluator().isBlank()) {
      throw new InvalidValueException("evaluator", evaluator(), "an evaluator that is not blank");
    }
    if (subjects().isEmpty()) {
      throw new InvalidValueException("subjects", "[]", "at least one subject");
    }
    if (reportDate().isBefore(startDate())) {
      throw new InvalidValueException(
          "reportDate", reportDate(), "a date on or after the start date " + startDate());
    }
    Set<RecommendationId> recs = new HashSet<>();
    Set<ActionId> actions = new HashSet<>();
    for (int i = 0; i < recommendations().size(); i++) {
      Recommendation r = recommendations().get(i);
      String at = "recommendations[" + i + "]";
      if (!recs.add(r.id())) {
        throw new InvalidValueException(at + ".id", r.id(), "an id not used before");
      }
      if (r.response().filter(resp -> resp.date().isBefore(reportDate())).isPresent()) {
        throw new InvalidValueException(
            at + ".response.date",
            r.response().get().date(),
            "a date on or after the report date " + reportDate());
      }
      for (int j = 0; j < r.actions().size(); j++) {
        if (!actions.add(r.actions().get(j).id())) {
          throw new InvalidValueException(
              at + ".actions[" + j + "].id",
              r.actions().get(j).id(),
              "an action id not used before in the evaluation");
        }
      }
    }
    Set<LessonId> lessonIds = new HashSet<>();
    for (int i = 0; i < lessons().size(); i++) {
      Lesson l = lessons().get(i);
      if (!lessonIds.add(l.id())) {
        throw new InvalidValueException("lessons[" + i + "].id", l.id(), "an id not used before");
      }
      if (!l.source().equals(id())) {
        throw new InvalidValueException(
            "lessons[" + i + "].source", l.source(), "the evaluation's own id " + id());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code build()} throws {@link InvalidValueException} naming the attribute
   *     that is missing or the invariant that is broken
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Evaluation}: set its id, title, type, subjects, dates and evaluator, and
   * optionally the region, recommendations and lessons, then call {@code build()}, which throws
   * {@link InvalidValueException} naming a missing attribute or a broken invariant (no subject, a
   * report before the start, a response before the report, a repeated id, a lesson from another
   * evaluation). Not thread-safe.
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
