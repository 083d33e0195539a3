package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.EventType;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.milestones.Transition;
import org.rbm.json.RbmJson;

/**
 * Milestones, their histories and roadmaps. Reading is strict about history: a milestone is rebuilt
 * from its record and its history, which the model replays against the transition table, so a
 * document with a tampered history is rejected at the offending entry ({@code
 * milestones[3].history[2].event}); the current {@code state}, {@code statement} and {@code due}
 * the document states must be those the history reaches.
 */
final class MilestoneCodecs {
  private MilestoneCodecs() {}

  /** {@link MilestoneId}: {@code "17"}. */
  static final class MilestoneIdCodec extends Codec<MilestoneId> {
    MilestoneIdCodec(Codecs codecs) {
      super(MilestoneId.class, codecs);
    }

    @Override
    public void write(MilestoneId value, JsonOut out) {
      out.value(value.code());
    }

    @Override
    public MilestoneId read(JsonIn in) {
      String code = in.string();
      return in.convert(() -> MilestoneId.of(code));
    }
  }

  /** {@link Due}: a year {@code "2008"} or a date {@code "2008-06-30"}. */
  static final class DueCodec extends Codec<Due> {
    DueCodec(Codecs codecs) {
      super(Due.class, codecs);
    }

    @Override
    public void write(Due value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public Due read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> Due.parse(text));
    }
  }

  /** {@link MilestoneState}: {@code "IN_PROGRESS"}. */
  static final class MilestoneStateCodec extends Codec<MilestoneState> {
    MilestoneStateCodec(Codecs codecs) {
      super(MilestoneState.class, codecs);
    }

    @Override
    public void write(MilestoneState value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public MilestoneState read(JsonIn in) {
      return in.constant(MilestoneState.class);
    }
  }

  /** {@link EventType}: {@code "ACHIEVE_WITH_CONDITIONS"}. */
  static final class EventTypeCodec extends Codec<EventType> {
    EventTypeCodec(Codecs codecs) {
      super(EventType.class, codecs);
    }

    @Override
    public void write(EventType value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public EventType read(JsonIn in) {
      return in.constant(EventType.class);
    }
  }

  /**
   * {@link MilestoneEvent}: {@code {"type": "APPROVE"}}, {@code {"type": "ACHIEVE_WITH_CONDITIONS",
   * "condition": "..."}}, {@code {"type": "REVISE", "statement": "...", "due": "2008", "reason":
   * "..."}} (statement or due, or both), {@code {"type": "DEFER", "due": "2009"}}. A property the
   * type does not carry is an error.
   */
  static final class MilestoneEventCodec extends Codec<MilestoneEvent> {
    private static final Fields<EventParts> FIELDS =
        Fields.<EventParts>of("a milestone event object")
            .required("type", "an event type", (in, p) -> p.type = in.read(EventType.class))
            .optional("condition", "a string", (in, p) -> p.condition = in.string())
            .optional("statement", "a string", (in, p) -> p.statement = in.string())
            .optional("due", "a due year or date", (in, p) -> p.due = in.read(Due.class))
            .optional("reason", "a string", (in, p) -> p.reason = in.string())
            .build();

    MilestoneEventCodec(Codecs codecs) {
      super(MilestoneEvent.class, codecs);
    }

    @Override
    public void write(MilestoneEvent value, JsonOut out) {
      out.startObject();
      out.field("type", value.type());
      out.optional("condition", value.condition());
      out.optional("statement", value.statement());
      out.optional("due", value.due());
      out.optional("reason", value.reason());
      out.end();
    }

    @Override
    public MilestoneEvent read(JsonIn in) {
      EventParts p = new EventParts();
      in.object(FIELDS, p);
      return in.build(p::event, "");
    }

    /** The type and payload, as read. */
    private static final class EventParts {
      @Nullable EventType type;
      @Nullable String condition;
      @Nullable String statement;
      @Nullable Due due;
      @Nullable String reason;

      MilestoneEvent event() {
        EventType t = requireNonNull(type);
        return switch (t) {
          case ACHIEVE_WITH_CONDITIONS -> {
            none(t, "statement", statement);
            none(t, "due", due);
            none(t, "reason", reason);
            yield MilestoneEvent.achieveWithConditions(required(t, "condition", condition));
          }
          case REVISE -> {
            none(t, "condition", condition);
            yield MilestoneEvent.revise(
                Optional.ofNullable(statement),
                Optional.ofNullable(due),
                required(t, "reason", reason));
          }
          case DEFER -> {
            none(t, "condition", condition);
            none(t, "statement", statement);
            none(t, "reason", reason);
            yield MilestoneEvent.defer(required(t, "due", due));
          }
          default -> {
            none(t, "condition", condition);
            none(t, "statement", statement);
            none(t, "due", due);
            none(t, "reason", reason);
            yield MilestoneEvent.of(t);
          }
        };
      }

      private static void none(EventType type, String field, @Nullable Object value) {
        if (value != null) {
          throw new InvalidValueException(
              field, value, "no " + field + ": an event of type " + type.name() + " carries none");
        }
      }

      private static <T> T required(EventType type, String field, @Nullable T value) {
        if (value == null) {
          throw new InvalidValueException(
              field, null, "a " + field + ": an event of type " + type.name() + " carries one");
        }
        return value;
      }
    }
  }

  /**
   * {@link Transition}: {@code {"from": "IN_PROGRESS", "to": "IN_PROGRESS", "event": {...}, "date":
   * "2007-11-16", "actor": "Governing Body", "note": "..."}}.
   */
  static final class TransitionCodec extends Codec<Transition> {
    private static final Fields<Transition.Builder> FIELDS =
        Fields.<Transition.Builder>of("a transition object")
            .required("from", "a milestone state", (in, b) -> b.fromState(in.read(MilestoneState.class)))
            .required("to", "a milestone state", (in, b) -> b.toState(in.read(MilestoneState.class)))
            .required("event", "a milestone event", (in, b) -> b.event(in.read(MilestoneEvent.class)))
            .required("date", "an ISO date", (in, b) -> b.date(in.date()))
            .required("actor", "a string", (in, b) -> b.actor(in.string()))
            .optional("note", "a string", (in, b) -> b.note(in.string()))
            .build();

    TransitionCodec(Codecs codecs) {
      super(Transition.class, codecs);
    }

    @Override
    public void write(Transition value, JsonOut out) {
      out.startObject();
      out.field("from", value.fromState());
      out.field("to", value.toState());
      out.field("event", value.event());
      out.field("date", value.date().toString());
      out.field("actor", value.actor());
      out.optional("note", value.note());
      out.end();
    }

    @Override
    public Transition read(JsonIn in) {
      Transition.Builder b = Transition.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link Milestone}: its id, area and owner; its current statement, due and state; how it was
   * recorded (the {@code initial*} properties, {@code recordedOn}, {@code recordedBy}, {@code
   * recordNote}); and its history, an array of transitions, oldest first.
   */
  static final class MilestoneCodec extends Codec<Milestone> {
    private static final Fields<MilestoneParts> FIELDS =
        Fields.<MilestoneParts>of("a milestone object")
            .required("id", "a milestone id", (in, p) -> p.b.id(in.read(MilestoneId.class)))
            .required("area", "a string", (in, p) -> p.b.area(in.string()))
            .required("owner", "a string", (in, p) -> p.b.owner(in.string()))
            .required("statement", "a string", (in, p) -> p.statement = in.string())
            .required("due", "a due year or date", (in, p) -> p.due = in.read(Due.class))
            .required("state", "a milestone state", (in, p) -> p.state = in.read(MilestoneState.class))
            .required(
                "initialStatement", "a string", (in, p) -> p.b.initialStatement(in.string()))
            .required(
                "initialDue", "a due year or date", (in, p) -> p.b.initialDue(in.read(Due.class)))
            .required(
                "initialState",
                "a milestone state",
                (in, p) -> p.b.initialState(in.read(MilestoneState.class)))
            .optional(
                "initialCondition", "a string", (in, p) -> p.b.initialCondition(in.string()))
            .required("recordedOn", "an ISO date", (in, p) -> p.b.recordedOn(in.date()))
            .required("recordedBy", "a string", (in, p) -> p.b.recordedBy(in.string()))
            .optional("recordNote", "a string", (in, p) -> p.b.recordNote(in.string()))
            .optional(
                "history",
                "an array of transitions",
                (in, p) -> in.list(Transition.class, p.b::addHistory))
            .build();

    MilestoneCodec(Codecs codecs) {
      super(Milestone.class, codecs);
    }

    @Override
    public void write(Milestone value, JsonOut out) {
      out.startObject();
      out.field("id", value.id());
      out.field("area", value.area());
      out.field("owner", value.owner());
      out.field("statement", value.statement());
      out.field("due", value.due());
      out.field("state", value.state());
      out.field("initialStatement", value.initialStatement());
      out.field("initialDue", value.initialDue());
      out.field("initialState", value.initialState());
      out.optional("initialCondition", value.initialCondition());
      out.field("recordedOn", value.recordedOn().toString());
      out.field("recordedBy", value.recordedBy());
      out.optional("recordNote", value.recordNote());
      out.list("history", value.history());
      out.end();
    }

    @Override
    public Milestone read(JsonIn in) {
      MilestoneParts p = new MilestoneParts();
      in.object(FIELDS, p);
      return in.build(p::milestone, "");
    }

    /** The builder, and the current values the document states, to check against the history. */
    private static final class MilestoneParts {
      final Milestone.Builder b = Milestone.builder();
      @Nullable String statement;
      @Nullable Due due;
      @Nullable MilestoneState state;

      Milestone milestone() {
        Milestone m = b.build();
        MilestoneState s = requireNonNull(state);
        if (m.state() != s) {
          throw new InvalidValueException(
              "state", s.name(), m.state().name() + ", the state its history reaches");
        }
        if (!m.statement().equals(statement)) {
          throw new InvalidValueException(
              "statement", statement, "\"" + m.statement() + "\", the statement its history reaches");
        }
        if (!m.due().equals(due)) {
          throw new InvalidValueException(
              "due", String.valueOf(due), m.due() + ", the due its history reaches");
        }
        return m;
      }
    }
  }

  /**
   * {@link Roadmap}: the roadmap document, {@code {"format": "rbm-roadmap/1", "title": "...",
   * "milestones": [...]}}. Its first property states the format version; a document of another
   * version is rejected before anything else is read. The format constant and the schema's resource
   * name are public on {@link RbmJson}.
   */
  static final class RoadmapCodec extends Codec<Roadmap> {
    private static final Fields<Roadmap.Builder> FIELDS =
        Fields.<Roadmap.Builder>of("a roadmap object")
            .first(
                "format",
                "the format version \"" + RbmJson.ROADMAP_FORMAT + "\"",
                (in, b) -> checkFormat(in))
            .required("title", "a string", (in, b) -> b.title(in.string()))
            .optional(
                "milestones",
                "an array of milestones",
                (in, b) -> in.list(Milestone.class, b::addMilestone))
            .build();

    RoadmapCodec(Codecs codecs) {
      super(Roadmap.class, codecs);
    }

    private static void checkFormat(JsonIn in) {
      String format = in.string();
      if (!format.equals(RbmJson.ROADMAP_FORMAT)) {
        throw in.error(
            "the format " + JsonIn.quote(format),
            "\"" + RbmJson.ROADMAP_FORMAT + "\" (this version of the SDK reads format 1 only)");
      }
    }

    @Override
    public void write(Roadmap value, JsonOut out) {
      out.startObject();
      out.field("format", RbmJson.ROADMAP_FORMAT);
      out.field("title", value.title());
      out.list("milestones", value.milestones());
      out.end();
    }

    @Override
    public Roadmap read(JsonIn in) {
      Roadmap.Builder b = Roadmap.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
