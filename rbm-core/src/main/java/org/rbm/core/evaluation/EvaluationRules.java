package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rbm.core.InvalidValueException;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.MessageKey;
import org.rbm.core.rules.Reporter;
import org.rbm.core.rules.Rule;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.RuleInfo;
import org.rbm.core.rules.RuleSet;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationContext;
import org.rbm.core.rules.Validator;

/**
 * The follow-up policy's rules over an {@link Evaluation}, as rules of the rules engine: they
 * report findings instead of throwing.
 *
 * <pre>{@code
 * ValidationReport report = EvaluationRules.validator(90, LocalDate.of(2008, 6, 30))
 *     .validate(evaluation, ValidationContext.of(List.of()));
 * }</pre>
 *
 * <table>
 *   <caption>The follow-up rules</caption>
 *   <tr><th>Id</th><th>Severity</th><th>Checks</th></tr>
 *   <tr><td>RBM-EVAL-001</td><td>warning</td><td>Every recommendation has a management response
 *       within the configured number of days of the report (a response given later, or none
 *       when that many days have passed by the as-of day)</td></tr>
 *   <tr><td>RBM-EVAL-002</td><td>error</td><td>A recommendation accepted in full or in part has
 *       at least one follow-up action</td></tr>
 *   <tr><td>RBM-EVAL-003</td><td>error</td><td>A completed action states its evidence of
 *       completion (an organisation's own workflow may allow a completion without it)</td></tr>
 * </table>
 *
 * <p>Locations: {@code /recommendations/<id>} and {@code /recommendations/<id>/actions/<id>}.
 * Each rule is linear in the number of recommendations and actions.
 */
public final class EvaluationRules {
  /** RBM-EVAL-001: every recommendation has a response within the configured time. */
  public static final RuleId RESPONSE_IN_TIME = RuleId.of("RBM-EVAL-001");
  /** RBM-EVAL-002: an accepted recommendation has at least one follow-up action. */
  public static final RuleId ACCEPTED_HAS_ACTION = RuleId.of("RBM-EVAL-002");
  /** RBM-EVAL-003: a completed action has evidence of completion. */
  public static final RuleId COMPLETED_HAS_EVIDENCE = RuleId.of("RBM-EVAL-003");

  /** The days management has to respond unless told otherwise. */
  public static final int DEFAULT_RESPONSE_DAYS = 90;

  private static final String SOURCE =
      "ILO GB.300/PFA/9/1 (2007), paragraph 32, milestone 17: a policy for follow-up to all types"
          + " of independent evaluation and a database for tracking management follow-up";

  private static final MessageKey NO_RESPONSE =
      key("RBM-EVAL-001.noResponse", "recommendation", "days", "limit");
  private static final MessageKey LATE_RESPONSE =
      key("RBM-EVAL-001.lateResponse", "recommendation", "days", "limit");
  private static final MessageKey NO_ACTION =
      key("RBM-EVAL-002.noAction", "recommendation", "decision");
  private static final MessageKey NO_EVIDENCE =
      key("RBM-EVAL-003.noEvidence", "action", "recommendation");

  private EvaluationRules() {}

  private static MessageKey key(String key, String... argumentNames) {
    return RuleValues.get().standardKey(key, argumentNames);
  }

  /**
   * Returns the three rules with their default severities.
   *
   * @param responseDays the days management has to respond after the report, at least 0, such as
   *     {@link #DEFAULT_RESPONSE_DAYS}
   * @param asOf the day a missing response is judged on
   * @return the rule set, in the order of the ids
   * @throws InvalidValueException if {@code responseDays} is negative
   */
  public static RuleSet<Evaluation> ruleSet(int responseDays, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (responseDays < 0) {
      throw new InvalidValueException("responseDays", responseDays, "at least 0");
    }
    return RuleSet.of(List.of(
        Rule.of(info(RESPONSE_IN_TIME, Severity.WARNING,
            "Every recommendation has a management response within " + responseDays
                + " days of the report",
            "A follow-up policy consistently applied answers every recommendation in time."),
            (e, c, r) -> responseInTime(e, r, responseDays, asOf)),
        Rule.of(info(ACCEPTED_HAS_ACTION, Severity.ERROR,
            "A recommendation accepted in full or in part has at least one follow-up action",
            "An acceptance without an action changes nothing and cannot be tracked."),
            EvaluationRules::acceptedHasAction),
        Rule.of(info(COMPLETED_HAS_EVIDENCE, Severity.ERROR,
            "A completed follow-up action states its evidence of completion",
            "The follow-up database reports completions that can be verified."),
            EvaluationRules::completedHasEvidence)));
  }

  /**
   * Returns a validator by the three rules; findings name the evaluation by its id.
   *
   * @param responseDays the days management has to respond, at least 0
   * @param asOf the day a missing response is judged on
   * @return the validator
   * @throws InvalidValueException if {@code responseDays} is negative
   */
  public static Validator<Evaluation> validator(int responseDays, LocalDate asOf) {
    return validator(ruleSet(responseDays, asOf));
  }

  /**
   * Returns a validator by the given rules; findings name the evaluation by its id.
   *
   * @param rules the rules, such as {@link #ruleSet} with severities changed
   * @return the validator
   */
  public static Validator<Evaluation> validator(RuleSet<Evaluation> rules) {
    return Validator.of(requireNonNull(rules, "rules"), e -> e.id().toString());
  }

  private static RuleInfo info(RuleId id, Severity severity, String description, String why) {
    return RuleInfo.builder()
        .id(id)
        .defaultSeverity(severity)
        .description(description)
        .rationale(why)
        .source(SOURCE)
        .build();
  }

  private static Location at(Recommendation r) {
    return Location.of("recommendations", r.id().toString());
  }

  private static void responseInTime(
      Evaluation e, Reporter reporter, int limit, LocalDate asOf) {
    for (Recommendation r : e.recommendations()) {
      if (r.response().isPresent()) {
        long days = ChronoUnit.DAYS.between(e.reportDate(), r.response().get().date());
        if (days > limit) {
          reporter.report(at(r), LATE_RESPONSE, r.id(), days, limit);
        }
      } else {
        long days = ChronoUnit.DAYS.between(e.reportDate(), asOf);
        if (days > limit) {
          reporter.report(at(r), NO_RESPONSE, r.id(), days, limit);
        }
      }
    }
  }

  private static void acceptedHasAction(Evaluation e, ValidationContext c, Reporter reporter) {
    for (Recommendation r : e.recommendations()) {
      if (r.isAccepted() && r.actions().isEmpty()) {
        reporter.report(
            at(r), NO_ACTION, r.id(), r.response().orElseThrow().decision().name());
      }
    }
  }

  private static void completedHasEvidence(Evaluation e, ValidationContext c, Reporter reporter) {
    for (Recommendation r : e.recommendations()) {
      for (FollowUpAction a : r.actions()) {
        if (a.state() == ActionState.COMPLETED && a.evidence().isEmpty()) {
          reporter.report(
              Location.of("recommendations", r.id().toString(), "actions", a.id().toString()),
              NO_EVIDENCE, a.id(), r.id());
        }
      }
    }
  }
}
