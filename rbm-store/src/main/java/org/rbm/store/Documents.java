package org.rbm.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmException;
import org.rbm.json.RbmJson;

/**
 * Documents kept as versions: each {@link #save} adds a version with its time (by the store's
 * clock) and author; nothing is overwritten. A version is stored as the project's JSON ({@link
 * RbmJson}), so it can be read outside Java.
 *
 * <pre>{@code
 * Documents docs = store.documents();
 * docs.save(DocumentType.FRAMEWORK, "P&B-2008-09", framework, "PROGRAM");     // version 1
 * docs.latest(DocumentType.FRAMEWORK, "P&B-2008-09");                         // Optional[v1]
 * docs.currentOn(DocumentType.FRAMEWORK, "P&B-2008-09", LocalDate.of(2008, 1, 1));
 * docs.versions(DocumentType.FRAMEWORK, "P&B-2008-09");                       // [v1, ...]
 * }</pre>
 *
 * <p>Keys are 1 to 200 characters without NUL; authors likewise, and not blank. Saving and reading
 * a version take time linear in the size of its JSON; listing versions is linear in their number.
 * Thread-safe.
 */
public final class Documents {
  private static final int SAVE_ATTEMPTS = 20;

  private final Jdbi jdbi;
  private final RbmJson json;
  private final Clock clock;

  Documents(Jdbi jdbi, RbmJson json, Clock clock) {
    this.jdbi = jdbi;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Saves a value as the next version of the document under a key.
   *
   * @param type the kind of document
   * @param key the key, 1 to 200 characters without NUL
   * @param value the value
   * @param author who saves it, 1 to 200 characters without NUL, not blank
   * @param <T> the model type
   * @return the version saved
   * @throws InvalidValueException if the key or author is not of that form, or the type has no
   *     JSON form
   * @throws StoreException if the database fails
   */
  public <T> StoredDocument<T> save(DocumentType<T> type, String key, T value, String author) {
    requireNonNull(type, "type");
    Keys.check("key", key);
    requireNonNull(value, "value");
    Keys.checkName("author", author);
    String body = json.write(value);
    Instant now = Instant.ofEpochMilli(clock.millis());
    for (int attempt = 1; ; attempt++) {
      try {
        int version =
            jdbi.inTransaction(
                h -> {
                  int next =
                      h.createQuery(
                              "SELECT COALESCE(MAX(version), 0) + 1 FROM rbm_document"
                                  + " WHERE doc_type = :t AND doc_key = :k")
                          .bind("t", type.name())
                          .bind("k", key)
                          .mapTo(Integer.class)
                          .one();
                  h.createUpdate(
                          "INSERT INTO rbm_document (doc_type, doc_key, version, saved_at, author,"
                              + " body) VALUES (:t, :k, :v, :at, :a, :b)")
                      .bind("t", type.name())
                      .bind("k", key)
                      .bind("v", next)
                      .bind("at", now.toEpochMilli())
                      .bind("a", author)
                      .bind("b", body)
                      .execute();
                  return next;
                });
        return new StoredDocument<>(key, version, now, author, value);
      } catch (org.jdbi.v3.core.JdbiException e) {
        // Two writers took the same next version: the loser tries again with the one after.
        if (!Db.isDuplicate(e) || attempt >= SAVE_ATTEMPTS) {
          throw Db.failure(where(type, key) + ".save", e);
        }
      }
    }
  }

  /**
   * Reads the latest version of a document.
   *
   * @param type the kind of document
   * @param key the key
   * @param <T> the model type
   * @return the latest version; empty if nothing is saved under the key
   * @throws StoreIntegrityException if the stored JSON does not read back
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public <T> Optional<StoredDocument<T>> latest(DocumentType<T> type, String key) {
    return one(type, key, "ORDER BY version DESC", null, null);
  }

  /**
   * Reads a given version of a document.
   *
   * @param type the kind of document
   * @param key the key
   * @param version the version, from 1
   * @param <T> the model type
   * @return the version; empty if there is no such version
   * @throws StoreIntegrityException if the stored JSON does not read back
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public <T> Optional<StoredDocument<T>> version(DocumentType<T> type, String key, int version) {
    return one(type, key, "AND version = :x ORDER BY version DESC", "x", (long) version);
  }

  /**
   * Reads the version current at an instant: the last one saved at or before it.
   *
   * @param type the kind of document
   * @param key the key
   * @param when the instant
   * @param <T> the model type
   * @return the version then; empty if none was saved by then
   * @throws StoreIntegrityException if the stored JSON does not read back
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public <T> Optional<StoredDocument<T>> asOf(DocumentType<T> type, String key, Instant when) {
    requireNonNull(when, "when");
    return one(type, key, "AND saved_at <= :x ORDER BY version DESC", "x", when.toEpochMilli());
  }

  /**
   * Reads the version current on a day: the last one saved by the end of that day in the store
   * clock's time zone.
   *
   * @param type the kind of document
   * @param key the key
   * @param day the day
   * @param <T> the model type
   * @return the version then; empty if none was saved by then
   * @throws StoreIntegrityException if the stored JSON does not read back
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public <T> Optional<StoredDocument<T>> currentOn(
      DocumentType<T> type, String key, LocalDate day) {
    requireNonNull(day, "day");
    Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1);
    return asOf(type, key, endOfDay);
  }

  /**
   * Lists the versions of a document.
   *
   * @param type the kind of document
   * @param key the key
   * @return the versions, oldest first; empty if nothing is saved under the key
   * @throws InvalidValueException if the key is not of the form keys have
   */
  public ImmutableList<DocumentVersion> versions(DocumentType<?> type, String key) {
    requireNonNull(type, "type");
    Keys.check("key", key);
    return Db.call(
        where(type, key) + ".versions",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT version, saved_at, author FROM rbm_document"
                                + " WHERE doc_type = :t AND doc_key = :k ORDER BY version")
                        .bind("t", type.name())
                        .bind("k", key)
                        .map(
                            (rs, ctx) ->
                                new DocumentVersion(
                                    rs.getInt(1),
                                    Instant.ofEpochMilli(rs.getLong(2)),
                                    String.valueOf(rs.getString(3))))
                        .collect(ImmutableList.toImmutableList())));
  }

  private <T> Optional<StoredDocument<T>> one(
      DocumentType<T> type,
      String key,
      String condition,
      @org.jspecify.annotations.Nullable String name,
      @org.jspecify.annotations.Nullable Long arg) {
    requireNonNull(type, "type");
    Keys.check("key", key);
    Optional<Row> row =
        Db.call(
            where(type, key) + ".read",
            () ->
                jdbi.withHandle(
                    h -> {
                      var q =
                          h.createQuery(
                                  "SELECT version, saved_at, author, body FROM rbm_document"
                                      + " WHERE doc_type = :t AND doc_key = :k "
                                      + condition
                                      + " LIMIT 1")
                              .bind("t", type.name())
                              .bind("k", key);
                      if (name != null && arg != null) {
                        q = q.bind(name, arg.longValue());
                      }
                      return q.map(
                              (rs, ctx) ->
                                  new Row(
                                      rs.getInt(1),
                                      rs.getLong(2),
                                      String.valueOf(rs.getString(3)),
                                      String.valueOf(rs.getString(4))))
                          .findFirst();
                    }));
    return row.map(r -> r.read(type, key, json));
  }

  static String where(DocumentType<?> type, String key) {
    return "documents[" + type.name() + "/" + StoreException.shown(key) + "]";
  }

  private record Row(int version, long savedAt, String author, String body) {
    <T> StoredDocument<T> read(DocumentType<T> type, String key, RbmJson json) {
      T value;
      try {
        value = json.read(body, type.type());
      } catch (RbmException e) {
        throw new StoreIntegrityException(
            where(type, key) + ".versions[" + version + "]",
            StoreException.shown(body),
            "the JSON of a valid " + type.type().getSimpleName() + ": " + e.getMessage(),
            e);
      }
      return new StoredDocument<>(key, version, Instant.ofEpochMilli(savedAt), author, value);
    }
  }
}
