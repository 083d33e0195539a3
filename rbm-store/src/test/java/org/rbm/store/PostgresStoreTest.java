package org.rbm.store;

import javax.sql.DataSource;

/**
 * The store's contract on a real PostgreSQL server, which the tests start themselves (one server
 * for the run, a new database per test).
 */
final class PostgresStoreTest extends StoreContractTest {
  @Override
  DataSource freshDataSource() {
    return Postgres.freshDatabase();
  }

  /** 2,000 events in all: each append is a network round trip and a commit on disk. */
  @Override
  int eventsPerThread() {
    return 1250;
  }
}
