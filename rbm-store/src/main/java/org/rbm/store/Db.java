package org.rbm.store;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import jakarta.json.Json;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.JdbiException;

/** Turns the database's and the libraries' exceptions into the project's. */
final class Db {
  private Db() {}

  /**
   * Runs a database operation; a failure of the database, the driver, Jdbi or Flyway becomes a
   * {@link StoreException} naming what was being done.
   */
  @CanIgnoreReturnValue
  static <R> R call(String what, Supplier<R> work) {
    try {
      return work.get();
    } catch (JdbiException | FlywayException e) {
      throw failure(what, e);
    }
  }

  /** The exception for a failure of the database while doing {@code what}. */
  static StoreException failure(String what, RuntimeException e) {
    return new StoreException(
        what + ": got " + StoreException.shown(String.valueOf(e.getMessage()))
            + ", expected the database to do it",
        e);
  }

  /**
   * A free text as stored in a column: a JSON string, since PostgreSQL's {@code text} cannot hold
   * NUL (U+0000); readable outside the SDK by any JSON reader.
   */
  static String text(String text) {
    return Json.createValue(text).toString();
  }

  /** Tells whether a failure is a unique or primary key violation (SQLState class 23). */
  static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s
          && s.getSQLState() != null
          && s.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
