package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.json.RbmJson;

/**
 * The evaluation section's figures as of 2008-06-30, worked by hand from {@link IloEvaluations}:
 *
 * <ul>
 *   <li>Counted actions: R1.1 (completed 2008-03-14) and R1.2 (in progress, due 2008-03-31, so
 *       open past its due date); R2.1 is planned for 2008-12-31, not yet due, so not counted.
 *       Rate 1/2 = 50.0%.
 *   <li>R1.2 is overdue by April 30 + May 31 + June 30 = 91 days.
 *   <li>R4 has had no response since the report of 2007-09-30: October 31 + November 30 +
 *       December 31 + January 31 + February 29 (2008 is a leap year) + March 31 + April 30 + May 31
 *       + June 30 = 274 days, more than the default 90; every other recommendation was answered on
 *       2007-11-30.
 *   <li>Lesson L-2007-03 is cited twice: by the SPF 2010-15 and by the DWCP for Cambodia.
 *   <li>Rules: RBM-EVAL-001 once (R4); R1 and R2 have actions; R1.1 has its evidence.
 * </ul>
 */
class EvaluationSectionTest {
  private static final FollowUpTracking TRACKING =
      FollowUpTracking.of(
          List.of(IloEvaluations.example()), IloEvaluations.citations(), IloEvaluations.AS_OF);

  @Test
  void theFiguresAreThoseWorkedByHand() {
    assertEquals(1, TRACKING.total().completed());
    assertEquals(2, TRACKING.total().counted());
    assertEquals(Optional.of(new BigDecimal("0.5")), TRACKING.total().rate());
    assertEquals(1, TRACKING.overdueActions().size());
    assertEquals("R1.2", TRACKING.overdueActions().get(0).action().id().toString());
    assertEquals(91, TRACKING.overdueActions().get(0).daysOverdue());
    assertEquals(1, TRACKING.withoutResponse(90).size());
    assertEquals("R4", TRACKING.withoutResponse(90).get(0).recommendation().id().toString());
    assertEquals(274, TRACKING.withoutResponse(90).get(0).daysWaiting());
    assertEquals(2, TRACKING.citationsOf(IloEvaluations.LESSON).size());
  }

  @Test
  void printsTheEvaluationAndTheFigures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluationSection.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Implementation rate: 1 of 2 counted actions completed = 50.0%\n"), out);
    assertTrue(out.contains("Overdue: R1.2 (IN_PROGRESS) by 91 days\n"), out);
    assertTrue(out.contains("Without a management response: R4 for 274 days\n"), out);
    assertTrue(out.contains("Lesson L-2007-03 cited 2 times: SPF SPF-2010-15, DWCP KH\n"), out);
    assertTrue(out.contains("     R2.1 Add the workers' organizations to the steering committee:"
        + " PLANNED, due 2008-12-31\n"), out);
    assertTrue(out.contains("     response: NOT_ACCEPTED on 2007-11-30"
        + " (No resources in the 2008-09 biennium)\n"), out);
    assertTrue(out.contains("Region: Asia and the Pacific          1        2  50.0%\n"), out);
    assertEquals(1, out.lines().filter(l -> l.startsWith("RBM-EVAL-")).count(), out);
    assertTrue(out.contains("RBM-EVAL-001: "), out);
  }

  @Test
  void theExampleReadsBackFromItsJson() {
    RbmJson json = RbmJson.strict();
    assertEquals(
        IloEvaluations.example(),
        json.read(json.write(IloEvaluations.example()), org.rbm.core.evaluation.Evaluation.class));
  }
}
