package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/**
 * History entries of any governed value (a DWCP's stages, a follow-up action's states), read and
 * replayed: {@code {"from": "CONCEPT", "to": "DRAFT", "event": {...}, "date": "2007-05-02",
 * "actor": "RO-Bangkok", "note": "..."}}. Entries are computed by the model's workflow, never built
 * from outside it, so reading applies each entry's event again, with its date, actor and note, to
 * the value as recorded, through the value's own workflow; {@code from} and {@code to} must be where
 * the workflow goes, so a tampered history is rejected at the offending entry ({@code
 * history[2].event}). Linear in the number of entries.
 *
 * @param <S> the states
 * @param <E> the events
 */
final class HistoryEntries<S extends Enum<S>, E> {
  private final Fields<Entry<S, E>> fields;

  /**
   * Describes the entries of one kind of history.
   *
   * @param states the state enum, read by its constants' names
   * @param stateWhat the state, for messages ({@code "a DWCP stage"})
   * @param events the event type, read with its registered codec
   * @param eventWhat the event, for messages
   */
  HistoryEntries(Class<S> states, String stateWhat, Class<E> events, String eventWhat) {
    this.fields =
        Fields.<Entry<S, E>>of("a transition object")
            .required("from", stateWhat, (in, e) -> e.from = in.constant(states))
            .required("to", stateWhat, (in, e) -> e.to = in.constant(states))
            .required("event", eventWhat, (in, e) -> e.event = in.read(events))
            .required("date", "an ISO date", (in, e) -> e.date = in.date())
            .required("actor", "a string", (in, e) -> e.actor = in.string())
            .optional("note", "a string", (in, e) -> e.note = in.string())
            .build();
  }

  /** Reads the current value, an array of entries, into {@code into}. */
  void read(JsonIn in, List<Entry<S, E>> into) {
    in.array(
        () -> {
          Entry<S, E> e = new Entry<>();
          in.object(fields, e);
          into.add(e);
        });
  }

  /** Writes the property {@code history}, oldest entry first; nothing for an empty history. */
  static <S extends Enum<S>, E> void write(History<S, E> history, JsonOut out) {
    if (history.isEmpty()) {
      return;
    }
    out.startArray("history");
    for (Transition<S, E> t : history) {
      out.startObject();
      out.field("from", t.from().name());
      out.field("to", t.to().name());
      out.field("event", t.event());
      out.field("date", t.date().toString());
      out.field("actor", t.actor());
      out.optional("note", t.note());
      out.end();
    }
    out.end();
  }

  /**
   * Applies the entries, in order, to the value as recorded, checking each against the workflow.
   *
   * @param recorded the value with an empty history
   * @param entries the entries as read
   * @param subject the value, for messages ({@code "the programme"})
   * @return the value after every entry
   * @throws InvalidValueException naming the entry and its property ({@code history[1].to})
   */
  static <S extends Enum<S>, E, V extends Governed<S, E, V>> V replay(
      V recorded, List<Entry<S, E>> entries, String subject) {
    V v = recorded;
    for (int i = 0; i < entries.size(); i++) {
      v = entries.get(i).applyTo(v, i, subject);
    }
    return v;
  }

  /**
   * Checks that the state a document states is the one the history reaches.
   *
   * @param field the property ({@code "stage"})
   * @param stated the state the document states
   * @param reached the state after the history
   * @throws InvalidValueException if they differ
   */
  static <S extends Enum<S>> void checkState(String field, S stated, S reached) {
    if (stated != reached) {
      throw new InvalidValueException(
          field, stated.name(), reached.name() + ", the " + field + " its history reaches");
    }
  }

  /** One entry, as read. Not a model value: the workflow computes the real one. */
  static final class Entry<S extends Enum<S>, E> {
    @Nullable S from;
    @Nullable S to;
    @Nullable E event;
    @Nullable LocalDate date;
    @Nullable String actor;
    @Nullable String note;

    <V extends Governed<S, E, V>> V applyTo(V v, int i, String subject) {
      String at = "history[" + i + "]";
      S now = v.state();
      if (requireNonNull(from) != now) {
        throw new InvalidValueException(
            at + ".from",
            from.name(),
            now.name() + ", the state "
                + (i == 0 ? subject + " was recorded in" : "the entries before it reach"));
      }
      LocalDate day = requireNonNull(date);
      LocalDate last = v.history().lastChanged();
      if (day.isBefore(last)) {
        throw new InvalidValueException(
            at + ".date",
            day,
            "a date on or after " + last
                + (i == 0 ? ", the day " + subject + " was recorded" : ", the date of the entry before"));
      }
      String who = requireNonNull(actor);
      if (who.isBlank()) {
        throw new InvalidValueException(at + ".actor", who, "an actor that is not blank");
      }
      if (note != null && note.isBlank()) {
        throw new InvalidValueException(at + ".note", note, "a note that is not blank, or none");
      }
      E e = requireNonNull(event);
      V next;
      try {
        next = v.apply(e, day, who, Optional.ofNullable(note));
      } catch (IllegalTransitionException refused) {
        throw new InvalidValueException(
            at + ".event",
            e.toString(),
            refused.guard().isPresent()
                ? "an event for which " + refused.guard().get().replace("(now ", "(then ")
                : "an event the state " + now.name() + " permits: " + permitted(v));
      }
      if (next.history().size() == v.history().size()) {
        throw new InvalidValueException(
            at + ".event", e.toString(), "an event the state " + now.name() + " permits: " + permitted(v));
      }
      if (next.state() != requireNonNull(to)) {
        throw new InvalidValueException(
            at + ".to",
            to.name(),
            next.state().name() + ", where "
                + v.workflow().kindOf(e).map(Workflow::label).orElse(e.toString())
                + " leads from " + now.name());
      }
      return next;
    }

    private static String permitted(Governed<?, ?, ?> v) {
      String list =
          v.permittedEvents().stream().map(Workflow::label).collect(Collectors.joining(", "));
      return list.isEmpty() ? "none" : list;
    }
  }
}
