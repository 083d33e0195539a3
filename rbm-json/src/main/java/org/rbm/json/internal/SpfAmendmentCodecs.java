package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.AmendmentState;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.cycle.StrategicPolicyFramework;

/**
 * The amendment record of a Strategic Policy Framework ({@link SpfAmendments}) and its events, as
 * plain JSON values (no format of their own), so that a store can keep the record as an event
 * stream: {@code RbmJson.strict().write(event)} and {@code read(text, AmendmentEvent.class)}. The
 * {@code rbm-spf/1} document is unchanged: it holds the amendments adopted, which {@link
 * SpfAmendments#spf()} gives.
 */
final class SpfAmendmentCodecs {
  private SpfAmendmentCodecs() {}

  /**
   * {@link AmendmentEvent}: {@code {"type": "PROPOSE", "decidingBody": "GOVERNING_BODY",
   * "reference": "GB.310/PFA/2", "summary": "...", "changes": [change, ...]}}, the same for {@code
   * "AMEND"}, {@code {"type": "ADOPT"}}, {@code {"type": "REJECT", "reason": "..."}} and {@code
   * {"type": "WITHDRAW", "reason": "..."}}. A property the type does not carry is an error.
   */
  static final class AmendmentEventCodec extends Codec<AmendmentEvent> {
    /** The event types, in the order of the JSON schema's enumeration. */
    static final ImmutableList<String> TYPES =
        ImmutableList.of("PROPOSE", "ADOPT", "REJECT", "WITHDRAW", "AMEND");

    private static final Fields<EventParts> FIELDS =
        Fields.<EventParts>of("an SPF amendment event object")
            .required("type", "an SPF amendment event type", (in, p) -> p.type = Events.type(in, TYPES))
            .optional("decidingBody", "a deciding body",
                (in, p) -> p.decidingBody = in.read(DecidingBody.class))
            .optional("reference", "a string", (in, p) -> p.reference = in.string())
            .optional("summary", "a string", (in, p) -> p.summary = in.string())
            .optional("changes", "an array of SPF changes",
                (in, p) -> {
                  List<SpfChange> changes = new ArrayList<>();
                  in.list(SpfChange.class, changes::add);
                  p.changes = changes;
                })
            .optional("reason", "a string", (in, p) -> p.reason = in.string())
            .build();

    AmendmentEventCodec(Codecs codecs) {
      super(AmendmentEvent.class, codecs);
    }

    @Override
    public void write(AmendmentEvent value, JsonOut out) {
      out.startObject();
      out.field("type", Events.typeOf(value));
      if (value instanceof AmendmentEvent.Propose p) {
        writeDecision(p.decidingBody(), p.reference(), p.summary(), p.changes(), out);
      } else if (value instanceof AmendmentEvent.Amend a) {
        writeDecision(a.decidingBody(), a.reference(), a.summary(), a.changes(), out);
      } else if (value instanceof AmendmentEvent.Reject r) {
        out.field("reason", r.reason());
      } else if (value instanceof AmendmentEvent.Withdraw w) {
        out.field("reason", w.reason());
      }
      out.end();
    }

    private static void writeDecision(
        DecidingBody body,
        String reference,
        Optional<String> summary,
        List<SpfChange> changes,
        JsonOut out) {
      out.field("decidingBody", body);
      out.field("reference", reference);
      out.optional("summary", summary);
      out.list("changes", changes);
    }

    @Override
    public AmendmentEvent read(JsonIn in) {
      EventParts p = new EventParts();
      in.object(FIELDS, p);
      return in.build(p::event, "");
    }

    private static final class EventParts {
      @Nullable String type;
      @Nullable DecidingBody decidingBody;
      @Nullable String reference;
      @Nullable String summary;
      @Nullable List<SpfChange> changes;
      @Nullable String reason;

      AmendmentEvent event() {
        String t = requireNonNull(type);
        if (t.equals("PROPOSE") || t.equals("AMEND")) {
          Events.none(t, "reason", reason);
          DecidingBody body = Events.required(t, "decidingBody", decidingBody);
          String ref = Events.required(t, "reference", reference);
          ImmutableList<SpfChange> list =
              ImmutableList.copyOf(Events.required(t, "changes", changes));
          return t.equals("PROPOSE")
              ? new AmendmentEvent.Propose(body, ref, Optional.ofNullable(summary), list)
              : new AmendmentEvent.Amend(body, ref, Optional.ofNullable(summary), list);
        }
        Events.none(t, "decidingBody", decidingBody);
        Events.none(t, "reference", reference);
        Events.none(t, "summary", summary);
        Events.none(t, "changes", changes);
        return switch (t) {
          case "ADOPT" -> {
            Events.none(t, "reason", reason);
            yield new AmendmentEvent.Adopt();
          }
          case "REJECT" -> new AmendmentEvent.Reject(Events.required(t, "reason", reason));
          default -> new AmendmentEvent.Withdraw(Events.required(t, "reason", reason));
        };
      }
    }
  }

  /**
   * {@link SpfAmendments}: {@code {"spf": {rbm-spf/1 document, as adopted, without amendments},
   * "state": "ADOPTED", "history": [transition, ...]}}. The record starts in state {@code NONE} on
   * the day the SPF was adopted, under the standard amendment workflow; reading replays the
   * history through it ({@link HistoryEntries}), so a tampered history, or a change that does not
   * apply, is rejected at the offending entry; {@code state} must be the one the history reaches.
   */
  static final class SpfAmendmentsCodec extends Codec<SpfAmendments> {
    private static final HistoryEntries<AmendmentState, AmendmentEvent> ENTRIES =
        new HistoryEntries<>(
            AmendmentState.class, "an SPF amendment state", AmendmentEvent.class,
            "an SPF amendment event");

    private static final Fields<RecordParts> FIELDS =
        Fields.<RecordParts>of("an SPF amendment record object")
            .required("spf", "a strategic policy framework object",
                (in, p) -> p.spf = in.read(StrategicPolicyFramework.class))
            .required("state", "an SPF amendment state",
                (in, p) -> p.state = in.constant(AmendmentState.class))
            .optional("history", "an array of transitions", (in, p) -> ENTRIES.read(in, p.entries))
            .build();

    SpfAmendmentsCodec(Codecs codecs) {
      super(SpfAmendments.class, codecs);
    }

    @Override
    public void write(SpfAmendments value, JsonOut out) {
      out.startObject();
      out.field("spf", value.adopted());
      out.field("state", value.state().name());
      HistoryEntries.write(value.history(), out);
      out.end();
    }

    @Override
    public SpfAmendments read(JsonIn in) {
      RecordParts p = new RecordParts();
      in.object(FIELDS, p);
      return in.build(p::record, "");
    }

    /** The SPF as adopted, the entries and the state the document states. */
    private static final class RecordParts {
      @Nullable StrategicPolicyFramework spf;
      @Nullable AmendmentState state;
      final List<HistoryEntries.Entry<AmendmentState, AmendmentEvent>> entries = new ArrayList<>();

      SpfAmendments record() {
        SpfAmendments r =
            HistoryEntries.replay(
                SpfAmendments.recorded(requireNonNull(spf)), entries, "the amendment record");
        HistoryEntries.checkState("state", requireNonNull(state), r.state());
        return r;
      }
    }
  }
}
