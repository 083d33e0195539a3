package org.rbm.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationRules;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.core.evaluation.ImplementationRate;
import org.rbm.core.evaluation.LessonCitation;
import org.rbm.core.evaluation.OverdueAction;
import org.rbm.core.evaluation.PendingResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.rules.Finding;
import org.rbm.text.EvaluationTracking;
import org.rbm.text.RenderOptions;
import org.rbm.text.TableFormat;

/**
 * The report's section on the follow-up of evaluations (milestone 17): an evaluation with its
 * recommendations, management responses and follow-up actions, and the tracking figures as of
 * 30 June 2008 ({@link IloEvaluations}, invented where the paper names no evaluation).
 */
public final class EvaluationSection {
  private EvaluationSection() {}

  /**
   * Prints the section.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Evaluation e = IloEvaluations.example();
    out.println("The paper names no evaluation: this one is invented to show the follow-up.");
    out.println();
    out.printf(Locale.ROOT, "%s %s (%s, reported %s)%n",
        e.id(), e.title(), e.type(), e.reportDate());
    for (Recommendation r : e.recommendations()) {
      out.printf(Locale.ROOT, "  %s %s -> %s%n", r.id(), r.text(), r.addressee());
      out.printf(Locale.ROOT, "     response: %s%n",
          r.response()
              .map(m -> m.decision() + " on " + m.date() + m.reasons().map(s -> " (" + s + ")").orElse(""))
              .orElse("none"));
      for (FollowUpAction a : r.actions()) {
        out.printf(Locale.ROOT, "     %s %s: %s, due %s%s%n", a.id(), a.description(),
            a.stateOn(IloEvaluations.AS_OF).map(Enum::name).orElse("not recorded"), a.due(),
            a.evidence().map(s -> ", evidence: " + s).orElse(""));
      }
    }
    FollowUpTracking t =
        FollowUpTracking.of(List.of(e), IloEvaluations.citations(), IloEvaluations.AS_OF);
    out.println();
    out.printf(Locale.ROOT, "Follow-up as of %s%n", t.asOf());
    ImplementationRate rate = t.total();
    out.printf(Locale.ROOT, "Implementation rate: %d of %d counted actions completed = %s%n",
        rate.completed(), rate.counted(), percent(rate));
    for (OverdueAction o : t.overdueActions()) {
      out.printf(Locale.ROOT, "Overdue: %s (%s) by %d days%n",
          o.action().id(), o.state(), o.daysOverdue());
    }
    for (PendingResponse p : t.withoutResponse(EvaluationRules.DEFAULT_RESPONSE_DAYS)) {
      out.printf(Locale.ROOT, "Without a management response: %s for %d days%n",
          p.recommendation().id(), p.daysWaiting());
    }
    List<LessonCitation> cited = t.citationsOf(IloEvaluations.LESSON);
    out.printf(Locale.ROOT, "Lesson %s cited %d times: %s%n", IloEvaluations.LESSON, cited.size(),
        String.join(", ", cited.stream().map(c -> c.citedBy() + " " + c.citerReference()).toList()));
    out.println();
    out.print(EvaluationTracking.renderRates(t, TableFormat.PLAIN_TEXT, RenderOptions.defaults()));
    out.println();
    for (Finding f :
        EvaluationRules.validator(EvaluationRules.DEFAULT_RESPONSE_DAYS, IloEvaluations.AS_OF)
            .validate(e)
            .findings()) {
      out.printf(Locale.ROOT, "%s: %s%n", f.ruleId(), f.message());
    }
  }

  private static String percent(ImplementationRate rate) {
    return rate.rate()
        .map(r -> r.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%")
        .orElse("none counted");
  }
}
