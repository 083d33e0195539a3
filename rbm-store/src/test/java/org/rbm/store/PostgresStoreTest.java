package org.rbm.store;

import javax.sql.DataSource;

/**
 * The store's contract on a real PostgreSQL server, which the tests start themselves (one server
 * for the run, a new database per test), with the whole of it: 10,000 events from 8 concurrent
 * writers included.
 */
final class PostgresStoreTest extends StoreContractTest {
  @Override
  DataSource freshDataSource() {
    return Postgres.freshDatabase();
  }
}
