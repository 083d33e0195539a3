package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.json.RbmJson;

/**
 * A store for the RBM SDK's model on a JDBC database: {@linkplain #documents() documents} as
 * versions, {@linkplain #streams() event streams} and {@linkplain #followUp() evaluation
 * follow-up}. Opening a store creates or upgrades its schema (Flyway migrations shipped in this
 * jar, history table {@code rbm_schema_history}).
 *
 * <pre>{@code
 * try (RbmStore store = RbmStore.open(Path.of("data/rbm"))) {       // H2 file data/rbm.mv.db
 *   store.documents().save(DocumentType.FRAMEWORK, "P&B-2008-09", framework, "PROGRAM");
 * }
 * RbmStore memory = RbmStore.inMemory();                            // H2 in memory
 * RbmStore postgres = RbmStore.open(pgDataSource);                  // PostgreSQL, unchanged
 * }</pre>
 *
 * <p>The stored form of documents, stream values and events is the project's JSON ({@link
 * RbmJson#strict()}). Times of saving come from the store's clock ({@link #withClock}), the system
 * clock in UTC unless another is given. Thread-safe: every operation takes a connection from the
 * data source for its own duration.
 */
public final class RbmStore implements AutoCloseable {
  private final Jdbi jdbi;
  private final Clock clock;
  private final @Nullable Connection keeper;
  private final Documents documents;
  private final Streams streams;
  private final FollowUpStore followUp;

  private RbmStore(Jdbi jdbi, Clock clock, @Nullable Connection keeper) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.keeper = keeper;
    RbmJson json = RbmJson.strict();
    this.documents = new Documents(jdbi, json, clock);
    this.streams = new Streams(jdbi, json, clock);
    this.followUp = new FollowUpStore(jdbi);
  }

  /**
   * Opens (or creates) an embedded H2 database in a file: H2 keeps it in {@code path} + {@code
   * .mv.db}. The store holds the file open until {@link #close()}. Each commit is written to the
   * file before the call that made it returns: a process killed afterwards loses nothing of it.
   *
   * @param path the file, without the {@code .mv.db} H2 adds (given with it, it is taken off)
   * @return the store
   * @throws InvalidValueException if the path has a character H2 takes for a setting ({@code ;})
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static RbmStore open(Path path) {
    requireNonNull(path, "path");
    String file = path.toAbsolutePath().normalize().toString();
    if (file.endsWith(".mv.db")) {
      file = file.substring(0, file.length() - ".mv.db".length());
    }
    if (file.indexOf(';') >= 0) {
      throw new InvalidValueException("path", file, "a path without ';'");
    }
    // WRITE_DELAY=0: each commit is written before it returns, so a process killed after a commit
    // loses nothing (H2 otherwise writes commits up to half a second later).
    return embedded("jdbc:h2:file:" + file + ";WRITE_DELAY=0");
  }

  /**
   * Opens a new, empty embedded H2 database in memory, kept until {@link #close()}.
   *
   * @return the store
   * @throws StoreException if the database cannot be created
   */
  public static RbmStore inMemory() {
    return embedded("jdbc:h2:mem:rbm-" + UUID.randomUUID());
  }

  /**
   * Opens a store on a data source, such as PostgreSQL's {@code PGSimpleDataSource} or a pool;
   * creates or upgrades the schema in the data source's default schema. {@link #close()} leaves
   * the data source as it is.
   *
   * @param dataSource the data source
   * @return the store
   * @throws StoreException if the schema cannot be migrated
   */
  public static RbmStore open(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    migrate(dataSource);
    return new RbmStore(Jdbi.create(dataSource), Clock.systemUTC(), null);
  }

  private static RbmStore embedded(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    Connection keeper;
    try {
      keeper = ds.getConnection();
    } catch (SQLException e) {
      throw new StoreException(
          "store: got " + StoreException.shown(String.valueOf(e.getMessage()))
              + ", expected to open the H2 database " + StoreException.shown(url),
          e);
    }
    try {
      migrate(ds);
    } catch (RuntimeException e) {
      closeQuietly(keeper);
      throw e;
    }
    return new RbmStore(Jdbi.create(ds), Clock.systemUTC(), keeper);
  }

  private static void migrate(DataSource ds) {
    Db.call(
        "store.migrate",
        () ->
            Flyway.configure(RbmStore.class.getClassLoader())
                // Through SLF4J (which Jdbi brings): silent unless the application binds a logger.
                .loggers("slf4j")
                .dataSource(ds)
                .locations("classpath:rbm-store/migration")
                .table("rbm_schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate());
  }

  /**
   * Returns a store on the same database whose times of saving come from another clock; this
   * store and the new one share the database (close only one of them).
   *
   * @param clock the clock
   * @return the store with that clock
   */
  public RbmStore withClock(Clock clock) {
    requireNonNull(clock, "clock");
    return new RbmStore(jdbi, clock, keeper);
  }

  /**
   * Returns the clock times of saving come from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the documents kept as versions.
   *
   * @return the documents
   */
  public Documents documents() {
    return documents;
  }

  /**
   * Returns the append-only event streams.
   *
   * @return the streams
   */
  public Streams streams() {
    return streams;
  }

  /**
   * Returns the evaluation follow-up tables and their queries.
   *
   * @return the follow-up store
   */
  public FollowUpStore followUp() {
    return followUp;
  }

  /**
   * Closes an embedded database (an in-memory one is gone after this); a store on a data source
   * given by the caller is left open, as is the data source.
   */
  @Override
  public void close() {
    if (keeper != null) {
      closeQuietly(keeper);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Closing the last connection of an embedded database: nothing left to do with it.
    }
  }
}
