package org.rbm.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmException;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.FollowUpTracking;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/**
 * Evaluation follow-up kept in tables (evaluations, recommendations with their responses, actions
 * with their due dates and state histories), so that the tracking queries of {@link
 * FollowUpTracking} run in SQL instead of loading every evaluation: recommendations without a
 * response, overdue actions and implementation rates by evaluation, type, region and year, each as
 * of a day and with the same figures as {@code FollowUpTracking}.
 *
 * <pre>{@code
 * FollowUpStore followUp = store.followUp();
 * followUp.save(evaluation);
 * followUp.overdueActions(LocalDate.of(2008, 6, 30));
 * followUp.byType(LocalDate.of(2008, 6, 30)).get(EvaluationType.COUNTRY_PROGRAMME);   // 1/2
 * }</pre>
 *
 * <p>Kept for the queries, and not read back as model values: lessons, subjects and the evidence
 * and reasons carried by action events are not stored. Free texts (titles, evaluators,
 * recommendations, addressees, reasons, descriptions, owners, actors, notes) are stored as JSON
 * strings, as an event's note is ({@link Streams}): PostgreSQL's {@code text} cannot hold NUL.
 * Saving is linear in the size of the evaluation; each query is one SQL statement. Thread-safe.
 */
public final class FollowUpStore {
  private static final String OPEN =
      Stream.of(ActionState.values())
          .filter(s -> !s.isClosed())
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  /** Each action recorded by the day, with its state at the end of the day. */
  private static final String STATES =
      "WITH s AS (SELECT a.evaluation_id, a.rec_pos, a.pos, a.action_id, a.due,"
          + " COALESCE((SELECT t.to_state FROM rbm_action_transition t"
          + " WHERE t.evaluation_id = a.evaluation_id AND t.rec_pos = a.rec_pos"
          + " AND t.action_pos = a.pos AND t.happened_on <= :d ORDER BY t.pos DESC LIMIT 1),"
          + " a.initial_state) AS state_then FROM rbm_action a WHERE a.recorded_on <= :d) ";

  private static final String COUNTS =
      "COALESCE(SUM(CASE WHEN s.state_then = 'COMPLETED' THEN 1 ELSE 0 END), 0),"
          + " COALESCE(SUM(CASE WHEN s.state_then IN ('COMPLETED', 'NOT_DONE')"
          + " OR (s.state_then IN " + OPEN + " AND s.due <= :d) THEN 1 ELSE 0 END), 0)";

  private final Jdbi jdbi;

  FollowUpStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Saves an evaluation with its recommendations, responses and actions, replacing what was saved
   * under its id. Evaluations keep the order in which they were first saved.
   *
   * @param evaluation the evaluation
   * @throws StoreException if the database fails
   */
  public void save(Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    String id = evaluation.id().toString();
    Db.call(
        "evaluations[" + StoreException.shown(id) + "].save",
        () ->
            jdbi.inTransaction(
                h -> {
                  long ord =
                      h.createQuery("SELECT ord FROM rbm_evaluation WHERE evaluation_id = :e")
                          .bind("e", id)
                          .mapTo(Long.class)
                          .findFirst()
                          .orElseGet(
                              () ->
                                  h.createQuery(
                                          "SELECT COALESCE(MAX(ord), 0) + 1 FROM rbm_evaluation")
                                      .mapTo(Long.class)
                                      .one());
                  for (String table :
                      new String[] {
                        "rbm_action_transition", "rbm_action", "rbm_recommendation", "rbm_evaluation"
                      }) {
                    int unused =
                        h.createUpdate("DELETE FROM " + table + " WHERE evaluation_id = :e")
                            .bind("e", id)
                            .execute();
                  }
                  insert(h, evaluation, id, ord);
                  return null;
                }));
  }

  private static void insert(Handle h, Evaluation e, String id, long ord) {
    int unused =
        h.createUpdate(
                "INSERT INTO rbm_evaluation (evaluation_id, ord, title, eval_type, region,"
                    + " start_date, report_date, report_year, evaluator) VALUES (:e, :ord, :title,"
                    + " :type, :region, :start, :report, :year, :evaluator)")
            .bind("e", id)
            .bind("ord", ord)
            .bind("title", Db.text(e.title()))
            .bind("type", e.type().name())
            .bind("region", e.region().map(Enum::name).orElse(null))
            .bind("start", Date.valueOf(e.startDate()))
            .bind("report", Date.valueOf(e.reportDate()))
            .bind("year", e.year())
            .bind("evaluator", Db.text(e.evaluator()))
            .execute();
    PreparedBatch recs =
        h.prepareBatch(
            "INSERT INTO rbm_recommendation (evaluation_id, pos, recommendation_id, body,"
                + " addressee, decision, reasons, response_date) VALUES (:e, :pos, :r, :body,"
                + " :addressee, :decision, :reasons, :responded)");
    PreparedBatch actions =
        h.prepareBatch(
            "INSERT INTO rbm_action (evaluation_id, rec_pos, pos, action_id, description,"
                + " action_owner, due, recorded_on, initial_state, state) VALUES (:e, :r, :pos,"
                + " :a, :description, :owner, :due, :recorded, :initial, :state)");
    PreparedBatch transitions =
        h.prepareBatch(
            "INSERT INTO rbm_action_transition (evaluation_id, rec_pos, action_pos, pos,"
                + " from_state, to_state, event_kind, happened_on, actor, note) VALUES (:e, :r,"
                + " :a, :pos, :from, :to, :kind, :on, :actor, :note)");
    int r = 0;
    for (Recommendation rec : e.recommendations()) {
      recs.bind("e", id)
          .bind("pos", r)
          .bind("r", rec.id().toString())
          .bind("body", Db.text(rec.text()))
          .bind("addressee", Db.text(rec.addressee()))
          .bind("decision", rec.response().map(x -> x.decision().name()).orElse(null))
          .bind("reasons", rec.response().flatMap(ManagementResponse::reasons).map(Db::text)
              .orElse(null))
          .bind("responded", rec.response().map(x -> Date.valueOf(x.date())).orElse(null))
          .add();
      int a = 0;
      for (FollowUpAction action : rec.actions()) {
        actions
            .bind("e", id)
            .bind("r", r)
            .bind("pos", a)
            .bind("a", action.id().toString())
            .bind("description", Db.text(action.description()))
            .bind("owner", Db.text(action.owner()))
            .bind("due", Date.valueOf(action.due()))
            .bind("recorded", Date.valueOf(action.recordedOn()))
            .bind("initial", action.history().initialState().name())
            .bind("state", action.state().name())
            .add();
        int t = 0;
        for (Transition<ActionState, ?> tr : action.history()) {
          transitions
              .bind("e", id)
              .bind("r", r)
              .bind("a", a)
              .bind("pos", t)
              .bind("from", tr.from().name())
              .bind("to", tr.to().name())
              .bind("kind", Workflow.label(tr.event().getClass()))
              .bind("on", Date.valueOf(tr.date()))
              .bind("actor", Db.text(tr.actor()))
              .bind("note", tr.note().map(Db::text).orElse(null))
              .add();
          t++;
        }
        a++;
      }
      r++;
    }
    for (PreparedBatch b : new PreparedBatch[] {recs, actions, transitions}) {
      if (b.size() > 0) {
        int[] counts = b.execute();
        if (counts.length == 0) {
          throw new IllegalStateException("empty batch");
        }
      }
    }
  }

  /**
   * Returns the number of evaluations saved.
   *
   * @return the count
   */
  public long count() {
    return Db.call(
        "evaluations.count",
        () ->
            jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM rbm_evaluation").mapTo(Long.class).one()));
  }

  /**
   * Returns the recommendations of evaluations reported by a day that have no management response
   * by then and whose report is more than a number of days old; as {@link
   * FollowUpTracking#withoutResponse}.
   *
   * @param asOf the day
   * @param days the days management has to respond, at least 0
   * @return the recommendations, in the order of the evaluations and reports
   * @throws InvalidValueException if {@code days} is negative
   */
  public ImmutableList<WaitingRecommendation> withoutResponse(LocalDate asOf, int days) {
    requireNonNull(asOf, "asOf");
    if (days < 0) {
      throw new InvalidValueException("days", days, "at least 0");
    }
    return Db.call(
        "evaluations.withoutResponse",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT r.evaluation_id, r.recommendation_id, e.report_date"
                                + " FROM rbm_recommendation r JOIN rbm_evaluation e"
                                + " ON e.evaluation_id = r.evaluation_id"
                                + " WHERE e.report_date <= :d AND e.report_date < :cutoff"
                                + " AND (r.response_date IS NULL OR r.response_date > :d)"
                                + " ORDER BY e.ord, r.pos")
                        .bind("d", Date.valueOf(asOf))
                        .bind("cutoff", Date.valueOf(asOf.minusDays(days)))
                        .map(
                            (rs, ctx) -> {
                              LocalDate report = date(rs, 3);
                              return new WaitingRecommendation(
                                  evaluationId(rs, 1),
                                  read(rs, 2, "recommendation_id", RecommendationId::of),
                                  report,
                                  ChronoUnit.DAYS.between(report, asOf));
                            })
                        .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns the actions open at the end of a day after their due date; as {@link
   * FollowUpTracking#overdueActions}.
   *
   * @param asOf the day
   * @return the actions, in the order of the evaluations, recommendations and actions
   */
  public ImmutableList<LateAction> overdueActions(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return Db.call(
        "evaluations.overdueActions",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            STATES
                                + "SELECT s.evaluation_id, r.recommendation_id, s.action_id,"
                                + " s.state_then, s.due FROM s JOIN rbm_recommendation r"
                                + " ON r.evaluation_id = s.evaluation_id AND r.pos = s.rec_pos"
                                + " JOIN rbm_evaluation e ON e.evaluation_id = s.evaluation_id"
                                + " WHERE e.report_date <= :d AND s.state_then IN "
                                + OPEN
                                + " AND s.due < :d ORDER BY e.ord, s.rec_pos, s.pos")
                        .bind("d", Date.valueOf(asOf))
                        .map(
                            (rs, ctx) -> {
                              LocalDate due = date(rs, 5);
                              return new LateAction(
                                  evaluationId(rs, 1),
                                  read(rs, 2, "recommendation_id", RecommendationId::of),
                                  read(rs, 3, "action_id", ActionId::of),
                                  read(rs, 4, "state", ActionState::valueOf),
                                  due,
                                  ChronoUnit.DAYS.between(due, asOf));
                            })
                        .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns the implementation rate over all evaluations reported by a day; as {@link
   * FollowUpTracking#total}.
   *
   * @param asOf the day
   * @return the rate
   */
  public FollowUpRate total(LocalDate asOf) {
    Map<String, FollowUpRate> all = rates(asOf, null, "");
    return all.getOrDefault("all", new FollowUpRate(0, 0));
  }

  /**
   * Returns the implementation rate of each evaluation reported by a day; as {@link
   * FollowUpTracking#byEvaluation}.
   *
   * @param asOf the day
   * @return the rates, in the order the evaluations were first saved
   */
  public ImmutableMap<EvaluationId, FollowUpRate> byEvaluation(LocalDate asOf) {
    Map<EvaluationId, FollowUpRate> out = new LinkedHashMap<>();
    rates(asOf, "e.evaluation_id", "")
        .forEach((k, v) -> out.put(parse("evaluation_id", k, EvaluationId::of), v));
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the implementation rate by type of evaluation; as {@link FollowUpTracking#byType}.
   *
   * @param asOf the day
   * @return the rates of the types that have evaluations, in the order of the enum
   */
  public ImmutableMap<EvaluationType, FollowUpRate> byType(LocalDate asOf) {
    Map<EvaluationType, FollowUpRate> out = new EnumMap<>(EvaluationType.class);
    rates(asOf, "e.eval_type", "")
        .forEach((k, v) -> out.put(parse("eval_type", k, EvaluationType::valueOf), v));
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the implementation rate by region, leaving out global evaluations; as {@link
   * FollowUpTracking#byRegion}.
   *
   * @param asOf the day
   * @return the rates of the regions that have evaluations, in the order of the enum
   */
  public ImmutableMap<IloRegion, FollowUpRate> byRegion(LocalDate asOf) {
    Map<IloRegion, FollowUpRate> out = new EnumMap<>(IloRegion.class);
    rates(asOf, "e.region", " AND e.region IS NOT NULL")
        .forEach((k, v) -> out.put(parse("region", k, IloRegion::valueOf), v));
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the implementation rate by year of the evaluation report; as {@link
   * FollowUpTracking#byYear}.
   *
   * @param asOf the day
   * @return the rates of the years that have evaluations, in increasing order
   */
  public ImmutableMap<Integer, FollowUpRate> byYear(LocalDate asOf) {
    Map<Integer, FollowUpRate> out = new TreeMap<>();
    rates(asOf, "e.report_year", "")
        .forEach((k, v) -> out.put(parse("report_year", k, Integer::valueOf), v));
    return ImmutableMap.copyOf(out);
  }

  /** The rates grouped by a column, in the order of the first evaluation of each group. */
  private Map<String, FollowUpRate> rates(
      LocalDate asOf, @org.jspecify.annotations.Nullable String group, String filter) {
    requireNonNull(asOf, "asOf");
    return Db.call(
        "evaluations.rates",
        () ->
            jdbi.withHandle(
                h -> {
                  Map<String, FollowUpRate> out = new LinkedHashMap<>();
                  h.createQuery(
                          STATES
                              + "SELECT "
                              + (group == null ? "'all'" : "CAST(" + group + " AS VARCHAR(1000))")
                              + ", MIN(e.ord), "
                              + COUNTS
                              + " FROM rbm_evaluation e LEFT JOIN s"
                              + " ON s.evaluation_id = e.evaluation_id"
                              + " WHERE e.report_date <= :d" + filter
                              + (group == null
                                  ? ""
                                  : " GROUP BY " + group + " ORDER BY MIN(e.ord)"))
                      .bind("d", Date.valueOf(asOf))
                      .map(
                          (rs, ctx) -> {
                            out.put(
                                String.valueOf(rs.getString(1)),
                                new FollowUpRate(
                                    Math.toIntExact(rs.getLong(3)),
                                    Math.toIntExact(rs.getLong(4))));
                            return 0;
                          })
                      .forEach(unused -> {});
                  return out;
                }));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    LocalDate d = rs.getObject(column, LocalDate.class);
    if (d == null) {
      throw new StoreIntegrityException("evaluations.column[" + column + "]", "null", "a date");
    }
    return d;
  }

  private static EvaluationId evaluationId(ResultSet rs, int column) throws SQLException {
    return read(rs, column, "evaluation_id", EvaluationId::of);
  }

  private static <T> T read(ResultSet rs, int column, String name, Function<String, T> parse)
      throws SQLException {
    return parse(name, String.valueOf(rs.getString(column)), parse);
  }

  private static <T> T parse(String name, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (RbmException | IllegalArgumentException e) {
      throw new StoreIntegrityException(
          "evaluations." + name, StoreException.shown(text), "a valid " + name, e);
    }
  }
}
