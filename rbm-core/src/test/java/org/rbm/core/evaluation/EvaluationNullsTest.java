package org.rbm.core.evaluation;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.StrategyId;

/** Every public method and constructor of the evaluation package rejects a null argument at once. */
class EvaluationNullsTest {
  private static final NullPointerTester NPT =
      new NullPointerTester()
          .setDefault(String.class, "R1")
          .setDefault(LocalDate.class, EvaluationFixtures.AS_OF)
          .setDefault(ResultId.class, ResultId.of("IO1.1"))
          .setDefault(StrategyId.class, StrategyId.of("HR"))
          .setDefault(ActionEvent.class, new ActionEvent.Start())
          .setDefault(Iterable.class, List.of());

  @Test
  void idsEventsAndFactoriesRejectNull() {
    NPT.testAllPublicStaticMethods(EvaluationId.class);
    NPT.testAllPublicStaticMethods(RecommendationId.class);
    NPT.testAllPublicStaticMethods(ActionId.class);
    NPT.testAllPublicStaticMethods(LessonId.class);
    NPT.testAllPublicStaticMethods(SubjectRef.class);
    NPT.testAllPublicStaticMethods(ActionEvent.class);
    NPT.testAllPublicConstructors(ActionEvent.Complete.class);
    NPT.testAllPublicConstructors(ActionEvent.Abandon.class);
    NPT.testAllPublicConstructors(ActionEvent.Supersede.class);
    NPT.testAllPublicStaticMethods(FollowUpTracking.class);
    NPT.testAllPublicStaticMethods(EvaluationRules.class);
    NPT.testAllPublicStaticMethods(ActionWorkflows.class);
  }

  @Test
  void evaluationsActionsTrackingAndBuildersRejectNull() {
    Evaluation e = EvaluationFixtures.cambodia();
    NPT.testAllPublicInstanceMethods(e);
    NPT.testAllPublicInstanceMethods(e.recommendations().get(0));
    NPT.testAllPublicInstanceMethods(e.recommendations().get(0).actions().get(0));
    NPT.testAllPublicInstanceMethods(e.lessons().get(0));
    NPT.testAllPublicInstanceMethods(EvaluationFixtures.citations().get(0));
    NPT.testAllPublicInstanceMethods(EvaluationFixtures.accepted(EvaluationFixtures.AS_OF));
    NPT.testAllPublicInstanceMethods(
        FollowUpTracking.of(EvaluationFixtures.all(), EvaluationFixtures.citations(),
            EvaluationFixtures.AS_OF));
    NPT.testAllPublicInstanceMethods(FollowUpAction.builder());
    NPT.testAllPublicInstanceMethods(Evaluation.builder());
    NPT.testAllPublicInstanceMethods(Recommendation.builder());
    NPT.testAllPublicInstanceMethods(ManagementResponse.builder());
    NPT.testAllPublicInstanceMethods(Lesson.builder());
    NPT.testAllPublicInstanceMethods(LessonCitation.builder());
  }
}
