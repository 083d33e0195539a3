package org.rbm.store;

import java.time.LocalDate;
import java.util.List;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.Lesson;
import org.rbm.core.evaluation.LessonCitation;
import org.rbm.core.evaluation.LessonId;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.ResponseDecision;
import org.rbm.core.evaluation.SubjectRef;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.StrategyId;

/**
 * Three evaluations whose follow-up as of 2008-06-30 is worked out by hand in the tests (the
 * fixtures of rbm-core's FollowUpTrackingTest, whose figures the SQL queries must give too).
 *
 * <ul>
 *   <li>IEE-2007-01, country programme, Asia and the Pacific, reported 2007-09-30: R1 accepted
 *       (R1.1 completed 2008-03-20, due 03-31; R1.2 in progress, due 05-31, 30 days overdue), R2
 *       partially accepted (R2.1 planned, due 2008-12-31, not yet due), R3 not accepted.
 *   <li>IEE-2008-02, independent strategy evaluation, global, reported 2008-02-15: R1 accepted
 *       2008-04-01 (R1.1 completed 06-30 on its due day; R1.2 superseded; R1.3 planned, due
 *       06-01, 29 days overdue), R2 without response (136 days on 2008-06-30), R3 accepted (R3.1
 *       not done).
 *   <li>PRJ-2008-07, project, Africa, reported 2008-08-31: after 2008-06-30, not tracked then.
 * </ul>
 */
final class EvaluationFixtures {
  static final LocalDate AS_OF = LocalDate.of(2008, 6, 30);

  private EvaluationFixtures() {}

  static FollowUpAction action(String id, LocalDate recorded, LocalDate due) {
    return FollowUpAction.builder()
        .id(ActionId.of(id))
        .description("Action " + id)
        .owner("Owner of " + id)
        .due(due)
        .recordedOn(recorded)
        .build();
  }

  static ManagementResponse accepted(LocalDate on) {
    return ManagementResponse.builder().decision(ResponseDecision.ACCEPTED).date(on).build();
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Evaluation cambodia() {
    FollowUpAction r11 = action("R1.1", d(2007, 11, 20), d(2008, 3, 31))
        .apply(new ActionEvent.Start(), d(2008, 1, 10), "RO-Bangkok")
        .apply(ActionEvent.complete("Steering committee minutes, 20 March 2008"),
            d(2008, 3, 20), "RO-Bangkok");
    FollowUpAction r12 = action("R1.2", d(2007, 11, 20), d(2008, 5, 31))
        .apply(new ActionEvent.Start(), d(2008, 2, 1), "CO-Bangkok");
    FollowUpAction r21 = action("R2.1", d(2007, 11, 20), d(2008, 12, 31));
    return Evaluation.builder()
        .id(EvaluationId.of("IEE-2007-01"))
        .title("Independent evaluation of the DWCP for Cambodia")
        .type(EvaluationType.COUNTRY_PROGRAMME)
        .addSubjects(SubjectRef.dwcp("KHM"))
        .region(IloRegion.ASIA_AND_THE_PACIFIC)
        .startDate(d(2007, 3, 1))
        .reportDate(d(2007, 9, 30))
        .evaluator("Independent evaluation team")
        .addRecommendations(
            Recommendation.builder().id(RecommendationId.of("R1"))
                .text("Set up a tripartite steering committee").addressee("RO-Bangkok")
                .response(accepted(d(2007, 11, 15))).addActions(r11, r12).build(),
            Recommendation.builder().id(RecommendationId.of("R2"))
                .text("Train constituents in results-based management").addressee("CO-Bangkok")
                .response(ManagementResponse.builder()
                    .decision(ResponseDecision.PARTIALLY_ACCEPTED)
                    .reasons("Training for workers' and employers' organizations only in 2008")
                    .date(d(2007, 11, 15)).build())
                .addActions(r21).build(),
            Recommendation.builder().id(RecommendationId.of("R3"))
                .text("Open a project office in Siem Reap").addressee("RO-Bangkok")
                .response(ManagementResponse.builder()
                    .decision(ResponseDecision.NOT_ACCEPTED)
                    .reasons("No resources in the 2008-09 biennium")
                    .date(d(2007, 12, 10)).build())
                .build())
        .addLessons(Lesson.builder().id(LessonId.of("L-2007-03"))
            .text("Tripartite ownership is built in the design phase")
            .source(EvaluationId.of("IEE-2007-01")).build())
        .build();
  }

  static Evaluation hrStrategy() {
    FollowUpAction r11 = action("R1.1", d(2008, 4, 5), d(2008, 6, 30))
        .apply(ActionEvent.complete("Circular No. 651"), d(2008, 6, 30), "HRD");
    FollowUpAction r12 = action("R1.2", d(2008, 4, 5), d(2008, 4, 30))
        .apply(new ActionEvent.Supersede("Replaced by R1.3"), d(2008, 4, 15), "HRD");
    FollowUpAction r13 = action("R1.3", d(2008, 4, 15), d(2008, 6, 1));
    FollowUpAction r31 = action("R3.1", d(2008, 3, 5), d(2008, 5, 15))
        .apply(new ActionEvent.Abandon("Staff rules not amended by the Governing Body"),
            d(2008, 5, 10), "HRD");
    return Evaluation.builder()
        .id(EvaluationId.of("IEE-2008-02"))
        .title("Independent evaluation of the human resources strategy")
        .type(EvaluationType.INDEPENDENT_STRATEGY_OR_POLICY)
        .addSubjects(SubjectRef.strategy(StrategyId.of("HR")))
        .startDate(d(2007, 10, 1))
        .reportDate(d(2008, 2, 15))
        .evaluator("External evaluator")
        .addRecommendations(
            Recommendation.builder().id(RecommendationId.of("R1"))
                .text("Link performance appraisal to results").addressee("HRD")
                .response(accepted(d(2008, 4, 1))).addActions(r11, r12, r13).build(),
            Recommendation.builder().id(RecommendationId.of("R2"))
                .text("Publish a staff mobility policy").addressee("HRD").build(),
            Recommendation.builder().id(RecommendationId.of("R3"))
                .text("Shorten recruitment").addressee("HRD")
                .response(accepted(d(2008, 3, 1))).addActions(r31).build())
        .build();
  }

  static Evaluation zambiaProject() {
    return Evaluation.builder()
        .id(EvaluationId.of("PRJ-2008-07"))
        .title("Final evaluation of a youth employment project")
        .type(EvaluationType.PROJECT)
        .addSubjects(SubjectRef.result(ResultId.of("IO2.3")))
        .region(IloRegion.AFRICA)
        .startDate(d(2008, 6, 1))
        .reportDate(d(2008, 8, 31))
        .evaluator("Project evaluator")
        .build();
  }

  static List<Evaluation> all() {
    return List.of(cambodia(), hrStrategy(), zambiaProject());
  }

  static List<LessonCitation> citations() {
    return List.of(
        LessonCitation.builder().lesson(LessonId.of("L-2007-03"))
            .citedBy(LessonCitation.Citer.DWCP).citerReference("LAO").build(),
        LessonCitation.builder().lesson(LessonId.of("L-2007-03"))
            .citedBy(LessonCitation.Citer.SPF).citerReference("SPF-2010-15").build());
  }
}
