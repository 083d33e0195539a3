package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.Lesson;
import org.rbm.core.evaluation.LessonId;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.ResponseDecision;
import org.rbm.core.evaluation.SubjectRef;
import org.rbm.core.results.ResultId;

/** Draws evaluations with recommendations, responses and actions the standard workflow allows. */
public final class EvaluationDraws {
  private EvaluationDraws() {}

  /** Draws an evaluation numbered 1. */
  public static Evaluation evaluation(RandomnessSource in) {
    return evaluation(in, 1);
  }

  /**
   * Draws an evaluation: any type, a region or none (global), started between 2005 and 2008 and
   * reported up to a year later, with zero to four recommendations (each answered or not within
   * 200 days; an accepted one with zero to three actions recorded after the response, due up to a
   * year later, moved on by up to two events at most 120 days apart) and zero to two lessons.
   */
  static Evaluation evaluation(RandomnessSource in, int number) {
    LocalDate start = LocalDate.of(2005, 1, 1).plusDays(Draw.between(in, 0, 4 * 365));
    LocalDate report = start.plusDays(Draw.between(in, 0, 365));
    EvaluationId id = EvaluationId.of("EV-" + report.getYear() + "-" + number);
    Evaluation.Builder b = Evaluation.builder()
        .id(id)
        .title("Evaluation " + number)
        .type(Draw.pick(in, List.of(EvaluationType.values())))
        .addSubjects(Draw.chance(in, 50)
            ? SubjectRef.dwcp(Draw.pick(in, List.of("KE", "ID", "BR", "JO", "AL")))
            : SubjectRef.outcome(ResultId.of(Draw.pick(in, List.of("IO1a.1", "IO2a.1")))))
        .startDate(start)
        .reportDate(report)
        .evaluator(Draw.pick(in, List.of("EVAL", "External evaluator", "Project team")));
    if (Draw.chance(in, 80)) {
      b.region(Draw.pick(in, List.of(IloRegion.values())));
    }
    int recommendations = Draw.between(in, 0, 4);
    for (int r = 1; r <= recommendations; r++) {
      b.addRecommendations(recommendation(in, r, report));
    }
    int lessons = Draw.between(in, 0, 2);
    for (int l = 1; l <= lessons; l++) {
      b.addLessons(Lesson.builder()
          .id(LessonId.of("L-" + number + "-" + l))
          .text("Lesson " + l)
          .source(id)
          .build());
    }
    return b.build();
  }

  private static Recommendation recommendation(RandomnessSource in, int number, LocalDate report) {
    Recommendation.Builder b = Recommendation.builder()
        .id(RecommendationId.of("R" + number))
        .text("Recommendation " + number)
        .addressee(Draw.pick(in, List.of("EVAL", "RO-Africa", "CO-Jakarta", "HRD")));
    if (Draw.chance(in, 20)) {
      return b.build();
    }
    ResponseDecision decision = Draw.pick(in, List.of(ResponseDecision.values()));
    LocalDate answered = report.plusDays(Draw.between(in, 0, 200));
    ManagementResponse.Builder response = ManagementResponse.builder()
        .decision(decision)
        .date(answered);
    if (decision != ResponseDecision.ACCEPTED || Draw.chance(in, 30)) {
      response.reasons("Reasons " + number);
    }
    b.response(response.build());
    if (decision.callsForActions()) {
      int actions = Draw.between(in, 0, 3);
      for (int a = 1; a <= actions; a++) {
        b.addActions(action(in, "R" + number + "." + a, answered));
      }
    }
    return b.build();
  }

  private static FollowUpAction action(RandomnessSource in, String id, LocalDate after) {
    LocalDate recorded = after.plusDays(Draw.between(in, 0, 30));
    FollowUpAction a = FollowUpAction.builder()
        .id(ActionId.of(id))
        .description("Action " + id)
        .owner("Owner " + id)
        .due(recorded.plusDays(Draw.between(in, 0, 365)))
        .recordedOn(recorded)
        .build();
    LocalDate day = recorded;
    int events = Draw.between(in, 0, 2);
    for (int i = 0; i < events && !a.state().isClosed(); i++) {
      day = day.plusDays(Draw.between(in, 0, 120));
      ActionEvent e = switch (Draw.between(in, 0, 4)) {
        case 0 -> a.state() == ActionState.PLANNED
            ? new ActionEvent.Start()
            : ActionEvent.complete("Evidence " + id);
        case 1 -> ActionEvent.complete("Evidence " + id);
        case 2 -> new ActionEvent.Abandon("No funds");
        case 3 -> new ActionEvent.Supersede("Replaced");
        default -> new ActionEvent.Start();
      };
      if (e instanceof ActionEvent.Start && a.state() != ActionState.PLANNED) {
        continue;
      }
      a = a.apply(e, day, "Owner " + id, Draw.chance(in, 20) ? Optional.of("Note") : Optional.empty());
    }
    return a;
  }

  /** Draws zero to six evaluations with distinct ids. */
  public static ImmutableList<Evaluation> evaluationList(RandomnessSource in) {
    int n = Draw.between(in, 0, 6);
    List<Evaluation> all = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      all.add(evaluation(in, i));
    }
    return ImmutableList.copyOf(all);
  }
}
