package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.workflow.Workflow;
import org.rbm.json.RbmJson;

/**
 * Milestones, their histories and roadmaps. History entries are computed by the model's workflow,
 * never built from outside it, so reading a milestone records it as it was first recorded and
 * applies each entry's event again, with its date, actor and note, through the standard milestone
 * workflow: the entries' {@code from} and {@code to} must be where the workflow goes, so a document
 * with a tampered history is rejected at the offending entry ({@code
 * milestones[3].history[2].event}); the current {@code state}, {@code statement} and {@code due}
 * the document states must be those the history reaches ({@link HistoryEntries}, which the DWCP
 * and follow-up action histories share). The format is unchanged; no internal
 * access to the model is needed.
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

  /**
   * {@link MilestoneEvent}: {@code {"type": "APPROVE"}}, {@code {"type": "ACHIEVE_WITH_CONDITIONS",
   * "condition": "..."}}, {@code {"type": "REVISE", "statement": "...", "due": "2008", "reason":
   * "..."}} (statement or due, or both), {@code {"type": "DEFER", "due": "2009"}}. The type names
   * the record, in upper snake case ({@code AchieveWithConditions} is {@code
   * ACHIEVE_WITH_CONDITIONS}; the three revision records are {@code REVISE}). A property the type
   * does not carry is an error.
   */
  static final class MilestoneEventCodec extends Codec<MilestoneEvent> {
    /** The event types, in the order of the JSON schema's enumeration. */
    static final ImmutableList<String> TYPES =
        ImmutableList.of(
            "APPROVE", "START", "SUBMIT", "ACHIEVE", "ACHIEVE_WITH_CONDITIONS", "REVISE", "DEFER",
            "CANCEL", "REOPEN");

    private static final Fields<EventParts> FIELDS =
        Fields.<EventParts>of("a milestone event object")
            .required("type", "an event type", (in, p) -> p.type = Events.type(in, TYPES))
            .optional("condition", "a string", (in, p) -> p.condition = in.string())
            .optional("statement", "a string", (in, p) -> p.statement = in.string())
            .optional("due", "a due year or date", (in, p) -> p.due = in.read(Due.class))
            .optional("reason", "a string", (in, p) -> p.reason = in.string())
            .build();

    MilestoneEventCodec(Codecs codecs) {
      super(MilestoneEvent.class, codecs);
    }

    /** The type a record is written with. */
    static String typeOf(MilestoneEvent e) {
      return e instanceof MilestoneEvent.Revise ? "REVISE" : Events.typeOf(e);
    }

    @Override
    public void write(MilestoneEvent value, JsonOut out) {
      out.startObject();
      out.field("type", typeOf(value));
      if (value instanceof MilestoneEvent.AchieveWithConditions a) {
        out.field("condition", a.condition());
      } else if (value instanceof MilestoneEvent.Revise r) {
        out.optional("statement", r.newStatement());
        out.optional("due", r.newDue());
        out.field("reason", r.reason());
      } else if (value instanceof MilestoneEvent.Defer d) {
        out.field("due", d.due());
      }
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
      @Nullable String type;
      @Nullable String condition;
      @Nullable String statement;
      @Nullable Due due;
      @Nullable String reason;

      MilestoneEvent event() {
        String t = requireNonNull(type);
        switch (t) {
          case "ACHIEVE_WITH_CONDITIONS" -> {
            Events.none(t, "statement", statement);
            Events.none(t, "due", due);
            Events.none(t, "reason", reason);
            return MilestoneEvent.achieveWithConditions(Events.required(t, "condition", condition));
          }
          case "REVISE" -> {
            Events.none(t, "condition", condition);
            String why = Events.required(t, "reason", reason);
            if (statement != null && due != null) {
              return MilestoneEvent.revise(statement, due, why);
            } else if (statement != null) {
              return MilestoneEvent.reviseStatement(statement, why);
            } else if (due != null) {
              return MilestoneEvent.reviseDue(due, why);
            }
            throw new InvalidValueException(
                "statement", null, "a new statement or a new due (a revision changes one of them)");
          }
          case "DEFER" -> {
            Events.none(t, "condition", condition);
            Events.none(t, "statement", statement);
            Events.none(t, "reason", reason);
            return MilestoneEvent.defer(Events.required(t, "due", due));
          }
          default -> {
            Events.none(t, "condition", condition);
            Events.none(t, "statement", statement);
            Events.none(t, "due", due);
            Events.none(t, "reason", reason);
            return switch (t) {
              case "APPROVE" -> MilestoneEvent.approve();
              case "START" -> MilestoneEvent.start();
              case "SUBMIT" -> MilestoneEvent.submit();
              case "ACHIEVE" -> MilestoneEvent.achieve();
              case "CANCEL" -> MilestoneEvent.cancel();
              default -> MilestoneEvent.reopen();
            };
          }
        }
      }
    }
  }

  /**
   * {@link Milestone}: its id, area and owner; its current statement, due and state; how it was
   * recorded (the {@code initial*} properties, {@code recordedOn}, {@code recordedBy}, {@code
   * recordNote}); and its history, an array of transitions, oldest first.
   */
  static final class MilestoneCodec extends Codec<Milestone> {
    private static final HistoryEntries<MilestoneState, MilestoneEvent> ENTRIES =
        new HistoryEntries<>(
            MilestoneState.class, "a milestone state", MilestoneEvent.class, "a milestone event");

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
            .optional("history", "an array of transitions", (in, p) -> ENTRIES.read(in, p.entries))
            .build();

    private final Workflow<MilestoneState, MilestoneEvent, Milestone> workflow;

    MilestoneCodec(Codecs codecs) {
      super(Milestone.class, codecs);
      this.workflow = codecs.milestoneWorkflow();
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
      HistoryEntries.write(value.history(), out);
      out.end();
    }

    @Override
    public Milestone read(JsonIn in) {
      MilestoneParts p = new MilestoneParts();
      // The history is replayed through the workflow the reader was given (RbmJson
      // .withMilestoneWorkflow), the standard one unless told otherwise.
      p.b.workflow(workflow);
      in.object(FIELDS, p);
      return in.build(p::milestone, "");
    }

    /**
     * The builder, the history entries, and the current values the document states, to check
     * against the history.
     */
    private static final class MilestoneParts {
      final Milestone.Builder b = Milestone.builder();
      final List<HistoryEntries.Entry<MilestoneState, MilestoneEvent>> entries = new ArrayList<>();
      @Nullable String statement;
      @Nullable Due due;
      @Nullable MilestoneState state;

      Milestone milestone() {
        Milestone m = HistoryEntries.replay(b.build(), entries, "the milestone");
        HistoryEntries.checkState("state", requireNonNull(state), m.state());
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
