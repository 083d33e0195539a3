package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.ResponseDecision;
import org.rbm.core.evaluation.SubjectRef;

/**
 * The follow-up tables of one evaluation as of 2008-06-30, worked by hand: R1.1 completed, R1.2 in
 * progress since before its due date 2008-03-31 (91 days overdue: April 30 + May 31 + June 30), so
 * 1 of 2 counted = 50.0%; R2 unanswered since the report of 2007-09-30, 274 days (2008 is a leap
 * year).
 */
class EvaluationTrackingTest {
  private static final LocalDate AS_OF = LocalDate.of(2008, 6, 30);

  private static FollowUpAction action(String id) {
    return FollowUpAction.builder().id(ActionId.of(id)).description("Action " + id)
        .owner("CO-Jakarta").due(LocalDate.of(2008, 3, 31)).recordedOn(LocalDate.of(2007, 12, 3))
        .build()
        .apply(new ActionEvent.Start(), LocalDate.of(2008, 1, 7), "CO-Jakarta");
  }

  static final FollowUpTracking TRACKING = FollowUpTracking.of(List.of(Evaluation.builder()
      .id(EvaluationId.of("IEE-2007-04"))
      .title("Evaluation of the DWCP for Indonesia")
      .type(EvaluationType.COUNTRY_PROGRAMME)
      .addSubjects(SubjectRef.dwcp("ID"))
      .region(IloRegion.ASIA_AND_THE_PACIFIC)
      .startDate(LocalDate.of(2007, 2, 1))
      .reportDate(LocalDate.of(2007, 9, 30))
      .evaluator("EVAL")
      .addRecommendations(
          Recommendation.builder().id(RecommendationId.of("R1")).text("Align").addressee("RO")
              .response(ManagementResponse.builder().decision(ResponseDecision.ACCEPTED)
                  .date(LocalDate.of(2007, 11, 30)).build())
              .addActions(
                  action("R1.1").apply(ActionEvent.complete("Linkage table"),
                      LocalDate.of(2008, 3, 14), "CO-Jakarta"),
                  action("R1.2"))
              .build(),
          Recommendation.builder().id(RecommendationId.of("R2")).text("Publish, now")
              .addressee("EVAL, Geneva").build())
      .build()), List.of(), AS_OF);

  private static String crlf(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void ratesAsPlainText() {
    assertEquals("""
        Implementation rates of follow-up actions (as of 2008-06-30)

        Group                         Completed  Counted   Rate
        Evaluation IEE-2007-04                1        2  50.0%
        Type: country programme               1        2  50.0%
        Region: Asia and the Pacific          1        2  50.0%
        Year 2007                             1        2  50.0%
        Total                                 1        2  50.0%
        """,
        EvaluationTracking.renderRates(TRACKING, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
  }

  @Test
  void ratesWithoutDecimalsInFrench() {
    String csv = EvaluationTracking.renderRates(TRACKING, TableFormat.CSV,
        RenderOptions.defaults().withLocale(Locale.FRENCH).withPercentDecimals(0));
    assertEquals(crlf("Groupe,Achevées,Comptées,Taux",
        "Évaluation IEE-2007-04,1,2,50%",
        "Type : programme par pays,1,2,50%",
        "Région : Asie et Pacifique,1,2,50%",
        "Année 2007,1,2,50%",
        "Total,1,2,50%"), csv);
  }

  @Test
  void overdueActionsAsMarkdown() {
    assertEquals("""
        **Overdue follow-up actions (as of 2008-06-30)**

        | Evaluation | Recommendation | Action | Owner | Due | State | Days overdue |
        |---|---|---|---|---|---|---:|
        | IEE-2007-04 | R1 | R1.2 | CO-Jakarta | 2008-03-31 | in progress | 91 |
        """,
        EvaluationTracking.renderOverdue(TRACKING, TableFormat.MARKDOWN, RenderOptions.defaults()));
  }

  @Test
  void recommendationsWithoutResponseAsCsvInSpanish() {
    assertEquals(crlf("Evaluación,Recomendación,Destinatario,Fecha del informe,Días de espera",
            "IEE-2007-04,R2,\"EVAL, Geneva\",2007-09-30,274"),
        EvaluationTracking.renderWithoutResponse(TRACKING, 90, TableFormat.CSV,
            RenderOptions.defaults().withLocale(Locale.forLanguageTag("es"))));
    // After 274 days or more, nothing is listed: only the header row.
    assertEquals("Evaluation,Recommendation,Addressee,Report date,Days waiting\r\n",
        EvaluationTracking.renderWithoutResponse(TRACKING, 274, TableFormat.CSV,
            RenderOptions.defaults()));
    assertThrows(InvalidValueException.class, () -> EvaluationTracking.renderWithoutResponse(
        TRACKING, -1, TableFormat.CSV, RenderOptions.defaults()));
  }

  @Test
  void nothingCountedPrintsADash() {
    FollowUpTracking none = FollowUpTracking.of(List.of(), List.of(), AS_OF);
    assertEquals("Group,Completed,Counted,Rate\r\nTotal,0,0,–\r\n",
        EvaluationTracking.renderRates(none, TableFormat.CSV, RenderOptions.defaults()));
  }
}
