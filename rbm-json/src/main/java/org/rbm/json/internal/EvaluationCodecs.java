package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.ActionState;
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
import org.rbm.json.RbmJson;

/**
 * The evaluation follow-up: the document {@code {"format": "rbm-evaluation/1", "id": ..., 
 * "recommendations": [...], "lessons": [...]}} (an {@link Evaluation}), with management responses
 * and follow-up actions whose histories are replayed on reading through the standard action
 * workflow ({@link HistoryEntries}: a completion without evidence, or a tampered entry, is rejected
 * at the entry); lesson citations as plain values; and the small values, each a string in its
 * {@code parse}/{@code toString} form. The action events are plain values too ({@link
 * ActionEventCodec}), so that a store can keep them one by one: {@code RbmJson.strict()
 * .write(event)} and {@code read(text, ActionEvent.class)}.
 */
final class EvaluationCodecs {
  private EvaluationCodecs() {}

  /** {@link EvaluationId}: {@code "IEE-2007-01"}. */
  static final class EvaluationIdCodec extends Codec<EvaluationId> {
    EvaluationIdCodec(Codecs codecs) {
      super(EvaluationId.class, codecs);
    }

    @Override
    public void write(EvaluationId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public EvaluationId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> EvaluationId.parse(text));
    }
  }

  /** {@link RecommendationId}: {@code "R1"}. */
  static final class RecommendationIdCodec extends Codec<RecommendationId> {
    RecommendationIdCodec(Codecs codecs) {
      super(RecommendationId.class, codecs);
    }

    @Override
    public void write(RecommendationId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public RecommendationId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> RecommendationId.parse(text));
    }
  }

  /** {@link ActionId}: {@code "R1.1"}. */
  static final class ActionIdCodec extends Codec<ActionId> {
    ActionIdCodec(Codecs codecs) {
      super(ActionId.class, codecs);
    }

    @Override
    public void write(ActionId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public ActionId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> ActionId.parse(text));
    }
  }

  /** {@link LessonId}: {@code "L-2007-03"}. */
  static final class LessonIdCodec extends Codec<LessonId> {
    LessonIdCodec(Codecs codecs) {
      super(LessonId.class, codecs);
    }

    @Override
    public void write(LessonId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public LessonId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> LessonId.parse(text));
    }
  }

  /** {@link SubjectRef}: {@code "dwcp:KHM"}. */
  static final class SubjectRefCodec extends Codec<SubjectRef> {
    SubjectRefCodec(Codecs codecs) {
      super(SubjectRef.class, codecs);
    }

    @Override
    public void write(SubjectRef value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public SubjectRef read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> SubjectRef.parse(text));
    }
  }

  /**
   * {@link ActionEvent}: {@code {"type": "START"}}, {@code {"type": "COMPLETE", "evidence": "IGDS
   * No. 12"}} (evidence optional in the format; the standard workflow requires it), {@code {"type":
   * "ABANDON", "reason": "..."}}, {@code {"type": "SUPERSEDE", "reason": "..."}}. A property the type
   * does not carry is an error.
   */
  static final class ActionEventCodec extends Codec<ActionEvent> {
    /** The event types, in the order of the JSON schema's enumeration. */
    static final ImmutableList<String> TYPES =
        ImmutableList.of("START", "COMPLETE", "ABANDON", "SUPERSEDE");

    private static final Fields<EventParts> FIELDS =
        Fields.<EventParts>of("a follow-up action event object")
            .required("type", "an action event type", (in, p) -> p.type = Events.type(in, TYPES))
            .optional("evidence", "a string", (in, p) -> p.evidence = in.string())
            .optional("reason", "a string", (in, p) -> p.reason = in.string())
            .build();

    ActionEventCodec(Codecs codecs) {
      super(ActionEvent.class, codecs);
    }

    @Override
    public void write(ActionEvent value, JsonOut out) {
      out.startObject();
      out.field("type", Events.typeOf(value));
      if (value instanceof ActionEvent.Complete c) {
        out.optional("evidence", c.evidence());
      } else if (value instanceof ActionEvent.Abandon a) {
        out.field("reason", a.reason());
      } else if (value instanceof ActionEvent.Supersede s) {
        out.field("reason", s.reason());
      }
      out.end();
    }

    @Override
    public ActionEvent read(JsonIn in) {
      EventParts p = new EventParts();
      in.object(FIELDS, p);
      return in.build(p::event, "");
    }

    private static final class EventParts {
      @Nullable String type;
      @Nullable String evidence;
      @Nullable String reason;

      ActionEvent event() {
        String t = requireNonNull(type);
        return switch (t) {
          case "START" -> {
            Events.none(t, "evidence", evidence);
            Events.none(t, "reason", reason);
            yield new ActionEvent.Start();
          }
          case "COMPLETE" -> {
            Events.none(t, "reason", reason);
            yield new ActionEvent.Complete(java.util.Optional.ofNullable(evidence));
          }
          case "ABANDON" -> {
            Events.none(t, "evidence", evidence);
            yield new ActionEvent.Abandon(Events.required(t, "reason", reason));
          }
          default -> {
            Events.none(t, "evidence", evidence);
            yield new ActionEvent.Supersede(Events.required(t, "reason", reason));
          }
        };
      }
    }
  }

  /**
   * {@link FollowUpAction}: {@code {"id": "R1.1", "description": "...", "owner": "EVAL", "due":
   * "2008-06-30", "state": "COMPLETED", "initialState": "PLANNED", "recordedOn": "2007-12-01",
   * "history": [...]}}; the state must be the one the history reaches.
   */
  static final class FollowUpActionCodec extends Codec<FollowUpAction> {
    private static final HistoryEntries<ActionState, ActionEvent> ENTRIES =
        new HistoryEntries<>(ActionState.class, "an action state", ActionEvent.class, "an action event");

    private static final Fields<ActionParts> FIELDS =
        Fields.<ActionParts>of("a follow-up action object")
            .required("id", "an action id", (in, p) -> p.b.id(in.read(ActionId.class)))
            .required("description", "a string", (in, p) -> p.b.description(in.string()))
            .required("owner", "a string", (in, p) -> p.b.owner(in.string()))
            .required("due", "an ISO date", (in, p) -> p.b.due(in.date()))
            .required("state", "an action state", (in, p) -> p.state = in.constant(ActionState.class))
            .required(
                "initialState",
                "an action state",
                (in, p) -> p.b.initialState(in.constant(ActionState.class)))
            .required("recordedOn", "an ISO date", (in, p) -> p.b.recordedOn(in.date()))
            .optional("history", "an array of transitions", (in, p) -> ENTRIES.read(in, p.entries))
            .build();

    FollowUpActionCodec(Codecs codecs) {
      super(FollowUpAction.class, codecs);
    }

    @Override
    public void write(FollowUpAction value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("description", value.description());
      out.field("owner", value.owner());
      out.field("due", value.due().toString());
      out.field("state", value.state().name());
      out.field("initialState", value.history().initialState().name());
      out.field("recordedOn", value.recordedOn().toString());
      HistoryEntries.write(value.history(), out);
      out.end();
    }

    @Override
    public FollowUpAction read(JsonIn in) {
      ActionParts p = new ActionParts();
      in.object(FIELDS, p);
      return in.build(p::action, "");
    }

    private static final class ActionParts {
      final FollowUpAction.Builder b = FollowUpAction.builder();
      final List<HistoryEntries.Entry<ActionState, ActionEvent>> entries = new ArrayList<>();
      @Nullable ActionState state;

      FollowUpAction action() {
        FollowUpAction a = HistoryEntries.replay(b.build(), entries, "the action");
        HistoryEntries.checkState("state", requireNonNull(state), a.state());
        return a;
      }
    }
  }

  /**
   * {@link ManagementResponse}: {@code {"decision": "PARTIALLY_ACCEPTED", "reasons": "...", "date":
   * "2007-11-30"}}; reasons are required unless the recommendation is accepted in full.
   */
  static final class ManagementResponseCodec extends Codec<ManagementResponse> {
    private static final Fields<ManagementResponse.Builder> FIELDS =
        Fields.<ManagementResponse.Builder>of("a management response object")
            .required(
                "decision",
                "a response decision",
                (in, b) -> b.decision(in.constant(ResponseDecision.class)))
            .optional("reasons", "a string", (in, b) -> b.reasons(in.string()))
            .required("date", "an ISO date", (in, b) -> b.date(in.date()))
            .build();

    ManagementResponseCodec(Codecs codecs) {
      super(ManagementResponse.class, codecs);
    }

    @Override
    public void write(ManagementResponse value, JsonOut out) {
      out.startObject();
      out.field("decision", value.decision().name());
      out.optional("reasons", value.reasons());
      out.field("date", value.date().toString());
      out.end();
    }

    @Override
    public ManagementResponse read(JsonIn in) {
      ManagementResponse.Builder b = ManagementResponse.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link Recommendation}: {@code {"id": "R1", "text": "...", "addressee": "...", "response":
   * {...}, "actions": [...]}}; actions only for a recommendation accepted in full or in part.
   */
  static final class RecommendationCodec extends Codec<Recommendation> {
    private static final Fields<Recommendation.Builder> FIELDS =
        Fields.<Recommendation.Builder>of("a recommendation object")
            .required("id", "a recommendation id", (in, b) -> b.id(in.read(RecommendationId.class)))
            .required("text", "a string", (in, b) -> b.text(in.string()))
            .required("addressee", "a string", (in, b) -> b.addressee(in.string()))
            .optional(
                "response",
                "a management response object",
                (in, b) -> b.response(in.read(ManagementResponse.class)))
            .optional(
                "actions",
                "an array of follow-up actions",
                (in, b) -> in.list(FollowUpAction.class, b::addActions))
            .build();

    RecommendationCodec(Codecs codecs) {
      super(Recommendation.class, codecs);
    }

    @Override
    public void write(Recommendation value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("text", value.text());
      out.field("addressee", value.addressee());
      out.optional("response", value.response());
      out.list("actions", value.actions());
      out.end();
    }

    @Override
    public Recommendation read(JsonIn in) {
      Recommendation.Builder b = Recommendation.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /** {@link Lesson}: {@code {"id": "L-2007-03", "text": "...", "source": "IEE-2007-01"}}. */
  static final class LessonCodec extends Codec<Lesson> {
    private static final Fields<Lesson.Builder> FIELDS =
        Fields.<Lesson.Builder>of("a lesson object")
            .required("id", "a lesson id", (in, b) -> b.id(in.read(LessonId.class)))
            .required("text", "a string", (in, b) -> b.text(in.string()))
            .required("source", "an evaluation id", (in, b) -> b.source(in.read(EvaluationId.class)))
            .build();

    LessonCodec(Codecs codecs) {
      super(Lesson.class, codecs);
    }

    @Override
    public void write(Lesson value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("text", value.text());
      out.field("source", value.source());
      out.end();
    }

    @Override
    public Lesson read(JsonIn in) {
      Lesson.Builder b = Lesson.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link LessonCitation}, a plain value: {@code {"lesson": "L-2007-03", "citedBy": "DWCP",
   * "citerReference": "KH-2008-10"}}.
   */
  static final class LessonCitationCodec extends Codec<LessonCitation> {
    private static final Fields<LessonCitation.Builder> FIELDS =
        Fields.<LessonCitation.Builder>of("a lesson citation object")
            .required("lesson", "a lesson id", (in, b) -> b.lesson(in.read(LessonId.class)))
            .required(
                "citedBy",
                "a citer kind",
                (in, b) -> b.citedBy(in.constant(LessonCitation.Citer.class)))
            .required("citerReference", "a string", (in, b) -> b.citerReference(in.string()))
            .build();

    LessonCitationCodec(Codecs codecs) {
      super(LessonCitation.class, codecs);
    }

    @Override
    public void write(LessonCitation value, JsonOut out) {
      out.startObject();
      out.field("lesson", value.lesson());
      out.field("citedBy", value.citedBy().name());
      out.field("citerReference", value.citerReference());
      out.end();
    }

    @Override
    public LessonCitation read(JsonIn in) {
      LessonCitation.Builder b = LessonCitation.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link Evaluation}: the document {@code {"format": "rbm-evaluation/1", "id": "IEE-2007-01",
   * "title": "...", "type": "COUNTRY_PROGRAMME", "subjects": ["dwcp:KH"], "region": "...",
   * "startDate": "...", "reportDate": "...", "evaluator": "...", "recommendations": [...],
   * "lessons": [...]}}. The format constant and the schema's resource name are public on {@link
   * RbmJson}.
   */
  static final class EvaluationCodec extends Codec<Evaluation> {
    private static final Fields<Evaluation.Builder> FIELDS =
        Fields.<Evaluation.Builder>of("an evaluation object")
            .first(
                "format",
                "the format version \"" + RbmJson.EVALUATION_FORMAT + "\"",
                (in, b) -> CycleCodecs.checkFormat(in, RbmJson.EVALUATION_FORMAT))
            .required("id", "an evaluation id", (in, b) -> b.id(in.read(EvaluationId.class)))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .required(
                "type", "an evaluation type", (in, b) -> b.type(in.constant(EvaluationType.class)))
            .required(
                "subjects",
                "an array of subject references",
                (in, b) -> in.list(SubjectRef.class, b::addSubjects))
            .optional("region", "an ILO region", (in, b) -> b.region(in.constant(IloRegion.class)))
            .required("startDate", "an ISO date", (in, b) -> b.startDate(in.date()))
            .required("reportDate", "an ISO date", (in, b) -> b.reportDate(in.date()))
            .required("evaluator", "a string", (in, b) -> b.evaluator(in.string()))
            .optional(
                "recommendations",
                "an array of recommendations",
                (in, b) -> in.list(Recommendation.class, b::addRecommendations))
            .optional("lessons", "an array of lessons", (in, b) -> in.list(Lesson.class, b::addLessons))
            .build();

    EvaluationCodec(Codecs codecs) {
      super(Evaluation.class, codecs);
    }

    @Override
    public void write(Evaluation value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.EVALUATION_FORMAT);
      out.field("id", value.id());
      out.field("title", value.title());
      out.field("type", value.type().name());
      out.list("subjects", value.subjects());
      if (value.region().isPresent()) {
        out.field("region", value.region().get().name());
      }
      out.field("startDate", value.startDate().toString());
      out.field("reportDate", value.reportDate().toString());
      out.field("evaluator", value.evaluator());
      out.list("recommendations", value.recommendations());
      out.list("lessons", value.lessons());
      out.end();
    }

    @Override
    public Evaluation read(JsonIn in) {
      Evaluation.Builder b = Evaluation.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
