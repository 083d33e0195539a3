/**
 * The RBM SDK's store: documents kept as versions, histories kept as append-only event streams and
 * evaluation follow-up kept in tables, on JDBC. {@link org.rbm.store.RbmStore} opens an embedded H2
 * database (a file or memory) or any {@link javax.sql.DataSource}, PostgreSQL included. The schema
 * is created and upgraded by Flyway migrations shipped in this jar; SQL goes through Jdbi.
 */
module org.rbm.store {
  requires transitive org.rbm.core;
  requires transitive org.rbm.json;
  requires transitive java.sql;
  requires com.google.common;
  requires org.jdbi.v3.core;
  requires flyway.core;
  requires com.h2database;
  // H2's JdbcDataSource is Referenceable (JNDI).
  requires java.naming;
  // Compile time only: @CheckReturnValue on the exported package (class retention).
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;

  exports org.rbm.store;
}
