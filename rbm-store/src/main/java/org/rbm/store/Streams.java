package org.rbm.store;

import static java.util.Objects.requireNonNull;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmException;
import org.rbm.core.workflow.Governed;
import org.rbm.json.RbmJson;

/**
 * Append-only event streams: the history of a governed value (a milestone, a DWCP, a follow-up
 * action, the amendments of an SPF) kept as the value as recorded and the events applied to it
 * since. A writer appends with the version it last saw (the number of events then); if another
 * writer appended in between, it gets a {@link StoreConflictException} naming the stream and both
 * versions, and nothing is written. Events are checked before they are written: each is applied
 * through the value's workflow, so an event the workflow does not allow is refused ({@link
 * IllegalTransitionException}) and none of the batch is written.
 *
 * <pre>{@code
 * Streams streams = store.streams();
 * streams.create(StreamKind.MILESTONES, "M-07", milestone, "PROGRAM");          // version 0
 * streams.append(StreamKind.MILESTONES, "M-07", 0,
 *     List.of(StreamEvent.of(new MilestoneEvent.Start(), day, "PROGRAM")));     // version 1
 * Milestone now = streams.read(StreamKind.MILESTONES, "M-07").get().value();
 * }</pre>
 *
 * <p>An event's note is stored as a JSON string (PostgreSQL's text cannot hold NUL). Reading
 * replays the stream: time linear in the number of events. Appending checks the events against
 * the stream's head value, then writes them in one transaction: time linear in the number of new
 * events when this {@code Streams} wrote or read the stream at the version the writer last saw
 * (it keeps the head of up to {@value #HEADS} streams), otherwise it reads the stream once first.
 * A kept head is used only at that version, and the write is conditional on the stream still being
 * at it in the database, so a writer in another process is never missed. Thread-safe; writers in
 * other processes on the same database are serialized by the database.
 */
public final class Streams {
  private final Jdbi jdbi;
  private final RbmJson json;
  private final Clock clock;

  /** Heads kept at most; beyond, the kept heads are dropped and built again as streams are used. */
  static final int HEADS = 1024;

  /**
   * The head of each stream this object last wrote or read, by kind and key: the value after its
   * last event, at its version. Appending at that version starts from it instead of replaying the
   * stream, which would make appending n events in batches quadratic in n.
   */
  private final ConcurrentHashMap<HeadKey, StoredStream<?>> heads = new ConcurrentHashMap<>();

  /**
   * A stream's kind (its name, value and event types and workflow, so that a kept value is of the
   * kind's type) and its whole key (not shortened, unlike the key shown in messages).
   */
  private record HeadKey(StreamKind<?, ?, ?> kind, String key) {}

  Streams(Jdbi jdbi, RbmJson json, Clock clock) {
    this.jdbi = jdbi;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Creates a stream: stores a value as recorded, before any event; the stream is at version 0.
   *
   * @param kind the kind of stream
   * @param key the key, 1 to 200 characters without NUL
   * @param start the value as recorded: governed by the kind's workflow, with an empty history
   * @param author who creates it, 1 to 200 characters without NUL, not blank
   * @param <V> the governed value
   * @return the stream at version 0
   * @throws StoreConflictException if a stream of that kind and key exists (nothing is written)
   * @throws InvalidValueException if the key or author is not of that form, or the value has a
   *     history or another workflow
   */
  public <S extends Enum<S>, E, V extends Governed<S, E, V>> StoredStream<V> create(
      StreamKind<S, E, V> kind, String key, V start, String author) {
    requireNonNull(kind, "kind");
    Keys.check("key", key);
    requireNonNull(start, "start");
    Keys.checkName("author", author);
    if (!start.history().isEmpty()) {
      throw new InvalidValueException(
          "start.history", start.history().size() + " entries", "a value as recorded, no entry");
    }
    if (start.workflow() != kind.workflow()) {
      throw new InvalidValueException(
          "start.workflow", start.workflow().toString(), "the workflow of the stream kind " + kind);
    }
    String body = json.write(start);
    String where = where(kind, key);
    try {
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "INSERT INTO rbm_stream (kind, stream_key, version, created_at, author,"
                          + " start_body) VALUES (:kind, :key, 0, :at, :a, :b)")
                  .bind("kind", kind.name())
                  .bind("key", key)
                  .bind("at", clock.millis())
                  .bind("a", author)
                  .bind("b", body)
                  .execute());
    } catch (JdbiException e) {
      if (Db.isDuplicate(e)) {
        throw new StoreConflictException(kindKey(kind, key), -1, currentVersion(kind, key));
      }
      throw Db.failure(where + ".create", e);
    }
    return keep(kind, new StoredStream<>(key, 0, start));
  }

  /**
   * Appends events to a stream, if it is still at the version the writer last saw.
   *
   * @param kind the kind of stream
   * @param key the key
   * @param lastSeen the version the writer last saw
   * @param events the events, in order; each applied through the workflow before any is written
   * @param <V> the governed value
   * @return the stream after the events, at version {@code lastSeen + events.size()}
   * @throws StoreConflictException if the stream is at another version (nothing is written)
   * @throws IllegalTransitionException if the workflow does not allow an event (nothing is
   *     written)
   * @throws InvalidValueException if there is no such stream, an event is ignored by the
   *     workflow, a date is before the last change or an actor is not of the form of keys
   * @throws StoreIntegrityException if the stored stream does not read back
   */
  public <S extends Enum<S>, E, V extends Governed<S, E, V>> StoredStream<V> append(
      StreamKind<S, E, V> kind, String key, long lastSeen, List<StreamEvent<E>> events) {
    requireNonNull(kind, "kind");
    Keys.check("key", key);
    requireNonNull(events, "events");
    StoredStream<V> current = head(kind, key, lastSeen);
    if (current.version() != lastSeen) {
      throw new StoreConflictException(kindKey(kind, key), lastSeen, current.version());
    }
    V value = current.value();
    String[] bodies = new String[events.size()];
    for (int i = 0; i < events.size(); i++) {
      StreamEvent<E> e = requireNonNull(events.get(i), "events[" + i + "]");
      Keys.checkName("events[" + i + "].actor", e.actor());
      V next = value.apply(e.event(), e.date(), e.actor(), e.note());
      if (next.history().size() != value.history().size() + 1) {
        throw new InvalidValueException(
            "events[" + i + "].event",
            e.event().toString(),
            "an event the state " + value.state() + " permits, not one it ignores");
      }
      bodies[i] = json.write(e.event());
      value = next;
    }
    long target = lastSeen + events.size();
    long now = clock.millis();
    String where = where(kind, key);
    boolean written;
    try {
      written =
          jdbi.inTransaction(
              h -> {
                int moved =
                    h.createUpdate(
                            "UPDATE rbm_stream SET version = :to"
                                + " WHERE kind = :kind AND stream_key = :key AND version = :from")
                        .bind("to", target)
                        .bind("kind", kind.name())
                        .bind("key", key)
                        .bind("from", lastSeen)
                        .execute();
                if (moved != 1) {
                  return false;
                }
                insertEvents(h, kind, key, lastSeen, events, bodies, now);
                return true;
              });
    } catch (JdbiException e) {
      if (Db.isDuplicate(e)) {
        written = false;
      } else {
        throw Db.failure(where + ".append", e);
      }
    }
    if (!written) {
      throw new StoreConflictException(kindKey(kind, key), lastSeen, currentVersion(kind, key));
    }
    return keep(kind, new StoredStream<>(key, target, value));
  }

  /**
   * The stream at the version the writer last saw: the kept head if it is at that version,
   * otherwise the stream read from the database.
   */
  private <S extends Enum<S>, E, V extends Governed<S, E, V>> StoredStream<V> head(
      StreamKind<S, E, V> kind, String key, long lastSeen) {
    StoredStream<?> kept = heads.get(new HeadKey(kind, key));
    if (kept != null && kept.version() == lastSeen) {
      // Kept under this very kind (equal name, types and workflow), so its value is a V.
      @SuppressWarnings("unchecked")
      StoredStream<V> head = (StoredStream<V>) kept;
      return head;
    }
    return read(kind, key)
        .orElseThrow(
            () -> new InvalidValueException("key", key, "the key of a " + kind + " stream"));
  }

  private <V> StoredStream<V> keep(StreamKind<?, ?, ?> kind, StoredStream<V> stream) {
    if (heads.size() >= HEADS) {
      heads.clear();
    }
    heads.put(new HeadKey(kind, stream.key()), stream);
    return stream;
  }

  private static <E> void insertEvents(
      Handle h,
      StreamKind<?, E, ?> kind,
      String key,
      long lastSeen,
      List<StreamEvent<E>> events,
      String[] bodies,
      long now) {
    if (events.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO rbm_stream_event (kind, stream_key, pos, happened_on, actor, note, body,"
                + " recorded_at) VALUES (:kind, :key, :pos, :on, :actor, :note, :body, :at)");
    for (int i = 0; i < events.size(); i++) {
      StreamEvent<E> e = events.get(i);
      batch
          .bind("kind", kind.name())
          .bind("key", key)
          .bind("pos", lastSeen + i + 1)
          .bind("on", Date.valueOf(e.date()))
          .bind("actor", e.actor())
          .bind("note", e.note().map(Db::text).orElse(null))
          .bind("body", bodies[i])
          .bind("at", now)
          .add();
    }
    int[] counts = batch.execute();
    if (counts.length != events.size()) {
      throw new IllegalStateException("batch of " + events.size() + " wrote " + counts.length);
    }
  }

  /**
   * Reads a stream: the value as recorded, with every event applied through its workflow.
   *
   * @param kind the kind of stream
   * @param key the key
   * @param <V> the governed value
   * @return the stream; empty if there is none of that kind and key
   * @throws StoreIntegrityException naming the stream and the position if a stored value or event
   *     does not read back, or the events make a history the workflow does not allow
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public <S extends Enum<S>, E, V extends Governed<S, E, V>> Optional<StoredStream<V>> read(
      StreamKind<S, E, V> kind, String key) {
    requireNonNull(kind, "kind");
    Keys.check("key", key);
    String where = where(kind, key);
    Optional<Loaded> loaded =
        Db.call(
            where + ".read",
            () ->
                jdbi.inTransaction(
                    h -> {
                      Optional<Object[]> head =
                          h.createQuery(
                                  "SELECT version, start_body FROM rbm_stream"
                                      + " WHERE kind = :kind AND stream_key = :key")
                              .bind("kind", kind.name())
                              .bind("key", key)
                              .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                              .findFirst();
                      if (head.isEmpty()) {
                        return Optional.<Loaded>empty();
                      }
                      List<EventRow> rows =
                          h.createQuery(
                                  "SELECT pos, happened_on, actor, note, body FROM rbm_stream_event"
                                      + " WHERE kind = :kind AND stream_key = :key AND pos <= :v"
                                      + " ORDER BY pos")
                              .bind("kind", kind.name())
                              .bind("key", key)
                              // Appends committed after the head was read are left out.
                              .bind("v", (long) (Long) head.get()[0])
                              .map(
                                  (rs, ctx) ->
                                      new EventRow(
                                          rs.getLong(1),
                                          rs.getObject(2, LocalDate.class),
                                          rs.getString(3),
                                          rs.getString(4),
                                          rs.getString(5)))
                              .list();
                      return Optional.of(
                          new Loaded(
                              (Long) head.get()[0], String.valueOf(head.get()[1]), rows));
                    }));
    return loaded.map(l -> keep(kind, replay(kind, key, l)));
  }

  private <S extends Enum<S>, E, V extends Governed<S, E, V>> StoredStream<V> replay(
      StreamKind<S, E, V> kind, String key, Loaded loaded) {
    String where = where(kind, key);
    V value;
    try {
      value = json.read(loaded.start, kind.valueType());
    } catch (RbmException e) {
      throw new StoreIntegrityException(
          where + ".start",
          StoreException.shown(loaded.start),
          "the JSON of a " + kind.valueType().getSimpleName() + ": " + e.getMessage(),
          e);
    }
    if (!value.history().isEmpty() || value.workflow() != kind.workflow()) {
      throw new StoreIntegrityException(
          where + ".start",
          StoreException.shown(loaded.start),
          "a value as recorded (no history) under the workflow of the kind " + kind);
    }
    long expected = 1;
    for (EventRow row : loaded.events) {
      String at = where + ".events[" + row.pos + "]";
      if (row.pos != expected) {
        throw new StoreIntegrityException(
            at, "position " + row.pos, "position " + expected + ", the next one");
      }
      E event;
      try {
        event = json.read(row.body, kind.eventType());
      } catch (RbmException e) {
        throw new StoreIntegrityException(
            at,
            StoreException.shown(row.body),
            "the JSON of a " + kind.eventType().getSimpleName() + ": " + e.getMessage(),
            e);
      }
      if (row.date == null || row.actor == null) {
        throw new StoreIntegrityException(at, "no date or actor", "a date and an actor");
      }
      Optional<String> note = Optional.empty();
      if (row.note != null) {
        try (JsonReader r = Json.createReader(new StringReader(row.note))) {
          note = Optional.of(((JsonString) r.readValue()).getString());
        } catch (JsonException | ClassCastException e) {
          throw new StoreIntegrityException(
              at + ".note", StoreException.shown(row.note), "a JSON string", e);
        }
      }
      V next;
      try {
        next = value.apply(event, row.date, row.actor, note);
      } catch (RbmException e) {
        throw new StoreIntegrityException(
            at,
            StoreException.shown(row.body),
            "an event the workflow allows after the ones before it: " + e.getMessage(),
            e);
      }
      if (next.history().size() != value.history().size() + 1) {
        throw new StoreIntegrityException(
            at,
            StoreException.shown(row.body),
            "an event the state " + value.state() + " permits, not one it ignores");
      }
      value = next;
      expected++;
    }
    if (loaded.version != expected - 1) {
      throw new StoreIntegrityException(
          where + ".version",
          "version " + loaded.version,
          "version " + (expected - 1) + ", the number of events stored");
    }
    return new StoredStream<>(key, loaded.version, value);
  }

  private long currentVersion(StreamKind<?, ?, ?> kind, String key) {
    return Db.call(
        where(kind, key) + ".version",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT version FROM rbm_stream WHERE kind = :kind AND stream_key = :key")
                        .bind("kind", kind.name())
                        .bind("key", key)
                        .mapTo(Long.class)
                        .findFirst()
                        .orElse(-1L)));
  }

  private static String kindKey(StreamKind<?, ?, ?> kind, String key) {
    return kind.name() + "/" + StoreException.shown(key);
  }

  private static String where(StreamKind<?, ?, ?> kind, String key) {
    return "streams[" + kindKey(kind, key) + "]";
  }

  private record Loaded(long version, String start, List<EventRow> events) {}

  private record EventRow(
      long pos,
      @Nullable LocalDate date,
      @Nullable String actor,
      @Nullable String note,
      String body) {}
}
