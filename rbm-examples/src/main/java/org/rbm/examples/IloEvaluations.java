package org.rbm.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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

/**
 * An independent evaluation of a country programme and its follow-up, for the example report's
 * section on the follow-up database of milestone 17. The paper names no evaluation: the country,
 * dates, recommendations and actions are invented, chosen so that the figures as of 2008-06-30 can
 * be worked out by hand (see {@code EvaluationSectionTest}).
 */
public final class IloEvaluations {
  /** The day the tracking figures describe: the end of 30 June 2008. */
  public static final LocalDate AS_OF = LocalDate.of(2008, 6, 30);

  /** The lesson the example's SPF and a DWCP cite. */
  public static final LessonId LESSON = LessonId.of("L-2007-03");

  private static final EvaluationId ID = EvaluationId.of("IEE-2007-04");

  private IloEvaluations() {}

  /**
   * Returns the evaluation of the DWCP for Indonesia, reported on 2007-09-30: R1 accepted (R1.1
   * completed on 2008-03-14, R1.2 in progress, due 2008-03-31), R2 partially accepted (R2.1 planned,
   * due 2008-12-31), R3 not accepted, R4 without a response; one lesson.
   *
   * @return the evaluation
   */
  public static Evaluation example() {
    FollowUpAction r11 =
        action("R1.1", "Map the DWCP's outcomes to the P&B's immediate outcomes", "2008-03-31")
            .apply(new ActionEvent.Start(), LocalDate.of(2008, 1, 7), "CO-Jakarta")
            .apply(ActionEvent.complete("Linkage table annexed to the DWCP, March 2008"),
                LocalDate.of(2008, 3, 14), "CO-Jakarta");
    FollowUpAction r12 =
        action("R1.2", "Set indicators with baselines for every outcome", "2008-03-31")
            .apply(new ActionEvent.Start(), LocalDate.of(2008, 2, 4), "CO-Jakarta");
    FollowUpAction r21 =
        action("R2.1", "Add the workers' organizations to the steering committee", "2008-12-31");
    return Evaluation.builder()
        .id(ID)
        .title("Independent evaluation of the Decent Work Country Programme for Indonesia")
        .type(EvaluationType.COUNTRY_PROGRAMME)
        .addSubjects(SubjectRef.dwcp("ID"))
        .region(IloRegion.ASIA_AND_THE_PACIFIC)
        .startDate(LocalDate.of(2007, 2, 1))
        .reportDate(LocalDate.of(2007, 9, 30))
        .evaluator("Independent evaluation team")
        .addRecommendations(
            Recommendation.builder()
                .id(RecommendationId.of("R1"))
                .text("Align the programme's outcomes with the P&B's immediate outcomes")
                .addressee("RO-Asia and the Pacific")
                .response(response(ResponseDecision.ACCEPTED, null))
                .addActions(r11, r12)
                .build(),
            Recommendation.builder()
                .id(RecommendationId.of("R2"))
                .text("Involve employers' and workers' organizations in the steering committee")
                .addressee("CO-Jakarta")
                .response(response(ResponseDecision.PARTIALLY_ACCEPTED,
                    "Workers' organizations in 2008; employers' in the next programme"))
                .addActions(r21)
                .build(),
            Recommendation.builder()
                .id(RecommendationId.of("R3"))
                .text("Open a project office in Surabaya")
                .addressee("RO-Asia and the Pacific")
                .response(response(ResponseDecision.NOT_ACCEPTED,
                    "No resources in the 2008-09 biennium"))
                .build(),
            Recommendation.builder()
                .id(RecommendationId.of("R4"))
                .text("Publish the management response with the report")
                .addressee("EVAL")
                .build())
        .addLessons(
            Lesson.builder()
                .id(LESSON)
                .text("Tripartite ownership is built in the design phase")
                .source(ID)
                .build())
        .build();
  }

  /**
   * Returns the citations of the lesson: by the SPF 2010-15 and by the DWCP for Cambodia.
   *
   * @return two citations
   */
  public static ImmutableList<LessonCitation> citations() {
    return ImmutableList.of(
        LessonCitation.builder()
            .lesson(LESSON)
            .citedBy(LessonCitation.Citer.SPF)
            .citerReference("SPF-2010-15")
            .build(),
        LessonCitation.builder()
            .lesson(LESSON)
            .citedBy(LessonCitation.Citer.DWCP)
            .citerReference("KH")
            .build());
  }

  private static FollowUpAction action(String id, String description, String due) {
    return FollowUpAction.builder()
        .id(ActionId.of(id))
        .description(description)
        .owner("CO-Jakarta")
        .due(LocalDate.parse(due))
        .recordedOn(LocalDate.of(2007, 12, 3))
        .build();
  }

  private static ManagementResponse response(
      ResponseDecision decision, @org.jspecify.annotations.Nullable String reasons) {
    ManagementResponse.Builder b =
        ManagementResponse.builder().decision(decision).date(LocalDate.of(2007, 11, 30));
    if (reasons != null) {
      b.reasons(reasons);
    }
    return b.build();
  }
}
