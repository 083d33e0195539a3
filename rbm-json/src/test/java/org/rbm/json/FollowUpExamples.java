package org.rbm.json;

import java.time.LocalDate;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.dwcp.OfficeLevel;
import org.rbm.core.dwcp.Partner;
import org.rbm.core.dwcp.PartnerRole;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.dwcp.ResultResource;
import org.rbm.core.dwcp.UnFrameworkKind;
import org.rbm.core.dwcp.UnFrameworkLink;
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
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;

/** A DWCP portfolio and an evaluation with its follow-up, for the JSON tests. */
final class FollowUpExamples {
  private FollowUpExamples() {}

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static ResultsFramework framework(String country) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("DWCP-" + country))
        .title("Decent Work Country Programme " + country)
        .owner("ILO")
        .planningPeriod(PlanningPeriod.of(2007, 2011))
        .levelScheme(LevelScheme.of("DWCP", "country programme outcome", "output"))
        .addResult(Result.builder().id(ResultId.of(country + "-1"))
            .level("country programme outcome").title("Youth employment policy adopted").build())
        .addContribution(ContributionLink.of(
            ResultId.of(country + "-1"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1.1")))
        .build();
  }

  /** Kenya: concept on 2007-01-15, draft 05-10, QA passed with comments 06-20, final 09-03. */
  static Dwcp kenya() {
    return Dwcp.builder()
        .country("KE")
        .region(IloRegion.AFRICA)
        .period(PlanningPeriod.of(2007, 2011))
        .addPriority("Youth employment")
        .framework(framework("KE"))
        .addPartner(new Partner("Ministry of Labour", PartnerRole.GOVERNMENT))
        .addUnFramework(new UnFrameworkLink(UnFrameworkKind.UNDAF, "UNDAF Kenya 2009-13"))
        .addResource(new ResultResource(ResultId.of("KE-1"), FundingSource.REGULAR_BUDGET,
            OfficeLevel.COUNTRY_OFFICE, Money.parse("USD 250000")))
        .recordedOn(d(2007, 1, 15))
        .recordedBy("RO-Addis Ababa")
        .build()
        .apply(DwcpEvent.submitDraft(), d(2007, 5, 10), "CO-Dar es Salaam")
        .apply(DwcpEvent.reviewQuality(QaOutcome.PASSED_WITH_COMMENTS), d(2007, 6, 20),
            "RO-Addis Ababa", java.util.Optional.of("Indicators to be made measurable"))
        .apply(DwcpEvent.finalizeDocument(), d(2007, 9, 3), "CO-Dar es Salaam");
  }

  /** Viet Nam: a concept, recorded as it is, without history. */
  static Dwcp vietNam() {
    return Dwcp.builder()
        .country("VN")
        .region(IloRegion.ASIA_AND_THE_PACIFIC)
        .period(PlanningPeriod.of(2007, 2011))
        .framework(framework("VN"))
        .recordedOn(d(2007, 3, 1))
        .recordedBy("RO-Bangkok")
        .build();
  }

  static DwcpPortfolio portfolio() {
    return DwcpPortfolio.of(java.util.List.of(kenya(), vietNam()));
  }

  /** R1.1: recorded 2007-11-20, started 2008-01-10, completed 2008-03-20 with evidence. */
  static FollowUpAction completedAction() {
    return FollowUpAction.builder()
        .id(ActionId.of("R1.1"))
        .description("Set up the steering committee")
        .owner("RO-Bangkok")
        .due(d(2008, 3, 31))
        .recordedOn(d(2007, 11, 20))
        .build()
        .apply(new ActionEvent.Start(), d(2008, 1, 10), "RO-Bangkok")
        .apply(ActionEvent.complete("Steering committee minutes"), d(2008, 3, 20), "RO-Bangkok");
  }

  static FollowUpAction plannedAction() {
    return FollowUpAction.builder()
        .id(ActionId.of("R2.1"))
        .description("Train workers' organizations")
        .owner("CO-Bangkok")
        .due(d(2008, 12, 31))
        .recordedOn(d(2007, 11, 20))
        .build();
  }

  static ManagementResponse partly() {
    return ManagementResponse.builder()
        .decision(ResponseDecision.PARTIALLY_ACCEPTED)
        .reasons("Workers' organizations only in 2008")
        .date(d(2007, 11, 15))
        .build();
  }

  static Lesson lesson() {
    return Lesson.builder().id(LessonId.of("L-2007-03"))
        .text("Tripartite ownership is built in the design phase")
        .source(EvaluationId.of("IEE-2007-01")).build();
  }

  static Evaluation evaluation() {
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
                .response(ManagementResponse.builder().decision(ResponseDecision.ACCEPTED)
                    .date(d(2007, 11, 15)).build())
                .addActions(completedAction()).build(),
            Recommendation.builder().id(RecommendationId.of("R2"))
                .text("Train constituents").addressee("CO-Bangkok")
                .response(partly()).addActions(plannedAction()).build(),
            Recommendation.builder().id(RecommendationId.of("R3"))
                .text("Open a project office").addressee("RO-Bangkok").build())
        .addLessons(lesson())
        .build();
  }

  static LessonCitation citation() {
    return LessonCitation.builder().lesson(LessonId.of("L-2007-03"))
        .citedBy(LessonCitation.Citer.DWCP).citerReference("LAO").build();
  }
}
