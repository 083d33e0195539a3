package org.rbm.store;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The store's contract on embedded H2 (in memory, one database per test). */
final class H2StoreTest extends StoreContractTest {

  @Override
  DataSource freshDataSource() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=10");
    return ds;
  }
}
