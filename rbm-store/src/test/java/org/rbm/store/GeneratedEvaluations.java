package org.rbm.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.ResponseDecision;
import org.rbm.core.evaluation.SubjectRef;

/**
 * Evaluations drawn from a seed, over 2006-2009: every type, every region and global ones,
 * recommendations with and without (late) responses, actions in every state, started, completed,
 * abandoned or superseded on random days, some on the same day as the as-of days of the tests.
 */
final class GeneratedEvaluations {
  static final LocalDate START = LocalDate.of(2006, 1, 1);

  private GeneratedEvaluations() {}

  static List<Evaluation> draw(long seed, int count) {
    Random r = new Random(seed);
    List<Evaluation> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate start = START.plusDays(r.nextInt(3 * 365));
      LocalDate report = start.plusDays(30 + r.nextInt(200));
      Evaluation.Builder e = Evaluation.builder()
          .id(EvaluationId.of("EV-" + seed + "-" + i))
          .title("Evaluation " + i)
          .type(pick(r, EvaluationType.values()))
          .addSubjects(SubjectRef.dwcp("KHM"))
          .startDate(start)
          .reportDate(report)
          .evaluator("Evaluator " + i);
      if (r.nextInt(4) > 0) {
        e.region(pick(r, IloRegion.values()));
      }
      int recs = r.nextInt(4);
      for (int k = 0; k < recs; k++) {
        Recommendation.Builder rec = Recommendation.builder()
            .id(RecommendationId.of("R" + (k + 1)))
            .text("Recommendation " + k)
            .addressee("Unit " + k);
        int answer = r.nextInt(4);
        if (answer > 0) {
          ResponseDecision decision = pick(r, ResponseDecision.values());
          ManagementResponse.Builder resp = ManagementResponse.builder()
              .decision(decision)
              .date(report.plusDays(r.nextInt(150)));
          if (decision != ResponseDecision.ACCEPTED) {
            resp.reasons("Reasons " + k);
          }
          rec.response(resp.build());
          if (decision.callsForActions()) {
            int actions = r.nextInt(4);
            for (int a = 0; a < actions; a++) {
              rec.addActions(action(r, "R" + (k + 1) + "." + (a + 1), report));
            }
          }
        }
        e.addRecommendations(rec.build());
      }
      out.add(e.build());
    }
    return out;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static FollowUpAction action(Random r, String id, LocalDate report) {
    LocalDate recorded = report.plusDays(r.nextInt(120));
    FollowUpAction a = FollowUpAction.builder()
        .id(ActionId.of(id))
        .description("Action " + id)
        .owner("Owner")
        .due(recorded.plusDays(r.nextInt(300)))
        .recordedOn(recorded)
        .build();
    LocalDate day = recorded;
    int steps = r.nextInt(3);
    for (int s = 0; s < steps && !a.state().isClosed(); s++) {
      day = day.plusDays(r.nextInt(90));
      ActionEvent event = switch (r.nextInt(5)) {
        case 0 -> new ActionEvent.Start();
        case 1 -> ActionEvent.complete("Evidence");
        case 2 -> new ActionEvent.Abandon("No money");
        case 3 -> new ActionEvent.Supersede("Replaced");
        default -> new ActionEvent.Complete(java.util.Optional.empty());
      };
      try {
        a = a.apply(event, day, "Owner");
      } catch (org.rbm.core.RbmException e) {
        // The workflow refused this event here (a completion without evidence): try another.
      }
    }
    return a;
  }
}
